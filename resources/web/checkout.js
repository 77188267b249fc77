// Checkout page behaviour: inline registration / sign-in, "Ganti Akun", coupon and price quote,
// and "Bayar Sekarang". Reading the page needs no script; only the forms do.
(function () {
  'use strict';
  var form = document.getElementById('checkout');
  if (!form) return;
  var TOKEN = 'ey_token';
  var kind = form.dataset.kind, slug = form.dataset.slug, referral = form.dataset.ref || '';
  var basePrice = Number(form.dataset.price || 0);
  var $ = function (id) { return document.getElementById(id); };
  var idempotencyKey = newKey();

  function newKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }
  function rupiah(n) { return 'Rp ' + Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }
  function token() { try { return localStorage.getItem(TOKEN) || ''; } catch (e) { return ''; } }
  function setToken(t) { try { if (t) localStorage.setItem(TOKEN, t); else localStorage.removeItem(TOKEN); } catch (e) { /* private mode */ } }
  function show(el, on) { el.classList.toggle('hidden', !on); }
  function cookie(name) {
    var m = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? decodeURIComponent(m[1]) : '';
  }

  // One JSON call; resolves { status, body } and never rejects, so callers show plain words.
  function api(method, path, body, extraHeaders) {
    // The page is Indonesian, so the server's messages should be too, whatever the browser's locale.
    var headers = { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'id' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token()) headers['Authorization'] = 'Bearer ' + token();
    Object.keys(extraHeaders || {}).forEach(function (k) { headers[k] = extraHeaders[k]; });
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (text) {
          var parsed = null;
          try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
          return { status: r.status, body: parsed };
        });
      })
      .catch(function () {
        return { status: 0, body: { detail: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.' } };
      });
  }
  function problemText(result) {
    if (result.body && result.body.detail) return result.body.detail;
    return 'Terjadi kesalahan (kode ' + result.status + '). Silakan coba lagi.';
  }

  // ---- account
  var user = null;
  function selectTab(which) {
    var register = which === 'register';
    $('tab-register').setAttribute('aria-selected', String(register));
    $('tab-login').setAttribute('aria-selected', String(!register));
    show($('register-panel'), register);
    show($('login-panel'), !register);
  }
  function showSignedIn(u) {
    user = u;
    show($('signed-in'), !!u);
    show($('auth-forms'), !u);
    if (u) {
      show($('pay-problem'), false);
      $('account-name').textContent = u.full_name;
      $('account-email').textContent = '(' + u.email + ')';
      $('account-initial').textContent = (u.full_name || '?').trim().charAt(0).toUpperCase();
    }
    refreshQuote();
  }
  function clearErrors(panel) {
    panel.querySelectorAll('.error').forEach(function (e) { e.textContent = ''; });
    panel.querySelectorAll('.field').forEach(function (f) { f.classList.remove('invalid'); });
  }
  function showFieldErrors(panel, errors) {
    Object.keys(errors || {}).forEach(function (field) {
      var slot = panel.querySelector('.error[data-for="' + field + '"]');
      if (slot) { slot.textContent = errors[field]; slot.parentNode.classList.add('invalid'); }
    });
  }
  function submitAccount(panelId, problemId, path, fields, button) {
    var panel = $(panelId), problem = $(problemId), body = {};
    fields.forEach(function (f) { body[f] = panel.querySelector('[name="' + f + '"]').value.trim(); });
    if (body.password !== undefined) body.password = panel.querySelector('[name="password"]').value;
    clearErrors(panel);
    show(problem, false);
    button.disabled = true;
    setToken('');
    return api('POST', path, body).then(function (result) {
      button.disabled = false;
      if (result.status === 200 || result.status === 201) {
        setToken(result.body.token);
        showSignedIn(result.body.user);
        return;
      }
      if (result.body && result.body.errors) showFieldErrors(panel, result.body.errors);
      if (!(result.body && result.body.errors) || result.status !== 422) {
        problem.textContent = problemText(result);
        show(problem, true);
      }
    });
  }
  $('tab-register').addEventListener('click', function () { selectTab('register'); });
  $('tab-login').addEventListener('click', function () { selectTab('login'); });
  $('register-submit').addEventListener('click', function () {
    submitAccount('register-panel', 'register-problem', '/api/v1/auth/register',
      ['full_name', 'email', 'whatsapp', 'password'], this);
  });
  $('login-submit').addEventListener('click', function () {
    submitAccount('login-panel', 'login-problem', '/api/v1/auth/login', ['email', 'password'], this);
  });
  $('switch-account').addEventListener('click', function () {
    var done = function () { setToken(''); showSignedIn(null); selectTab('login'); $('login-email').focus(); };
    if (token()) api('POST', '/api/v1/auth/logout', {}).then(done); else done();
  });

  // ---- price: the server's quote when signed in, else the catalog price
  var option = function () {
    var checked = form.querySelector('input[name="duration"]:checked');
    return checked ? { duration: checked.value, price: Number(checked.dataset.price), label: checked.dataset.label } : null;
  };
  var quoteSeq = 0;
  function render(subtotal, discount, upgrade, total, upgradeLabel) {
    $('sum-subtotal').textContent = rupiah(subtotal);
    $('sum-discount').textContent = '-' + rupiah(discount);
    show($('row-discount'), discount > 0);
    $('sum-upgrade').textContent = '-' + rupiah(upgrade);
    $('upgrade-label').textContent = upgradeLabel || 'Kredit upgrade';
    show($('row-upgrade'), upgrade > 0);
    $('sum-total').textContent = rupiah(total);
  }
  function refreshQuote() {
    var opt = option(), code = $('coupon').value.trim(), seq = ++quoteSeq;
    var price = opt ? opt.price : basePrice;
    if (opt) $('item-option').textContent = 'Durasi ' + opt.label;
    render(price, 0, 0, price);
    var message = $('coupon-message');
    message.textContent = '';
    if (!user) {
      if (code) message.textContent = 'Kupon diperiksa setelah Anda daftar atau masuk.';
      return;
    }
    var q = '?' + (kind === 'plan' ? 'plan_slug=' : 'product_slug=') + encodeURIComponent(slug) +
      (opt ? '&duration=' + encodeURIComponent(opt.duration) : '') + (code ? '&coupon_code=' + encodeURIComponent(code) : '');
    api('GET', '/api/v1/checkout/quote' + q).then(function (result) {
      if (seq !== quoteSeq) return;
      if (result.status === 200 && result.body) {
        var b = result.body, label = b.upgrade ? 'Kredit upgrade dari ' + b.upgrade.from_plan_title : '';
        render(b.subtotal, b.coupon_discount || 0, b.upgrade_credit || 0, b.total, label);
        if (code) couponMessage(b.coupon_discount > 0, b.coupon_reason);
        return;
      }
      if (result.status !== 404) { message.textContent = problemText(result); return; }
      if (!code) return;
      var check = { code: code };
      check[kind === 'plan' ? 'plan_slug' : 'product_slug'] = slug;
      if (opt) check.duration = opt.duration;
      api('POST', '/api/v1/catalog/coupons/validate', check).then(function (v) {
        if (seq !== quoteSeq) return;
        if (v.status !== 200) { message.textContent = problemText(v); return; }
        if (v.body.valid) render(v.body.subtotal, v.body.discount, 0, v.body.total);
        couponMessage(v.body.valid, v.body.reason);
      });
    });
  }
  function couponMessage(valid, reason) {
    var message = $('coupon-message');
    message.textContent = valid ? 'Kupon berhasil dipakai.' : (reason || 'Kupon tidak dapat dipakai untuk pesanan ini.');
    message.className = 'small ' + (valid ? 'discount' : 'muted');
  }
  form.addEventListener('change', function (e) { if (e.target.name === 'duration') refreshQuote(); });
  $('coupon-apply').addEventListener('click', refreshQuote);
  $('coupon').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); refreshQuote(); } });
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  // ---- pay
  $('pay').addEventListener('click', function () {
    var problem = $('pay-problem'), button = this;
    show(problem, false);
    if (!user) {
      problem.textContent = 'Daftar atau masuk terlebih dahulu di langkah 1, lalu tekan Bayar Sekarang lagi.';
      show(problem, true);
      $('account').scrollIntoView({ behavior: 'smooth' });
      return;
    }
    var opt = option(), code = $('coupon').value.trim();
    var method = form.querySelector('input[name="payment_method"]:checked').value;
    var body = { payment_method: method };
    body[kind === 'plan' ? 'plan_slug' : 'product_slug'] = slug;
    if (opt) body.duration = opt.duration;
    if (code) body.coupon_code = code;
    if (referral) body.referral_code = referral;
    button.disabled = true;
    button.textContent = 'Memproses…';
    api('POST', '/api/v1/checkout', body, { 'Idempotency-Key': idempotencyKey }).then(function (result) {
      if (result.status === 201 && result.body) {
        // Rp 0 to pay (free product, coupon or upgrade credit): already active.
        if (result.body.status === 'PAID') { window.location.assign('/checkout/success?invoice=' + encodeURIComponent(result.body.invoice_number)); return; }
        if (result.body.payment_url && method !== 'manual') { window.location.assign(result.body.payment_url); return; }
        showManual(result.body);
        button.textContent = 'Pesanan dibuat';
        return;
      }
      // A refused order created nothing, so the next try is a new request.
      if (result.status >= 400 && result.status < 500) idempotencyKey = newKey();
      if (result.status === 401) { setToken(''); showSignedIn(null); selectTab('login'); }
      problem.textContent = problemText(result);
      show(problem, true);
      button.disabled = false;
      button.textContent = 'Bayar Sekarang';
    });
  });
  function showManual(t) {
    var box = $('manual-result'), bank = t.bank_transfer || null;
    box.textContent = '';
    var add = function (tag, text, cls) { var el = document.createElement(tag); el.textContent = text; if (cls) el.className = cls; box.appendChild(el); return el; };
    add('strong', 'Pesanan ' + t.invoice_number + ' dibuat.');
    add('p', 'Transfer tepat ' + rupiah(t.amount) + ' agar pembayaran mudah dicocokkan.');
    if (bank && bank.account_number) {
      add('div', bank.bank_name || '');
      add('div', bank.account_number, 'bank');
      add('div', 'a.n. ' + (bank.account_holder || ''));
    }
    if (t.pay_before) {
      var due = new Date(t.pay_before);
      add('p', 'Bayar sebelum ' + due.toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' }) +
        '; setelah itu pesanan kedaluwarsa bila belum ada bukti transfer.', 'small');
    }
    add('p', 'Setelah transfer, unggah bukti pembayaran di menu Transaksi Saya dengan nomor invoice ' +
      t.invoice_number + '. Akses aktif setelah admin mengonfirmasi.', 'small');
    show(box, true);
  }

  // ---- start
  if (!$('coupon').value) $('coupon').value = cookie('ey_coupon');
  if (token()) {
    api('GET', '/api/v1/me').then(function (result) {
      if (result.status === 200) showSignedIn(result.body); else { setToken(''); showSignedIn(null); }
    });
  } else {
    showSignedIn(null);
  }
})();
