// The supplier's web pages: register or sign in (email or Google), then the onboarding app —
// choose a type, fill the profile tabs, upload documents, answer the assessment, submit — and,
// after the decision, the supplier's dashboard: products with images, logo and banner, the
// Premium card, and the same profile tabs. Everything goes through the JSON API (the mobile app
// uses the same routes); the session token lives in this tab only, so pictures behind the API are
// fetched with it and shown through object URLs (never a token in an address).
(function () {
  'use strict';
  var root = document.getElementById('sp');
  if (!root) return;
  var mode = root.dataset.mode;
  var TOKEN_KEY = 'ey_session';

  var TYPES = [
    ['produsen', 'Produsen', 'Menghasilkan sendiri produk yang dijual (petani, pengrajin, UMKM produksi).'],
    ['pabrik', 'Pabrik / Manufaktur', 'Mengolah bahan menjadi produk dengan fasilitas produksi.'],
    ['trader', 'Trader / Exporter', 'Membeli dan menjual produk, termasuk mengekspor langsung.'],
    ['aggregator', 'Supplier / Aggregator', 'Mengumpulkan produk dari banyak produsen untuk dipasok.']
  ];
  var STATUS = {
    draft: ['Pilih jenis usaha', 'Langkah pertama: pilih jenis usaha Anda.'],
    onboarding: ['Lengkapi profil', 'Isi profil dan asesmen, lalu kirim untuk ditinjau mentor.'],
    waiting_review: ['Menunggu peninjauan', 'Profil Anda sedang ditinjau mentor. Selama menunggu, hanya kontak dan dokumen yang bisa diubah.'],
    recommended: ['Direkomendasikan mentor', 'Mentor sudah merekomendasikan profil Anda. Admin sedang memutuskan.'],
    verified: ['Supplier terverifikasi', 'Profil Anda aktif. Setiap perubahan dicatat.'],
    limited: ['Supplier aktif (terbatas)', 'Profil Anda aktif dengan akses terbatas. Setiap perubahan dicatat.'],
    suspended: ['Akun ditangguhkan', 'Akun supplier Anda ditangguhkan. Hubungi admin EksporYuk.']
  };
  var LEGAL_FORMS = ['PT', 'CV', 'UD', 'Koperasi', 'Firma', 'Perorangan', 'Lainnya'];
  var DOC_KINDS = [['nib', 'NIB'], ['npwp', 'NPWP'], ['siup', 'SIUP / IUI'], ['certificate', 'Sertifikat'],
    ['catalog', 'Katalog'], ['other', 'Lainnya']];
  var TABS = [
    { key: 'identity', title: 'Identitas', fields: [
      ['company_name', 'Nama usaha / perusahaan', 'text', true],
      ['legal_form', 'Bentuk usaha', 'legal', true],
      ['business_field', 'Bidang usaha', 'text', true],
      ['main_products', 'Produk utama', 'textarea', true],
      ['year_founded', 'Tahun berdiri', 'number', false]] },
    { key: 'address', title: 'Alamat', fields: [
      ['address_line', 'Alamat lengkap', 'textarea', true],
      ['province_code', 'Provinsi', 'province', true],
      ['regency_code', 'Kota / kabupaten', 'regency', true],
      ['district_code', 'Kecamatan', 'district', false],
      ['postal_code', 'Kode pos', 'text', false],
      ['production_site', 'Lokasi produksi (jika berbeda)', 'textarea', false]] },
    { key: 'contact', title: 'Kontak', note: 'Kontak perusahaan tidak pernah ditampilkan ke publik.', fields: [
      ['pic_name', 'Nama PIC', 'text', true],
      ['pic_position', 'Jabatan PIC', 'text', false],
      ['whatsapp', 'Nomor WhatsApp', 'tel', true],
      ['business_email', 'Email bisnis', 'email', true],
      ['website', 'Website', 'url', false]] },
    { key: 'legal', title: 'Legalitas', note: 'Opsional; bisa dilengkapi bertahap.', fields: [
      ['nib', 'NIB (13 digit)', 'text', false],
      ['npwp', 'NPWP', 'text', false],
      ['siup', 'SIUP / IUI', 'text', false]] },
    { key: 'bio', title: 'Bio', note: 'Dipakai untuk halaman profil supplier Anda.', fields: [
      ['description', 'Deskripsi singkat usaha', 'textarea', true],
      ['advantages', 'Keunggulan produk', 'textarea', false],
      ['unique_value', 'Nilai unik', 'textarea', false]] }
  ];

  function token() { try { return sessionStorage.getItem(TOKEN_KEY); } catch (e) { return null; } }
  function setToken(value) {
    try { if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* private mode */ }
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function problemText(body, fallback) {
    if (!body) return fallback;
    return body.detail || body.title || fallback;
  }
  // One call; resolves { status, body } and never rejects, so callers show plain words.
  function api(method, path, body, raw, extraHeaders) {
    var headers = { 'Accept': 'application/json', 'Accept-Language': 'id' };
    Object.keys(extraHeaders || {}).forEach(function (k) { headers[k] = extraHeaders[k]; });
    var t = token();
    if (t) headers['Authorization'] = 'Bearer ' + t;
    var payload;
    if (raw) { payload = raw.bytes; headers['Content-Type'] = raw.type || 'application/octet-stream'; headers['X-File-Name'] = raw.name; }
    else if (body !== undefined) { payload = JSON.stringify(body); headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: payload })
      .then(function (r) {
        return r.text().then(function (text) {
          var parsed = null;
          try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
          return { status: r.status, body: parsed };
        });
      }, function () {
        return { status: 0, body: { detail: 'Tidak dapat terhubung ke server. Periksa koneksi internet lalu coba lagi.' } };
      });
  }
  function showFieldErrors(form, errors, prefix) {
    form.querySelectorAll('.field').forEach(function (f) { f.classList.remove('invalid'); var e = f.querySelector('.error'); if (e) e.hidden = true; });
    var rest = [];
    Object.keys(errors || {}).forEach(function (key) {
      var name = prefix && key.indexOf(prefix + '.') === 0 ? key.slice(prefix.length + 1) : key;
      var input = form.querySelector('[name="' + name + '"]');
      var box = input && input.closest('.field');
      if (box) {
        box.classList.add('invalid');
        var e = box.querySelector('.error'); e.textContent = errors[key]; e.hidden = false;
      } else rest.push(errors[key]);
    });
    return rest;
  }

  // ---- register / sign in -------------------------------------------------------------------
  function authPage() {
    var form = document.getElementById('sp-form');
    var alertBox = form.querySelector('.notice.error');
    if (token()) { location.replace('/supplier/onboarding'); return; }
    api('GET', '/api/v1/auth/providers').then(function (r) {
      if (r.status === 200 && r.body && r.body.google) {
        root.querySelectorAll('.sp-google, .sp-or').forEach(function (n) { n.hidden = false; });
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      alertBox.hidden = true;
      var data = {};
      new FormData(form).forEach(function (v, k) { if (String(v).trim() !== '') data[k] = String(v).trim(); });
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      var path = mode === 'register' ? '/api/v1/suppliers/register' : '/api/v1/auth/login';
      api('POST', path, data).then(function (r) {
        button.disabled = false;
        if ((r.status === 200 || r.status === 201) && r.body && r.body.token) {
          setToken(r.body.token);
          location.replace('/supplier/onboarding');
          return;
        }
        var rest = showFieldErrors(form, r.body && r.body.errors, null);
        alertBox.textContent = problemText(r.body, 'Permintaan gagal. Coba lagi.') + (rest.length ? ' ' + rest.join(' ') : '');
        alertBox.hidden = false;
      });
    });
  }

  // ---- onboarding / own profile ---------------------------------------------------------------
  var me = null;
  var activeTab = null;
  var stage = document.getElementById('sp-stage');
  var errorBox = document.getElementById('sp-error');
  function showError(message) {
    errorBox.textContent = message || '';
    errorBox.hidden = !message;
    if (message) errorBox.scrollIntoView({ block: 'nearest' });
  }
  function toast(message) {
    var n = el('p', 'notice ok sp-toast', message);
    stage.prepend(n);
    setTimeout(function () { n.remove(); }, 3000);
  }

  // Reads the supplier again and renders; resolves once the page shows the new state.
  function load() {
    if (!token()) { location.replace('/supplier/masuk'); return Promise.resolve(); }
    return api('GET', '/api/v1/supplier/me').then(function (r) {
      if (r.status === 401) { setToken(null); location.replace('/supplier/masuk'); return; }
      if (r.status !== 200) { showError(problemText(r.body, 'Profil supplier tidak dapat dimuat.')); return; }
      me = r.body;
      render();
    });
  }

  function render() {
    revokeBlobs();
    var status = STATUS[me.status] || [me.status, ''];
    document.getElementById('sp-title').textContent = (me.profile && me.profile.identity && me.profile.identity.company_name) || status[0];
    var statusLine = document.getElementById('sp-status');
    statusLine.textContent = '';
    statusLine.appendChild(el('span', 'sp-pill sp-' + me.status, status[0]));
    statusLine.appendChild(document.createTextNode(' ' + status[1]));
    stage.textContent = '';
    if (me.changes_requested && me.status === 'onboarding') {
      var n = el('div', 'notice warn');
      n.appendChild(el('strong', null, 'Mentor meminta perbaikan: '));
      n.appendChild(document.createTextNode(me.changes_requested.note));
      stage.appendChild(n);
    }
    if (me.locked_reason) stage.appendChild(el('p', 'notice', me.locked_reason));
    if (me.status === 'draft') { renderTypePicker(); return; }
    renderBrand();
    renderTabs();
  }

  function renderTypePicker() {
    var card = el('section', 'card');
    card.appendChild(el('h2', null, 'Jenis usaha Anda'));
    card.appendChild(el('p', 'muted', 'Jenis usaha menentukan pertanyaan asesmen dan tidak bisa diubah sendiri setelah dipilih.'));
    var list = el('div', 'options sp-types');
    TYPES.forEach(function (t) {
      var label = el('label', 'option');
      var input = el('input'); input.type = 'radio'; input.name = 'type'; input.value = t[0];
      var text = el('span', 'grow');
      text.appendChild(el('strong', null, t[1]));
      text.appendChild(el('span', 'sub', t[2]));
      label.appendChild(input); label.appendChild(text);
      list.appendChild(label);
    });
    card.appendChild(list);
    var button = el('button', 'btn', 'Simpan jenis usaha');
    button.type = 'button';
    button.addEventListener('click', function () {
      var chosen = card.querySelector('input[name="type"]:checked');
      if (!chosen) { showError('Pilih salah satu jenis usaha.'); return; }
      button.disabled = true;
      api('PUT', '/api/v1/supplier/me/type', { type: chosen.value }).then(function (r) {
        button.disabled = false;
        if (r.status !== 200) { showError(problemText(r.body, 'Jenis usaha gagal disimpan.')); return; }
        showError(''); me = r.body; activeTab = 'identity'; render();
      });
    });
    card.appendChild(button);
    stage.appendChild(card);
  }

  function missingCount(key) {
    var m = me.missing || {};
    if (key === 'assessment') return (m.assessment || []).length;
    return (m[key] || []).length;
  }

  function renderTabs() {
    var tabs = [];
    if (isApproved()) tabs.push({ key: 'products', title: 'Produk' }, { key: 'premium', title: 'Premium' });
    TABS.forEach(function (t) { tabs.push({ key: t.key, title: t.title }); });
    tabs.push({ key: 'media', title: 'Logo & banner' });
    tabs.push({ key: 'documents', title: 'Dokumen' });
    if (me.status === 'onboarding' || me.status === 'waiting_review' || me.status === 'recommended') {
      tabs.push({ key: 'assessment', title: 'Asesmen' });
    }
    if (me.status === 'onboarding') tabs.push({ key: 'submit', title: 'Kirim' });
    if (!activeTab || !tabs.some(function (t) { return t.key === activeTab; })) activeTab = tabs[0].key;
    var bar = el('div', 'tabs sp-tabs');
    bar.setAttribute('role', 'tablist');
    tabs.forEach(function (t) {
      var b = el('button', 'tab', t.title);
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(t.key === activeTab));
      var missing = me.status === 'onboarding' ? missingCount(t.key) : 0;
      if (missing) { var dot = el('span', 'sp-dot', String(missing)); dot.title = missing + ' isian wajib belum lengkap'; b.appendChild(dot); }
      b.dataset.tab = t.key;
      b.addEventListener('click', function () { openTab(t.key); });
      bar.appendChild(b);
    });
    stage.appendChild(bar);
    var panel = el('section', 'card sp-panel');
    stage.appendChild(panel);
    panel.dataset.tab = activeTab;
    if (activeTab === 'products') renderProducts(panel);
    else if (activeTab === 'premium') renderPremium(panel);
    else if (activeTab === 'media') renderMedia(panel);
    else if (activeTab === 'documents') renderDocuments(panel);
    else if (activeTab === 'assessment') renderAssessment(panel);
    else if (activeTab === 'submit') renderSubmit(panel);
    else renderProfileTab(panel, TABS.filter(function (t) { return t.key === activeTab; })[0]);
  }

  function fillRegions(select, path, selected, placeholder) {
    select.textContent = '';
    select.appendChild(new Option(placeholder, ''));
    if (!path) { select.disabled = true; return Promise.resolve(); }
    select.disabled = true;
    return api('GET', path).then(function (r) {
      var items = (r.body && (r.body.items || r.body)) || [];
      items.forEach(function (a) { select.appendChild(new Option(a.name, a.code, false, a.code === selected)); });
      select.disabled = select.dataset.locked === '1';
    });
  }

  function renderProfileTab(panel, tab) {
    var values = (me.profile && me.profile[tab.key]) || {};
    var editable = me.editable && me.editable[tab.key];
    panel.appendChild(el('h2', null, tab.title));
    if (tab.note) panel.appendChild(el('p', 'muted small', tab.note));
    var form = el('form', 'sp-form');
    form.noValidate = true;
    var selects = {};
    tab.fields.forEach(function (f) {
      var name = f[0], label = f[1], kind = f[2], required = f[3];
      var box = el('div', 'field');
      var l = el('label', null, label);
      l.htmlFor = 'sp-' + name;
      if (!required) l.appendChild(el('small', 'muted', ' (opsional)'));
      box.appendChild(l);
      var input;
      if (kind === 'textarea') { input = el('textarea'); input.rows = 4; input.value = values[name] || ''; }
      else if (kind === 'legal') {
        input = el('select');
        input.appendChild(new Option('Pilih bentuk usaha', ''));
        LEGAL_FORMS.forEach(function (v) { input.appendChild(new Option(v, v, false, values[name] === v)); });
      } else if (kind === 'province' || kind === 'regency' || kind === 'district') {
        input = el('select'); selects[kind] = input;
      } else {
        input = el('input'); input.type = kind; input.value = values[name] == null ? '' : values[name];
        if (kind === 'number') { input.min = 1900; input.max = new Date().getFullYear(); }
      }
      input.id = 'sp-' + name; input.name = name;
      if (!editable) { input.disabled = true; input.dataset.locked = '1'; }
      box.appendChild(input);
      var err = el('p', 'error'); err.hidden = true; box.appendChild(err);
      form.appendChild(box);
    });
    if (selects.province) {
      fillRegions(selects.province, '/api/v1/regions/provinces', values.province_code, 'Pilih provinsi');
      fillRegions(selects.regency, values.province_code ? '/api/v1/regions/provinces/' + encodeURIComponent(values.province_code) + '/regencies' : null, values.regency_code, 'Pilih kota / kabupaten');
      fillRegions(selects.district, values.regency_code ? '/api/v1/regions/regencies/' + encodeURIComponent(values.regency_code) + '/districts' : null, values.district_code, 'Pilih kecamatan');
      selects.province.addEventListener('change', function () {
        fillRegions(selects.regency, selects.province.value ? '/api/v1/regions/provinces/' + encodeURIComponent(selects.province.value) + '/regencies' : null, null, 'Pilih kota / kabupaten');
        fillRegions(selects.district, null, null, 'Pilih kecamatan');
      });
      selects.regency.addEventListener('change', function () {
        fillRegions(selects.district, selects.regency.value ? '/api/v1/regions/regencies/' + encodeURIComponent(selects.regency.value) + '/districts' : null, null, 'Pilih kecamatan');
      });
    }
    if (editable) {
      var save = el('button', 'btn', 'Simpan ' + tab.title.toLowerCase());
      save.type = 'submit';
      form.appendChild(save);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var body = {};
        tab.fields.forEach(function (f) {
          var v = form.elements[f[0]].value.trim();
          if (f[2] === 'number') body[f[0]] = v === '' ? null : Number(v);
          else body[f[0]] = v === '' ? null : v;
        });
        save.disabled = true;
        api('PATCH', '/api/v1/supplier/me/profile/' + tab.key, body).then(function (r) {
          save.disabled = false;
          if (r.status === 200) { me = r.body; showError(''); render(); toast(tab.title + ' tersimpan.'); return; }
          var rest = showFieldErrors(form, r.body && r.body.errors, tab.key);
          showError(problemText(r.body, 'Gagal menyimpan.') + (rest.length ? ' ' + rest.join(' ') : ''));
        });
      });
    }
    panel.appendChild(form);
  }

  function renderDocuments(panel) {
    panel.appendChild(el('h2', null, 'Dokumen'));
    panel.appendChild(el('p', 'muted small', 'JPEG, PNG atau PDF, maksimal 10 MB per file. Jenis file diperiksa dari isinya.'));
    var list = el('ul', 'sp-docs');
    (me.documents || []).forEach(function (d) {
      var li = el('li');
      var kind = DOC_KINDS.filter(function (k) { return k[0] === d.kind; })[0];
      li.appendChild(el('strong', null, d.title));
      li.appendChild(el('span', 'muted small', ' · ' + (kind ? kind[1] : d.kind) + ' · ' + Math.ceil(d.size_bytes / 1024) + ' KB'));
      if (me.editable && me.editable.documents) {
        var del = el('button', 'linklike', 'Hapus');
        del.type = 'button';
        del.addEventListener('click', function () {
          if (!confirm('Hapus dokumen "' + d.title + '"?')) return;
          api('DELETE', '/api/v1/supplier/me/documents/' + encodeURIComponent(d.id)).then(function (r) {
            if (r.status !== 204) { showError(problemText(r.body, 'Dokumen gagal dihapus.')); return; }
            load().then(function () { toast('Dokumen dihapus.'); });
          });
        });
        li.appendChild(del);
      }
      list.appendChild(li);
    });
    if (!(me.documents || []).length) list.appendChild(el('li', 'muted', 'Belum ada dokumen.'));
    panel.appendChild(list);
    if (!(me.editable && me.editable.documents)) return;
    var form = el('form', 'sp-upload');
    var kind = el('select'); kind.name = 'kind';
    DOC_KINDS.forEach(function (k) { kind.appendChild(new Option(k[1], k[0])); });
    var title = el('input'); title.name = 'title'; title.placeholder = 'Judul dokumen (opsional)';
    var file = el('input'); file.type = 'file'; file.accept = 'image/jpeg,image/png,application/pdf';
    var send = el('button', 'btn', 'Unggah'); send.type = 'submit';
    [kind, title, file, send].forEach(function (n) { var w = el('div', 'field'); w.appendChild(n); form.appendChild(w); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = file.files && file.files[0];
      if (!chosen) { showError('Pilih file yang akan diunggah.'); return; }
      send.disabled = true;
      chosen.arrayBuffer().then(function (bytes) {
        var query = '?kind=' + encodeURIComponent(kind.value) + (title.value.trim() ? '&title=' + encodeURIComponent(title.value.trim()) : '');
        return api('POST', '/api/v1/supplier/me/documents' + query, undefined, { bytes: bytes, type: chosen.type, name: chosen.name });
      }).then(function (r) {
        send.disabled = false;
        if (r.status !== 201) { showError(problemText(r.body, 'Dokumen gagal diunggah.')); return; }
        showError(''); load().then(function () { toast('Dokumen terunggah.'); });
      });
    });
    panel.appendChild(form);
  }

  function renderAssessment(panel) {
    panel.appendChild(el('h2', null, 'Asesmen'));
    panel.appendChild(el('p', 'muted small', 'Jawab sesuai kondisi usaha Anda saat ini. Hasil penilaian hanya dilihat mentor dan admin.'));
    var holder = el('div', null, 'Memuat pertanyaan…');
    panel.appendChild(holder);
    api('GET', '/api/v1/supplier/me/assessment').then(function (r) {
      holder.textContent = '';
      if (r.status !== 200) { showError(problemText(r.body, 'Asesmen tidak dapat dimuat.')); return; }
      var form = el('form', 'sp-assessment');
      r.body.questions.forEach(function (q, i) {
        var set = el('fieldset', 'sp-question');
        set.appendChild(el('legend', null, (i + 1) + '. ' + q.text));
        var options = el('div', 'options');
        q.options.forEach(function (o) {
          var label = el('label', 'option');
          var input = el('input'); input.type = 'radio'; input.name = q.id; input.value = o.key;
          input.checked = q.answer === o.key; input.disabled = !r.body.editable;
          label.appendChild(input); label.appendChild(el('span', 'grow', o.label));
          options.appendChild(label);
        });
        set.appendChild(options);
        form.appendChild(set);
      });
      if (r.body.editable) {
        var save = el('button', 'btn', 'Simpan jawaban'); save.type = 'submit';
        form.appendChild(save);
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          var answers = [];
          form.querySelectorAll('input[type="radio"]:checked').forEach(function (input) {
            answers.push({ question_id: input.name, option_key: input.value });
          });
          save.disabled = true;
          api('PUT', '/api/v1/supplier/me/assessment', { answers: answers }).then(function (res) {
            save.disabled = false;
            if (res.status !== 200) { showError(problemText(res.body, 'Jawaban gagal disimpan.')); return; }
            showError(''); load().then(function () { toast('Jawaban tersimpan.'); });
          });
        });
      }
      holder.appendChild(form);
    });
  }

  function renderSubmit(panel) {
    panel.appendChild(el('h2', null, 'Kirim untuk ditinjau'));
    var m = me.missing || {};
    var items = [];
    if (m.type) items.push('Jenis usaha');
    TABS.forEach(function (t) {
      (m[t.key] || []).forEach(function (field) {
        var def = t.fields.filter(function (f) { return f[0] === field; })[0];
        items.push(t.title + ': ' + (def ? def[1] : field));
      });
    });
    if ((m.assessment || []).length) items.push('Asesmen: ' + m.assessment.length + ' pertanyaan belum dijawab');
    if (items.length) {
      panel.appendChild(el('p', null, 'Lengkapi dulu isian berikut:'));
      var ul = el('ul', 'sp-missing');
      items.forEach(function (t) { ul.appendChild(el('li', null, t)); });
      panel.appendChild(ul);
    } else {
      panel.appendChild(el('p', 'notice ok', 'Semua isian wajib sudah lengkap.'));
    }
    panel.appendChild(el('p', 'muted small', 'Setelah dikirim, profil dan asesmen dikunci selama ditinjau mentor; kontak dan dokumen masih bisa diubah.'));
    var send = el('button', 'btn block', 'Kirim untuk ditinjau');
    send.type = 'button';
    send.disabled = items.length > 0;
    send.addEventListener('click', function () {
      send.disabled = true;
      api('POST', '/api/v1/supplier/me/submit').then(function (r) {
        if (r.status === 200) { me = r.body; activeTab = null; showError(''); render(); toast('Profil terkirim. Mentor akan meninjaunya.'); return; }
        send.disabled = false;
        var errors = r.body && r.body.errors ? Object.keys(r.body.errors).map(function (k) { return r.body.errors[k]; }) : [];
        showError(problemText(r.body, 'Profil belum bisa dikirim.') + (errors.length ? ' ' + errors.join(' ') : ''));
      });
    });
    panel.appendChild(send);
  }

  // ---- dashboard: shared pieces ---------------------------------------------------------------
  var CTA = 'Buka fitur ini dengan Premium Supplier';
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  var PRODUCT_STATUS = { draft: 'Draf', active: 'Tayang' };
  var ORDER_STATUS = { pending: 'Menunggu pembayaran', paid: 'Lunas', expired: 'Kedaluwarsa', failed: 'Gagal' };
  var productView = null; // null: the product list; 'new'; or the id of the product being edited
  var blobUrls = [];

  function isApproved() { return me.status === 'verified' || me.status === 'limited'; }
  function isPremium() { return me.effective_tier === 'premium'; }
  function companyName() { return (me.profile && me.profile.identity && me.profile.identity.company_name) || ''; }
  function openTab(key) {
    activeTab = key; productView = null; showError('');
    if (history.replaceState) history.replaceState(null, '', '#' + key);
    render();
  }
  function rupiah(n) { return 'Rp ' + String(Math.round(Number(n) || 0)).replace(/\B(?=(\d{3})+(?!\d))/g, '.'); }
  // "2026-12-21T..." -> "21 Des 2026", as the date falls in Jakarta.
  function dateText(iso) {
    var d = new Date(iso);
    if (!iso || isNaN(d.getTime())) return '';
    var parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d).split('-');
    return Number(parts[2]) + ' ' + MONTHS[Number(parts[1]) - 1] + ' ' + parts[0];
  }
  function limitText(value, unit) { return value === null || value === undefined ? 'tanpa batas ' + unit : value + ' ' + unit; }
  function initials(name) {
    var words = String(name || '').replace(/^(PT|CV|UD)\.?\s+/i, '').split(/\s+/).filter(Boolean);
    if (!words.length) return '?';
    return (words[0][0] + (words[1] ? words[1][0] : '')).toUpperCase();
  }
  function revokeBlobs() { blobUrls.forEach(function (u) { URL.revokeObjectURL(u); }); blobUrls = []; }
  // Pictures behind the API need the bearer token: fetched as a blob, shown by an object URL.
  function authImage(img, url) {
    var headers = {};
    var t = token();
    if (t) headers.Authorization = 'Bearer ' + t;
    img.classList.add('sp-loading');
    return fetch(url, { headers: headers }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.blob();
    }).then(function (blob) {
      var u = URL.createObjectURL(blob);
      blobUrls.push(u);
      img.src = u;
      img.classList.remove('sp-loading');
    }).catch(function () {
      img.classList.remove('sp-loading');
      img.classList.add('sp-broken');
      img.alt = 'Gambar tidak dapat dimuat';
    });
  }
  // A locked feature: why, and for a free supplier the way to Premium.
  function premiumLock(message) {
    var box = el('div', 'sp-locked');
    box.appendChild(el('span', 'sp-lock-badge', 'Premium'));
    var text = el('div', 'grow');
    text.appendChild(el('p', null, message));
    if (!isPremium() && isApproved()) {
      var a = el('a', 'btn small sp-cta', CTA);
      a.href = '#premium';
      a.addEventListener('click', function (event) { event.preventDefault(); openTab('premium'); });
      text.appendChild(a);
    }
    box.appendChild(text);
    return box;
  }
  // A labelled product field; ids are "sp-product-<name>" (the page heading is already "sp-title").
  function field(name, label, input, required, hint) {
    var box = el('div', 'field');
    var l = el('label', null, label);
    l.htmlFor = 'sp-product-' + name;
    if (!required) l.appendChild(el('small', 'muted', ' (opsional)'));
    box.appendChild(l);
    input.id = 'sp-product-' + name;
    input.name = name;
    box.appendChild(input);
    if (hint) box.appendChild(el('p', 'muted small sp-hint', hint));
    var err = el('p', 'error'); err.hidden = true; box.appendChild(err);
    return box;
  }
  function readFile(input, maxBytes, what) {
    var chosen = input.files && input.files[0];
    if (!chosen) { showError('Pilih gambar yang akan diunggah.'); return null; }
    if (chosen.size > maxBytes) {
      showError(what + ' maksimal ' + Math.round(maxBytes / 1048576) + ' MB; file ini ' + (chosen.size / 1048576).toFixed(1).replace('.', ',') + ' MB. Perkecil atau kompres gambarnya lalu unggah lagi.');
      return null;
    }
    return chosen;
  }
  function isLimitProblem(r) { return r.status === 409 && r.body && /supplier-limit-reached/.test(r.body.type || ''); }

  // The company's face: banner, logo (or initials), type and plan.
  function renderBrand() {
    var name = companyName();
    var card = el('section', 'card sp-brand');
    card.id = 'sp-brand';
    var banner = el('div', 'sp-banner');
    if (me.banner_url) { var b = el('img'); b.alt = 'Banner ' + name; banner.appendChild(b); authImage(b, me.banner_url); }
    card.appendChild(banner);
    var row = el('div', 'sp-brand-row');
    var logo = el('div', 'sp-logo');
    if (me.logo_url) { var l = el('img'); l.alt = 'Logo ' + name; logo.appendChild(l); authImage(l, me.logo_url); }
    else logo.appendChild(el('span', 'sp-initials', initials(name)));
    row.appendChild(logo);
    var info = el('div', 'sp-brand-info grow');
    var type = TYPES.filter(function (t) { return t[0] === me.type; })[0];
    info.appendChild(el('span', 'muted small', type ? type[1] : ''));
    var tier = isPremium() ? 'Premium' + (me.premium_until ? ' sampai ' + dateText(me.premium_until) : '') : 'Paket Free';
    if (isApproved()) info.appendChild(el('span', 'sp-pill ' + (isPremium() ? 'sp-tier-premium' : 'sp-tier-free'), tier));
    row.appendChild(info);
    if (me.slug && me.status === 'verified' && isPremium() && me.limits && me.limits.public_profile) {
      var view = el('a', 'btn ghost small', 'Lihat halaman publik');
      view.href = '/supplier/' + encodeURIComponent(me.slug);
      view.target = '_blank';
      view.rel = 'noopener';
      row.appendChild(view);
    }
    card.appendChild(row);
    stage.appendChild(card);
  }

  // ---- products ---------------------------------------------------------------------------------
  function limitsLine() {
    var l = me.limits || {};
    return 'Paket ' + (isPremium() ? 'Premium' : 'Free') + ': ' + limitText(l.max_products, 'produk') + ', ' +
      limitText(l.max_images, 'gambar per produk') + '.';
  }

  function renderProducts(panel) {
    if (productView) { renderProductEditor(panel, productView); return; }
    var head = el('div', 'sp-panel-head');
    head.appendChild(el('h2', null, 'Produk'));
    var add = el('button', 'btn small', 'Tambah produk');
    add.type = 'button';
    add.id = 'sp-add-product';
    add.addEventListener('click', function () { productView = 'new'; showError(''); render(); });
    head.appendChild(add);
    panel.appendChild(head);
    var used = me.usage ? me.usage.products : 0;
    var max = me.limits ? me.limits.max_products : null;
    panel.appendChild(el('p', 'muted small', limitsLine() + ' Terpakai: ' + used + ' produk.'));
    if (max !== null && max !== undefined && used >= max) {
      add.disabled = true;
      panel.appendChild(premiumLock('Batas ' + max + ' produk untuk paket Anda sudah tercapai.'));
    }
    var list = el('div', 'sp-product-list');
    list.id = 'sp-products';
    list.appendChild(el('p', 'muted', 'Memuat produk…'));
    panel.appendChild(list);
    loadProducts(list, null);
  }

  function loadProducts(list, cursor) {
    api('GET', '/api/v1/supplier/products?limit=50' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '')).then(function (r) {
      if (!cursor) list.textContent = '';
      if (r.status !== 200) { showError(problemText(r.body, 'Produk tidak dapat dimuat.')); return; }
      if (!cursor && !r.body.items.length) {
        var empty = el('div', 'sp-empty');
        empty.appendChild(el('p', null, 'Belum ada produk.'));
        empty.appendChild(el('p', 'muted small', 'Tambahkan produk yang Anda pasok: judul, deskripsi, kategori dan gambarnya. Produk berstatus Tayang tampil di profil Anda.'));
        list.appendChild(empty);
        return;
      }
      r.body.items.forEach(function (p) { list.appendChild(productCard(p)); });
      if (r.body.next_cursor) {
        var more = el('button', 'btn ghost small sp-more', 'Muat lebih banyak');
        more.type = 'button';
        more.addEventListener('click', function () { more.remove(); loadProducts(list, r.body.next_cursor); });
        list.appendChild(more);
      }
    });
  }

  function productCard(p) {
    var card = el('article', 'sp-product');
    card.dataset.id = p.id;
    var thumb = el('div', 'sp-thumb');
    if (p.images.length) { var img = el('img'); img.alt = p.title; thumb.appendChild(img); authImage(img, p.images[0].url); }
    else thumb.appendChild(el('span', 'muted small', 'Belum ada gambar'));
    card.appendChild(thumb);
    var body = el('div', 'sp-product-body');
    body.appendChild(el('h3', 'sp-product-title', p.title));
    var meta = el('p', 'small muted sp-product-meta');
    meta.appendChild(el('span', 'sp-pill sp-st-' + p.status, PRODUCT_STATUS[p.status] || p.status));
    meta.appendChild(el('span', 'sp-image-count', p.images.length + ' gambar'));
    if (p.categories.length) meta.appendChild(el('span', null, p.categories.join(', ')));
    body.appendChild(meta);
    var actions = el('div', 'sp-product-actions');
    var edit = el('button', 'btn ghost small', 'Ubah');
    edit.type = 'button';
    edit.addEventListener('click', function () { productView = p.id; showError(''); render(); });
    var del = el('button', 'linklike danger', 'Hapus');
    del.type = 'button';
    del.addEventListener('click', function () {
      if (!confirm('Hapus produk "' + p.title + '" beserta gambarnya? Tindakan ini tidak bisa dibatalkan.')) return;
      del.disabled = true;
      api('DELETE', '/api/v1/supplier/products/' + encodeURIComponent(p.id)).then(function (r) {
        if (r.status !== 204) { del.disabled = false; showError(problemText(r.body, 'Produk gagal dihapus.')); return; }
        showError(''); load().then(function () { toast('Produk "' + p.title + '" dihapus.'); });
      });
    });
    actions.appendChild(edit);
    actions.appendChild(del);
    body.appendChild(actions);
    card.appendChild(body);
    return card;
  }

  // The description is typed as plain text and stored as simple HTML paragraphs.
  function escapeHtml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function textToHtml(text) {
    return String(text).trim().split(/\n\s*\n/).filter(function (p) { return p.trim() !== ''; })
      .map(function (p) { return '<p>' + escapeHtml(p.trim()).replace(/\n/g, '<br>') + '</p>'; }).join('');
  }
  function htmlToText(html) {
    // DOMParser never runs scripts or loads images: a safe way to read stored markup back.
    var doc = new DOMParser().parseFromString('<body>' + (html || ''), 'text/html');
    doc.querySelectorAll('br').forEach(function (b) { b.replaceWith('\n'); });
    doc.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6').forEach(function (b) { b.append('\n\n'); });
    return doc.body.textContent.replace(/\n{3,}/g, '\n\n').trim();
  }

  function renderProductEditor(panel, id) {
    var back = el('button', 'linklike sp-back', '← Kembali ke daftar produk');
    back.type = 'button';
    back.addEventListener('click', function () { productView = null; showError(''); render(); });
    panel.appendChild(back);
    if (id === 'new') { productForm(panel, null); return; }
    var holder = el('p', 'muted', 'Memuat produk…');
    panel.appendChild(holder);
    api('GET', '/api/v1/supplier/products/' + encodeURIComponent(id)).then(function (r) {
      holder.remove();
      if (r.status !== 200) { showError(problemText(r.body, 'Produk tidak dapat dimuat.')); return; }
      productForm(panel, r.body);
      productImages(panel, r.body);
    });
  }

  function productForm(panel, product) {
    panel.appendChild(el('h2', null, product ? 'Ubah produk' : 'Produk baru'));
    var form = el('form', 'sp-form sp-product-form');
    form.noValidate = true;
    var title = el('input'); title.type = 'text'; title.maxLength = 100; title.value = product ? product.title : '';
    form.appendChild(field('title', 'Nama produk', title, true));
    var desc = el('textarea'); desc.rows = 5; desc.value = product ? htmlToText(product.description_html) : '';
    form.appendChild(field('description_html', 'Deskripsi', desc, false, 'Spesifikasi, kapasitas pasok, kemasan, sertifikasi. Pisahkan paragraf dengan baris kosong.'));
    var cats = el('input'); cats.type = 'text'; cats.placeholder = 'mis. Kopi, Rempah'; cats.value = product ? product.categories.join(', ') : '';
    form.appendChild(field('categories', 'Kategori', cats, false, 'Pisahkan dengan koma; paling banyak 10 kategori.'));
    var status = el('select');
    status.appendChild(new Option('Draf — belum tampil di profil', 'draft', false, !product || product.status === 'draft'));
    status.appendChild(new Option('Tayang — tampil di profil Anda', 'active', false, !!product && product.status === 'active'));
    form.appendChild(field('status', 'Status', status, true));
    var save = el('button', 'btn', product ? 'Simpan perubahan' : 'Simpan produk');
    save.type = 'submit';
    save.id = 'sp-product-save';
    form.appendChild(save);
    var lock = null;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (lock) { lock.remove(); lock = null; }
      var categories = cats.value.split(',').map(function (c) { return c.trim(); }).filter(Boolean);
      var body = { title: title.value.trim(), description_html: textToHtml(desc.value), categories: categories, status: status.value };
      if (!body.title) { showFieldErrors(form, { title: 'Nama produk wajib diisi.' }); showError('Nama produk wajib diisi.'); return; }
      save.disabled = true;
      var request = product ? api('PATCH', '/api/v1/supplier/products/' + encodeURIComponent(product.id), body)
        : api('POST', '/api/v1/supplier/products', body);
      request.then(function (r) {
        save.disabled = false;
        if (r.status === 200 || r.status === 201) {
          showError('');
          if (!product) {
            productView = r.body.id;
            if (me.usage) me.usage.products += 1;
            render();
            toast('Produk tersimpan. Sekarang tambahkan gambarnya.');
          } else { productView = null; render(); toast('Perubahan produk tersimpan.'); }
          return;
        }
        var rest = showFieldErrors(form, r.body && r.body.errors, null);
        showError(problemText(r.body, 'Produk gagal disimpan.') + (rest.length ? ' ' + rest.join(' ') : ''));
        if (isLimitProblem(r)) { lock = premiumLock(r.body.detail); form.appendChild(lock); }
      });
    });
    panel.appendChild(form);
  }

  function productImages(panel, product) {
    var box = el('section', 'sp-images');
    box.id = 'sp-images';
    box.appendChild(el('h3', null, 'Gambar produk'));
    var max = me.limits ? me.limits.max_images : null;
    var limited = max !== null && max !== undefined;
    box.appendChild(el('p', 'muted small', 'JPG, PNG atau WebP, maksimal 5 MB per gambar; jenis file diperiksa dari isinya. ' +
      (limited ? 'Paket Anda: maksimal ' + max + ' gambar per produk (' + product.images.length + ' terpakai).' : 'Jumlah gambar tanpa batas.')));
    var grid = el('div', 'sp-image-grid');
    product.images.forEach(function (image, i) {
      var fig = el('figure', 'sp-image');
      var img = el('img'); img.alt = product.title + ' — gambar ' + (i + 1);
      fig.appendChild(img);
      authImage(img, image.url);
      var del = el('button', 'linklike danger', 'Hapus');
      del.type = 'button';
      del.addEventListener('click', function () {
        if (!confirm('Hapus gambar ini?')) return;
        api('DELETE', image.url).then(function (r) {
          if (r.status !== 204) { showError(problemText(r.body, 'Gambar gagal dihapus.')); return; }
          showError(''); render(); toast('Gambar dihapus.');
        });
      });
      var cap = el('figcaption');
      cap.appendChild(el('span', 'muted small', i === 0 ? 'Gambar utama' : 'Gambar ' + (i + 1)));
      cap.appendChild(del);
      fig.appendChild(cap);
      grid.appendChild(fig);
    });
    if (!product.images.length) grid.appendChild(el('p', 'muted', 'Belum ada gambar. Gambar pertama menjadi gambar utama produk.'));
    box.appendChild(grid);
    if (limited && product.images.length >= max) {
      box.appendChild(premiumLock('Batas ' + max + ' gambar per produk untuk paket Anda sudah tercapai.'));
    } else {
      var form = el('form', 'sp-upload sp-image-upload');
      var file = el('input'); file.type = 'file'; file.accept = 'image/jpeg,image/png,image/webp'; file.id = 'sp-image-file';
      var send = el('button', 'btn', 'Unggah gambar'); send.type = 'submit'; send.id = 'sp-image-upload';
      [file, send].forEach(function (n) { var w = el('div', 'field'); w.appendChild(n); form.appendChild(w); });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var chosen = readFile(file, 5 * 1048576, 'Gambar produk');
        if (!chosen) return;
        send.disabled = true;
        chosen.arrayBuffer().then(function (bytes) {
          return api('POST', '/api/v1/supplier/products/' + encodeURIComponent(product.id) + '/images', undefined,
            { bytes: bytes, type: chosen.type, name: chosen.name });
        }).then(function (r) {
          send.disabled = false;
          if (r.status === 201) { showError(''); render(); toast('Gambar terunggah.'); return; }
          showError(problemText(r.body, 'Gambar gagal diunggah.'));
          if (isLimitProblem(r)) { form.replaceWith(premiumLock(r.body.detail)); }
        });
      });
      box.appendChild(form);
    }
    panel.appendChild(box);
  }

  // ---- logo and banner --------------------------------------------------------------------------
  function renderMedia(panel) {
    panel.appendChild(el('h2', null, 'Logo & banner'));
    panel.appendChild(el('p', 'muted small', 'PNG, JPEG atau WebP, maksimal 2 MB; jenis file diperiksa dari isinya. ' +
      'Logo sebaiknya persegi (minimal 400×400 px); banner tampil melebar 4:1 (misalnya 1600×400 px).'));
    var editable = me.editable && me.editable.bio;
    [['logo', 'Logo'], ['banner', 'Banner']].forEach(function (slot) {
      var key = slot[0], label = slot[1], url = me[key + '_url'];
      var section = el('section', 'sp-media');
      section.id = 'sp-media-' + key;
      section.appendChild(el('h3', null, label));
      var preview = el('div', key === 'logo' ? 'sp-logo sp-logo-lg' : 'sp-banner');
      if (url) { var img = el('img'); img.alt = label + ' ' + companyName(); preview.appendChild(img); authImage(img, url); }
      else if (key === 'logo') preview.appendChild(el('span', 'sp-initials', initials(companyName())));
      else preview.appendChild(el('span', 'sp-banner-empty', 'Belum ada banner'));
      section.appendChild(preview);
      if (editable) {
        var form = el('form', 'sp-upload sp-media-form');
        var file = el('input'); file.type = 'file'; file.accept = 'image/jpeg,image/png,image/webp'; file.id = 'sp-' + key + '-file';
        var send = el('button', 'btn', url ? 'Ganti ' + label.toLowerCase() : 'Unggah ' + label.toLowerCase());
        send.type = 'submit'; send.id = 'sp-' + key + '-upload';
        [file, send].forEach(function (n) { var w = el('div', 'field'); w.appendChild(n); form.appendChild(w); });
        if (url) {
          var del = el('button', 'linklike danger', 'Hapus ' + label.toLowerCase());
          del.type = 'button';
          del.addEventListener('click', function () {
            if (!confirm('Hapus ' + label.toLowerCase() + '?')) return;
            api('DELETE', '/api/v1/supplier/me/' + key).then(function (r) {
              if (r.status !== 204) { showError(problemText(r.body, label + ' gagal dihapus.')); return; }
              showError(''); load().then(function () { toast(label + ' dihapus.'); });
            });
          });
          var w = el('div', 'field'); w.appendChild(del); form.appendChild(w);
        }
        form.addEventListener('submit', function (event) {
          event.preventDefault();
          var chosen = readFile(file, 2 * 1048576, label);
          if (!chosen) return;
          send.disabled = true;
          chosen.arrayBuffer().then(function (bytes) {
            return api('PUT', '/api/v1/supplier/me/' + key, undefined, { bytes: bytes, type: chosen.type, name: chosen.name });
          }).then(function (r) {
            send.disabled = false;
            if (r.status === 200) { me = r.body; showError(''); render(); toast(label + ' tersimpan.'); return; }
            showError(problemText(r.body, label + ' gagal diunggah.'));
          });
        });
        section.appendChild(form);
      }
      panel.appendChild(section);
    });
    if (isApproved() && !(isPremium() && me.limits && me.limits.public_profile)) {
      panel.appendChild(premiumLock('Logo dan banner tampil di halaman profil publik Anda, yang hanya tersedia untuk Premium Supplier.'));
    }
  }

  // ---- premium ------------------------------------------------------------------------------------
  var FEATURES = [
    ['max_products', 'Produk', 'produk'],
    ['max_images', 'Gambar per produk', 'gambar'],
    ['max_documents', 'Dokumen', 'dokumen'],
    ['receive_chats', 'Terima chat dari buyer'],
    ['public_profile', 'Halaman profil publik']
  ];
  function featureValue(limits, f) {
    var v = limits ? limits[f[0]] : undefined;
    if (f.length === 2) return v ? 'Ya' : 'Tidak';
    return v === null ? 'Tanpa batas' : String(v);
  }
  function better(free, premium, f) {
    if (!free || !premium) return false;
    if (f.length === 2) return !free[f[0]] && !!premium[f[0]];
    var a = free[f[0]], b = premium[f[0]];
    return a !== null && (b === null || b > a);
  }

  function renderPremium(panel) {
    panel.appendChild(el('h2', null, 'Premium Supplier'));
    var holder = el('div', 'sp-premium');
    holder.id = 'sp-premium';
    holder.appendChild(el('p', 'muted', 'Memuat paket Premium…'));
    panel.appendChild(holder);
    api('GET', '/api/v1/supplier/premium').then(function (r) {
      holder.textContent = '';
      var now = el('p', 'sp-tier-now');
      now.id = 'sp-tier-now';
      var data = r.status === 200 ? r.body : null;
      var effective = data ? data.effective_tier : me.effective_tier;
      var until = data ? data.premium_until : me.premium_until;
      if (effective === 'premium') now.textContent = until ? 'Premium aktif sampai ' + dateText(until) + '.' : 'Premium aktif tanpa batas waktu.';
      else now.textContent = 'Anda memakai paket Free.';
      holder.appendChild(now);
      if (!data) {
        holder.appendChild(el('p', 'notice', r.status === 404 || r.status === 405
          ? 'Pembelian Premium lewat halaman ini belum tersedia. Hubungi admin EksporYuk untuk meningkatkan paket Anda.'
          : problemText(r.body, 'Paket Premium tidak dapat dimuat. Muat ulang halaman untuk mencoba lagi.')));
        return;
      }
      var limits = data.limits || {};
      if (effective !== 'premium') {
        var locked = FEATURES.filter(function (f) { return better(limits.free, limits.premium, f); });
        if (locked.length) {
          var lockBox = el('div', 'sp-locked sp-locked-list');
          lockBox.appendChild(el('span', 'sp-lock-badge', 'Premium'));
          var text = el('div', 'grow');
          text.appendChild(el('p', null, 'Terkunci di paket Free: ' + locked.map(function (f) {
            if (f.length === 2) return f[1].toLowerCase();
            var v = limits.premium[f[0]];
            return f[1].toLowerCase() + (v === null ? ' tanpa batas' : ' hingga ' + v);
          }).join(', ') + '.'));
          var cta = el('a', 'btn small sp-cta', CTA);
          cta.href = '#premium';
          cta.addEventListener('click', function (event) {
            event.preventDefault();
            document.getElementById('sp-plans').scrollIntoView({ behavior: 'smooth', block: 'start' });
          });
          text.appendChild(cta);
          lockBox.appendChild(text);
          holder.appendChild(lockBox);
        }
      }
      if (limits.free && limits.premium) {
        var table = el('table', 'sp-compare');
        var head = el('tr');
        ['Fitur', 'Free', 'Premium'].forEach(function (h) { head.appendChild(el('th', null, h)); });
        var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
        var tbody = el('tbody');
        FEATURES.forEach(function (f) {
          var tr = el('tr');
          tr.appendChild(el('td', null, f[1]));
          tr.appendChild(el('td', better(limits.free, limits.premium, f) ? 'sp-worse' : null, featureValue(limits.free, f)));
          tr.appendChild(el('td', 'sp-better', featureValue(limits.premium, f)));
          tbody.appendChild(tr);
        });
        table.appendChild(tbody);
        holder.appendChild(table);
      }
      var plans = el('div', 'sp-plans');
      plans.id = 'sp-plans';
      (data.plans || []).forEach(function (plan) {
        var card = el('article', 'sp-plan');
        card.dataset.plan = plan.code;
        card.appendChild(el('h3', null, plan.label));
        var price = el('p', 'sp-price', rupiah(plan.price));
        price.appendChild(el('small', 'muted', plan.months === 1 ? ' / bulan' : ' / ' + plan.months + ' bulan'));
        card.appendChild(price);
        if (plan.months > 1) card.appendChild(el('p', 'muted small', 'Setara ' + rupiah(Math.floor(plan.price / plan.months)) + ' per bulan'));
        var buy = el('button', 'btn block', effective === 'premium' ? 'Perpanjang' : 'Pilih ' + plan.label);
        buy.type = 'button';
        buy.addEventListener('click', function () { checkout(plan, buy); });
        card.appendChild(buy);
        plans.appendChild(card);
      });
      if (!(data.plans || []).length) plans.appendChild(el('p', 'muted', 'Belum ada paket Premium yang dijual. Hubungi admin EksporYuk.'));
      holder.appendChild(plans);
      holder.appendChild(el('p', 'muted small', 'Pembayaran lewat Xendit (transfer bank, e-wallet, kartu). Fitur Premium aktif otomatis setelah pembayaran diterima.'));
      var orders = data.orders || [];
      if (orders.length) {
        holder.appendChild(el('h3', null, 'Riwayat pembelian'));
        var wrap = el('div', 'sp-table-wrap');
        var t = el('table', 'sp-orders');
        var hr = el('tr');
        ['Nomor', 'Paket', 'Jumlah', 'Status', 'Tanggal'].forEach(function (h) { hr.appendChild(el('th', null, h)); });
        var th = el('thead'); th.appendChild(hr); t.appendChild(th);
        var tb = el('tbody');
        orders.forEach(function (o) {
          var tr = el('tr');
          tr.dataset.number = o.number;
          tr.appendChild(el('td', null, o.number));
          var plan = (data.plans || []).filter(function (p) { return p.code === o.plan; })[0];
          tr.appendChild(el('td', null, plan ? plan.label : o.plan));
          tr.appendChild(el('td', null, rupiah(o.amount)));
          var st = el('td');
          st.appendChild(el('span', 'sp-pill sp-order-' + o.status, ORDER_STATUS[o.status] || o.status));
          if (o.status === 'pending' && o.invoice_url) {
            var pay = el('a', 'linklike sp-pay', 'Bayar');
            pay.href = o.invoice_url;
            st.appendChild(document.createTextNode(' '));
            st.appendChild(pay);
          }
          tr.appendChild(st);
          tr.appendChild(el('td', null, dateText(o.paid_at || o.created_at)));
          tb.appendChild(tr);
        });
        t.appendChild(tb);
        wrap.appendChild(t);
        holder.appendChild(wrap);
      }
    });
  }

  function checkout(plan, button) {
    button.disabled = true;
    var key = window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + '-' + Math.random().toString(16).slice(2);
    api('POST', '/api/v1/supplier/premium/checkout', { plan: plan.code }, undefined, { 'Idempotency-Key': key }).then(function (r) {
      if ((r.status === 200 || r.status === 201) && r.body && r.body.invoice_url) {
        location.assign(r.body.invoice_url);
        return;
      }
      button.disabled = false;
      showError(problemText(r.body, 'Pembayaran belum bisa dibuat. Coba lagi sebentar lagi.'));
    });
  }


  if (mode === 'register' || mode === 'login') { authPage(); return; }
  document.getElementById('sp-logout').addEventListener('click', function () {
    api('POST', '/api/v1/auth/logout').then(function () { setToken(null); location.replace('/supplier/masuk'); });
  });
  activeTab = location.hash.length > 1 ? location.hash.slice(1) : null;
  // Links such as "Buka fitur ini dengan Premium Supplier" point at a tab by its hash.
  window.addEventListener('hashchange', function () {
    var key = location.hash.slice(1);
    if (me && key && key !== activeTab) { activeTab = key; productView = null; showError(''); render(); }
  });
  load();
})();
