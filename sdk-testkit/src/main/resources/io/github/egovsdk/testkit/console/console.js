// The sandbox console: polls /__console/api/state and renders every view as tables. Every value is set with
// textContent (never as HTML): what a vendor's software sent is shown, not run. Works offline, no libraries.
(function () {
  'use strict';
  var API = '/__console/api/';
  var params = new URLSearchParams(location.search);
  var lang = params.get('lang') || safeGet('egov-console-lang') || 'vi';
  var last = null;
  var state = null;
  var timer = null;

  function safeGet(k) { try { return localStorage.getItem(k); } catch (e) { return null; } }
  function safeSet(k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode: keep in memory */ } }
  function t(text) { return text ? (text[lang] || text.vi || '') : ''; }
  function el(tag, cls, txt) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (txt !== undefined && txt !== null) { e.textContent = txt; }
    return e;
  }
  function words(vi, en) { return lang === 'en' ? en : vi; }

  function setLang(l) {
    lang = l === 'en' ? 'en' : 'vi';
    safeSet('egov-console-lang', lang);
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-vi]').forEach(function (n) { n.textContent = n.getAttribute('data-' + lang); });
    document.getElementById('lang-vi').classList.toggle('active', lang === 'vi');
    document.getElementById('lang-en').classList.toggle('active', lang === 'en');
    if (state) { render(); }
  }

  function activeId() {
    var id = location.hash.replace('#', '');
    if (state && state.views.some(function (v) { return v.id === id; })) { return id; }
    return state && state.views.length ? state.views[0].id : '';
  }

  function button(action) {
    var b = el('button', 'action', t(action.label));
    b.type = 'button';
    b.setAttribute('data-action', action.path);
    b.setAttribute('data-name', action.name);
    b.addEventListener('click', function () { run(action.path, b); });
    return b;
  }

  function run(path, b) {
    if (b) { b.disabled = true; }
    fetch(path, { method: 'POST' }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok && j.ok, body: j }; });
    }).then(function (r) {
      toast(r.ok ? t(r.body.message) : (r.body.error || 'error'), !r.ok);
      return refresh(true);
    }).catch(function (e) {
      toast(String(e), true);
    }).then(function () { if (b) { b.disabled = false; } });
  }

  function toast(msg, error) {
    var n = document.getElementById('toast');
    n.textContent = msg;
    n.className = 'show' + (error ? ' error' : '');
    clearTimeout(n._t);
    n._t = setTimeout(function () { n.className = ''; }, 4000);
  }

  function render() {
    var global = document.getElementById('global-actions');
    global.replaceChildren.apply(global, state.actions.map(button));
    var current = activeId();
    var tabs = document.getElementById('tabs');
    tabs.replaceChildren.apply(tabs, state.views.map(function (v) {
      var a = el('a', v.id === current ? 'active' : '', t(v.title));
      a.href = '#' + v.id;
      a.id = 'tab-' + v.id;
      if (v.id === 'refusals' && state.refused > 0) { a.appendChild(el('span', 'badge', String(state.refused))); }
      return a;
    }));
    var view = state.views.filter(function (v) { return v.id === current; })[0];
    var main = document.getElementById('view');
    main.setAttribute('data-view', current);
    var parts = [];
    if (view.actions.length) {
      var bar = el('div', 'view-actions');
      view.actions.forEach(function (x) { bar.appendChild(button(x)); });
      parts.push(bar);
    }
    view.tables.forEach(function (table) { parts.push(section(table)); });
    main.replaceChildren.apply(main, parts);
    document.title = t(view.title) + ' — EGov sandbox';
  }

  function section(table) {
    var s = el('section');
    var h = el('h2', null, t(table.title) + ' ');
    h.appendChild(el('span', 'count', '(' + table.rows.length + ')'));
    s.appendChild(h);
    var withActions = table.rows.some(function (r) { return r.actions.length > 0; });
    var tbl = el('table');
    var head = el('tr');
    table.columns.forEach(function (c) { head.appendChild(el('th', null, t(c))); });
    if (withActions) { head.appendChild(el('th', null, words('Thao tác', 'Actions'))); }
    var thead = el('thead');
    thead.appendChild(head);
    tbl.appendChild(thead);
    var body = el('tbody');
    if (!table.rows.length) {
      var td = el('td', 'empty', words('Chưa có gì', 'Nothing yet'));
      td.colSpan = table.columns.length;
      var tr0 = el('tr');
      tr0.appendChild(td);
      body.appendChild(tr0);
    }
    table.rows.forEach(function (r) {
      var tr = el('tr');
      tr.setAttribute('data-key', r.key);
      r.cells.forEach(function (c) { tr.appendChild(el('td', null, c)); });
      if (withActions) {
        var cell = el('td', 'actions');
        r.actions.forEach(function (x) { cell.appendChild(button(x)); });
        tr.appendChild(cell);
      }
      body.appendChild(tr);
    });
    tbl.appendChild(body);
    s.appendChild(tbl);
    return s;
  }

  function refresh(force) {
    return fetch(API + 'state', { cache: 'no-store' }).then(function (r) { return r.text(); }).then(function (text) {
      document.getElementById('live').classList.remove('stale');
      if (force || text !== last) {
        last = text;
        state = JSON.parse(text);
        render();
      }
    }).catch(function () { document.getElementById('live').classList.add('stale'); });
  }

  function loop() {
    refresh(false).then(function () { timer = setTimeout(loop, 1000); });
  }

  document.getElementById('lang-vi').addEventListener('click', function () { setLang('vi'); });
  document.getElementById('lang-en').addEventListener('click', function () { setLang('en'); });
  window.addEventListener('hashchange', function () { if (state) { render(); } });
  setLang(lang);
  loop();
}());
