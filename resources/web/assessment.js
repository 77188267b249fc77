// The public assessment pages: profile → one section per page (drafts saved on the server, timer,
// progress) → finish. The resume link is shown and kept in localStorage so a closed browser loses nothing.
(function () {
  'use strict';
  var root = document.getElementById('asm');
  if (!root) return;
  var stage = root.querySelector('.asm-stage');
  var errorBox = root.querySelector('.asm-error');
  var profileForm = document.getElementById('asm-profile');
  var code = root.dataset.code || '';
  var attempt = null;   // { client, token }
  var state = null;     // the API's state
  var current = 0;      // section index on screen
  var ticker = null;

  function store(key, value) {
    try { if (value) localStorage.setItem(key, JSON.stringify(value)); else localStorage.removeItem(key); } catch (e) { /* private mode */ }
  }
  function load(key) {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; }
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function showError(message) {
    errorBox.textContent = message || '';
    errorBox.hidden = !message;
    if (message) errorBox.scrollIntoView({ block: 'nearest' });
  }
  function problemText(body, fallback) {
    if (!body) return fallback;
    var text = body.detail || fallback;
    if (body.errors) text += ' ' + Object.keys(body.errors).map(function (k) { return body.errors[k]; }).join(' ');
    return text;
  }
  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }
  function resumePath() {
    return '/partner/assessment/resume?client=' + encodeURIComponent(attempt.client) +
      '&token=' + encodeURIComponent(attempt.token);
  }

  // One JSON call; resolves { status, body } and never rejects, so callers show plain words.
  function api(method, path, body) {
    var headers = { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'id' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (attempt) headers['X-Resume-Token'] = attempt.token;
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (text) {
          var parsed = null;
          try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = null; }
          return { status: r.status, body: parsed };
        });
      }, function () {
        return { status: 0, body: { detail: 'Koneksi terputus. Jawaban yang belum tersimpan masih ada di halaman ini; coba lagi.' } };
      });
  }

  function remember() {
    var saved = { client: attempt.client, token: attempt.token };
    store('ey_asm_last', saved);
    if (state && state.event) store('ey_asm_' + String(state.event.reference_code).toLowerCase(), saved);
  }

  function totals() {
    var answered = 0, all = 0;
    state.sections.forEach(function (s) { answered += s.answered_count; all += s.question_count; });
    return { answered: answered, all: all };
  }

  function stopTicker() { if (ticker) { clearInterval(ticker); ticker = null; } }

  function render() {
    stopTicker();
    showError('');
    if (profileForm) profileForm.hidden = true;
    stage.hidden = false;
    stage.textContent = '';
    var heading = root.querySelector('h1');
    if (heading && state.event) heading.textContent = state.event.title || state.event.assessment_title;
    if (state.status === 'completed') return renderFinished();
    remember();

    var link = location.origin + resumePath();
    var keep = el('div', 'asm-resume');
    keep.appendChild(el('p', null, 'Simpan tautan ini untuk melanjutkan nanti, juga dari perangkat lain:'));
    var input = el('input', 'asm-resume-link');
    input.readOnly = true; input.value = link;
    input.addEventListener('focus', function () { input.select(); });
    keep.appendChild(input);
    var copy = el('button', 'btn ghost small', 'Salin tautan');
    copy.type = 'button';
    copy.addEventListener('click', function () {
      input.select();
      var done = function () { copy.textContent = 'Tersalin'; };
      if (navigator.clipboard) navigator.clipboard.writeText(link).then(done, done); else { document.execCommand('copy'); done(); }
    });
    keep.appendChild(copy);
    stage.appendChild(keep);

    var t = totals();
    var progress = el('div', 'asm-progress');
    progress.setAttribute('role', 'progressbar');
    progress.setAttribute('aria-valuemin', '0');
    progress.setAttribute('aria-valuemax', String(t.all));
    progress.setAttribute('aria-valuenow', String(t.answered));
    var bar = el('span');
    bar.style.width = (t.all ? Math.round(100 * t.answered / t.all) : 0) + '%';
    progress.appendChild(bar);
    stage.appendChild(el('p', 'asm-progress-label', 'Bagian ' + (current + 1) + ' dari ' + state.sections.length +
      ' · ' + t.answered + ' dari ' + t.all + ' pertanyaan terjawab'));
    stage.appendChild(progress);
    renderSection(state.sections[current]);
  }

  function renderSection(section) {
    var form = el('form', 'asm-section');
    form.noValidate = true;
    form.appendChild(el('h2', null, section.title));
    if (section.description) form.appendChild(el('p', 'muted', section.description));
    var timer = el('p', 'asm-timer');
    form.appendChild(timer);
    var shownAt = Date.now();
    var timeUp = section.time_limit_seconds && section.remaining_seconds <= 0;
    function elapsed() { return section.elapsed_seconds + Math.floor((Date.now() - shownAt) / 1000); }
    function tick() {
      if (section.time_limit_seconds) {
        var left = section.time_limit_seconds - elapsed();
        timer.textContent = left > 0 ? 'Sisa waktu ' + clock(left) : 'Waktu bagian ini habis';
        timer.classList.toggle('asm-timer-low', left <= 60);
        if (left <= 0 && !timeUp) { timeUp = true; save(true); }
      } else {
        timer.textContent = 'Waktu berjalan ' + clock(elapsed());
      }
    }
    tick();
    ticker = setInterval(tick, 1000);

    section.questions.forEach(function (q, i) {
      var box = el('fieldset', 'asm-question');
      box.appendChild(el('legend', null, (i + 1) + '. ' + q.text));
      var options = el('div', 'asm-options');
      q.options.forEach(function (o) {
        var label = el('label', 'asm-option');
        var radio = el('input');
        radio.type = 'radio'; radio.name = q.id; radio.value = String(o.value);
        radio.checked = q.answer === o.value;
        radio.disabled = !!timeUp;
        label.appendChild(radio);
        label.appendChild(el('span', null, o.label));
        options.appendChild(label);
      });
      box.appendChild(options);
      form.appendChild(box);
    });

    var actions = el('div', 'asm-actions');
    if (current > 0) {
      var back = el('button', 'btn ghost', 'Kembali');
      back.type = 'button';
      back.addEventListener('click', function () { save(false, current - 1); });
      actions.appendChild(back);
    }
    var last = current === state.sections.length - 1;
    var next = el('button', 'btn', last ? 'Simpan & selesai' : 'Simpan & lanjut');
    next.type = 'submit';
    actions.appendChild(next);
    form.appendChild(actions);
    form.addEventListener('submit', function (e) { e.preventDefault(); save(false); });
    stage.appendChild(form);

    // Opening a section starts its clock on the server (a timed section keeps counting when closed).
    if (!timeUp) api('PUT', sectionPath(section), { answers: {}, elapsed_seconds: section.elapsed_seconds });

    function collect() {
      var answers = {};
      section.questions.forEach(function (q) {
        var picked = form.querySelector('input[name="' + CSS.escape(q.id) + '"]:checked');
        if (picked) answers[q.id] = Number(picked.value);
      });
      return answers;
    }

    // Saves this page; `to` is where to go next (default: the next section, or finish on the last).
    function save(auto, to) {
      next.disabled = true;
      var answers = timeUp && !auto ? {} : collect();
      var missing = section.questions.length - Object.keys(answers).length;
      var body = { answers: answers, elapsed_seconds: Math.min(elapsed(), section.time_limit_seconds || elapsed()) };
      api('PUT', sectionPath(section), body).then(function (r) {
        next.disabled = false;
        if (r.status === 200) state = r.body;
        else if (r.status !== 409 || !timeUp) return showError(problemText(r.body, 'Jawaban belum tersimpan. Coba lagi.'));
        if (to !== undefined) { current = to; return render(); }
        if (missing > 0 && !timeUp) {
          return showError('Masih ada ' + missing + ' pertanyaan yang belum dijawab di bagian ini. Jawaban yang sudah diisi telah tersimpan.');
        }
        if (!last) { current += 1; window.scrollTo(0, 0); return render(); }
        finish();
      });
    }
  }

  function sectionPath(section) {
    return '/api/v1/partner-assessment/' + encodeURIComponent(attempt.client) + '/sections/' + encodeURIComponent(section.key);
  }

  function finish() {
    api('POST', '/api/v1/partner-assessment/' + encodeURIComponent(attempt.client) + '/finish', {}).then(function (r) {
      if (r.status === 200) {
        state.status = 'completed';
        return render();
      }
      if (r.status === 422 && state.incomplete_sections && state.incomplete_sections.length) {
        var first = state.sections.findIndex(function (s) { return !s.complete; });
        if (first >= 0 && first !== current) { current = first; render(); }
      }
      showError(problemText(r.body, 'Asesmen belum bisa diselesaikan. Coba lagi.'));
    });
  }

  function renderFinished() {
    stopTicker();
    store('ey_asm_last', null);
    if (state.event) store('ey_asm_' + String(state.event.reference_code).toLowerCase(), null);
    var done = el('div', 'asm-done');
    done.appendChild(el('h2', null, 'Terima kasih, asesmen selesai'));
    done.appendChild(el('p', null, 'Jawaban Anda sudah tersimpan dan hasilnya dikirim ke ' +
      ((state.event && state.event.partner_institution) || 'penyelenggara') + '. Anda boleh menutup halaman ini.'));
    stage.appendChild(done);
  }

  function open(client, token) {
    attempt = { client: client, token: token };
    return api('GET', '/api/v1/partner-assessment/' + encodeURIComponent(client)).then(function (r) {
      if (r.status !== 200) { attempt = null; return r; }
      state = r.body;
      var first = state.sections.findIndex(function (s) { return !s.complete; });
      current = first >= 0 ? first : state.sections.length - 1;
      render();
      return r;
    });
  }

  // Resume page: the token in the address opens the attempt through the API.
  if (root.dataset.client) {
    open(root.dataset.client, root.dataset.token || '').then(function (r) {
      if (r.status !== 200) showError(problemText(r.body, 'Tautan lanjut tidak dapat dibuka.'));
    });
    return;
  }

  // Take page: offer the attempt this browser already started on this code.
  var saved = load('ey_asm_' + code.toLowerCase());
  if (saved && saved.client && profileForm) {
    var again = el('p', 'asm-again');
    var link = el('a', null, 'Lanjutkan asesmen yang sudah Anda mulai di browser ini');
    link.href = '/partner/assessment/resume?client=' + encodeURIComponent(saved.client) + '&token=' + encodeURIComponent(saved.token);
    again.appendChild(link);
    profileForm.parentNode.insertBefore(again, profileForm);
  }

  if (profileForm) profileForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var data = {};
    ['email', 'full_name', 'organization', 'position'].forEach(function (name) {
      var value = profileForm.elements[name].value.trim();
      if (value) data[name] = value;
    });
    if (!data.full_name || !data.email) return showError('Isi nama lengkap dan email terlebih dahulu.');
    if (saved && saved.token) data.resume_token = saved.token;
    var button = profileForm.querySelector('button');
    button.disabled = true;
    api('POST', '/api/v1/partner-events/' + encodeURIComponent(code) + '/clients', data).then(function (r) {
      button.disabled = false;
      if (r.status !== 200 && r.status !== 201) return showError(problemText(r.body, 'Asesmen belum bisa dimulai. Coba lagi.'));
      attempt = { client: r.body.client_id, token: r.body.resume_token };
      state = r.body;
      var first = state.sections.findIndex(function (s) { return !s.complete; });
      current = first >= 0 ? first : 0;
      render();
    });
  });
})();
