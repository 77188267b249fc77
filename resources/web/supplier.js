// The supplier's web pages: register or sign in (email or Google), then the onboarding app —
// choose a type, fill the profile tabs, upload documents, answer the assessment, submit — and,
// after the decision, the same tabs as the supplier's own profile. Everything goes through the
// JSON API (the mobile app uses the same routes); the session token lives in this tab only.
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
  function api(method, path, body, raw) {
    var headers = { 'Accept': 'application/json', 'Accept-Language': 'id' };
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

  function load() {
    if (!token()) { location.replace('/supplier/masuk'); return; }
    api('GET', '/api/v1/supplier/me').then(function (r) {
      if (r.status === 401) { setToken(null); location.replace('/supplier/masuk'); return; }
      if (r.status !== 200) { showError(problemText(r.body, 'Profil supplier tidak dapat dimuat.')); return; }
      me = r.body;
      render();
    });
  }

  function render() {
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
    var tabs = TABS.map(function (t) { return { key: t.key, title: t.title }; });
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
      b.addEventListener('click', function () { activeTab = t.key; showError(''); render(); });
      bar.appendChild(b);
    });
    stage.appendChild(bar);
    var panel = el('section', 'card sp-panel');
    stage.appendChild(panel);
    if (activeTab === 'documents') renderDocuments(panel);
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
            load();
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
        showError(''); load();
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
            showError(''); load(); toast('Jawaban tersimpan.');
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

  if (mode === 'register' || mode === 'login') { authPage(); return; }
  document.getElementById('sp-logout').addEventListener('click', function () {
    api('POST', '/api/v1/auth/logout').then(function () { setToken(null); location.replace('/supplier/masuk'); });
  });
  load();
})();
