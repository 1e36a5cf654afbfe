// The editors' review page (issue 7). Everything shown here comes from articles and reports, which
// are untrusted: it is only ever written with textContent and createElement, never parsed as HTML.
(function () {
  'use strict';

  var KEY_STORE = 'corroborate.review.key';
  var PAGE_SIZE = 20; // ?limit=N in the address (1..200) sets another
  var KINDS = {
    count_mismatch: 'Count mismatch',
    speaker_mismatch: 'Speaker mismatch',
    date_mismatch: 'Date mismatch',
    quote_mismatch: 'Quote mismatch'
  };
  var LANGS = { ar: 'Arabic', en: 'English' };
  var RTL = { ar: true };

  var state = { total: 0, reports: new Map(), loading: false, pending: false };
  var $ = function (id) { return document.getElementById(id); };

  // ---- small DOM helpers: text only ----

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  /** Marks a block with its language and direction: rtl for Arabic, ltr for English, auto otherwise. */
  function inLanguage(e, lang) {
    if (lang) { e.lang = lang; }
    e.dir = RTL[lang] ? 'rtl' : (LANGS[lang] ? 'ltr' : 'auto');
    return e;
  }

  /** An isolated run (names, ids) so that it never reorders the text around it. */
  function bdi(text, className) {
    return el('bdi', className, text);
  }

  /** Appends text with the given [start, end) ranges wrapped in <mark>; ranges are clamped and sorted. */
  function appendMarked(parent, text, ranges, markClass) {
    return appendRanges(parent, text, ranges, function (run) { return el('mark', markClass, run); });
  }

  /**
   * Appends a message with the outlets' names and the ISO dates in it isolated (<bdi>): an English
   * outlet in an Arabic message, or the reverse, must not drag the punctuation around it across.
   */
  function appendIsolated(parent, text, names) {
    var ranges = [];
    names.filter(function (n) { return typeof n === 'string' && n.length > 0; }).forEach(function (name) {
      for (var at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        ranges.push([at, at + name.length]);
      }
    });
    var date = /\d{4}-\d{2}-\d{2}/g;
    for (var m = date.exec(text); m; m = date.exec(text)) { ranges.push([m.index, m.index + m[0].length]); }
    return appendRanges(parent, text, ranges, function (run) { return bdi(run); });
  }

  function appendRanges(parent, text, ranges, wrap) {
    var at = 0;
    var sorted = (ranges || []).map(function (r) {
      return [Math.max(0, Math.min(text.length, r[0])), Math.max(0, Math.min(text.length, r[1]))];
    }).filter(function (r) { return r[1] > r[0]; }).sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    sorted.forEach(function (r) {
      if (r[0] < at) { return; }
      if (r[0] > at) { parent.appendChild(document.createTextNode(text.slice(at, r[0]))); }
      parent.appendChild(wrap(text.slice(r[0], r[1])));
      at = r[1];
    });
    if (at < text.length) { parent.appendChild(document.createTextNode(text.slice(at))); }
    return parent;
  }

  function clear(e) {
    while (e.firstChild) { e.removeChild(e.firstChild); }
  }

  function show(e, visible) {
    e.hidden = !visible;
  }

  // ---- the key ----

  function key() {
    return sessionStorage.getItem(KEY_STORE);
  }

  function askForKey(message) {
    sessionStorage.removeItem(KEY_STORE);
    show($('queue'), false);
    show($('change-key'), false);
    show($('key-panel'), true);
    $('count').textContent = '';
    $('key-error').textContent = message || '';
    $('key-input').value = '';
    $('key-input').focus();
  }

  function onKeySubmit(event) {
    event.preventDefault();
    var value = $('key-input').value.trim();
    if (!/^[\x21-\x7e]+$/.test(value)) {
      // keys are ASCII (crb_<id>_<secret>); anything else cannot go in a header, and is a mistyped key
      $('key-error').textContent = value ? 'That is not a key: a key looks like crb_… with no spaces.'
        : 'Enter your editor key.';
      $('key-input').focus();
      return;
    }
    sessionStorage.setItem(KEY_STORE, value);
    $('key-input').value = '';
    $('key-error').textContent = '';
    show($('key-panel'), false);
    show($('queue'), true);
    show($('change-key'), true);
    load(false);
  }

  // ---- the API ----

  function ApiError(status, problem) {
    this.status = status;
    this.problem = problem || {};
  }

  function api(method, path, body) {
    var init = { method: method, headers: { 'Authorization': 'Bearer ' + key(), 'Accept': 'application/json' },
      credentials: 'omit', cache: 'no-store' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
        if (!response.ok) { throw new ApiError(response.status, json); }
        return json;
      });
    }, function () {
      throw new ApiError(0, { detail: 'the server did not answer' });
    });
  }

  /** 401 and 403 send the editor back to the key form; anything else is said in the banner. */
  function handleFailure(error, what) {
    if (error instanceof ApiError && error.status === 401) {
      askForKey('The key was refused: it is unknown or has been revoked. Enter a valid editor key.');
    } else if (error instanceof ApiError && error.status === 403) {
      askForKey('This key may not use the review queue: it needs the editor role. Enter an editor key.');
    } else {
      var detail = error instanceof ApiError ? (error.problem && (error.problem.detail || error.problem.title))
        || 'HTTP ' + error.status : String(error);
      alertBanner('Could not ' + what + ': ' + detail + '.');
    }
  }

  function alertBanner(message) {
    $('alert').textContent = message || '';
    show($('alert'), Boolean(message));
  }

  function say(message) {
    $('status').textContent = message;
  }

  // ---- filters and the address ----

  function query() {
    return new URLSearchParams(window.location.search);
  }

  function listPath(offset) {
    var q = query();
    var limit = Number(q.get('limit'));
    var params = new URLSearchParams({ status: 'open',
      limit: String(limit >= 1 && limit <= 200 ? Math.floor(limit) : PAGE_SIZE) });
    ['article', 'revision', 'lang', 'kind'].forEach(function (name) {
      if (q.get(name)) { params.set(name, q.get(name)); }
    });
    if (offset) { params.set('offset', String(offset)); }
    return '/api/v1/review?' + params.toString();
  }

  function syncFilters() {
    var q = query();
    $('filter-lang').value = q.get('lang') || '';
    $('filter-kind').value = q.get('kind') || '';
    var scope = $('scope');
    clear(scope);
    if (q.get('article')) {
      scope.appendChild(document.createTextNode('Article '));
      scope.appendChild(bdi(q.get('article'), 'id'));
      if (q.get('revision')) {
        scope.appendChild(document.createTextNode(', revision '));
        scope.appendChild(bdi(q.get('revision'), 'id'));
      }
      scope.appendChild(document.createTextNode(' · '));
      var all = el('button', 'link', 'show every article');
      all.type = 'button';
      all.addEventListener('click', function () { setFilter({ article: null, revision: null }); });
      scope.appendChild(all);
    }
    show(scope, Boolean(q.get('article')));
  }

  function setFilter(changes) {
    var q = query();
    Object.keys(changes).forEach(function (name) {
      if (changes[name]) { q.set(name, changes[name]); } else { q.delete(name); }
    });
    var search = q.toString();
    window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
    load(false);
  }

  // ---- the queue ----

  /**
   * Loads the first page again, or (more) the next one. The next page starts after the flags still
   * shown, not at the API's cursor: every decision taken here has moved a flag out of the open set.
   */
  function load(more) {
    if (!key()) { askForKey(); return; }
    if (state.loading) {
      state.pending = state.pending || !more; // a filter changed meanwhile: load again when done
      return;
    }
    state.loading = true;
    syncFilters();
    alertBanner('');
    say(more ? 'Loading more flags…' : 'Loading the open flags…');
    api('GET', listPath(more ? items().length : 0)).then(function (page) {
      if (!more) {
        clear($('items'));
        state.reports.clear();
      }
      var shown = new Set(items().map(function (li) { return li.dataset.id; }));
      page.items.filter(function (item) { return !shown.has(item.id); })
        .forEach(function (item) { $('items').appendChild(renderItem(item)); });
      state.total = page.total;
      updateCount();
      say(more ? 'More flags loaded.' : '');
      if (!more && !$('filters').contains(document.activeElement)) { focusItem(firstItem(), false); }
    }, function (error) {
      say('');
      handleFailure(error, 'load the queue');
    }).then(function () {
      state.loading = false;
      if (state.pending) {
        state.pending = false;
        load(false);
      }
    });
  }

  function updateCount() {
    var shown = $('items').children.length;
    $('count').textContent = state.total === 1 ? '1 open flag' : state.total + ' open flags';
    show($('empty'), shown === 0);
    show($('more'), shown > 0 && state.total > shown);
  }

  function renderItem(item) {
    var li = el('li', 'item severity-' + (item.severity === 'high' ? 'high' : 'medium'));
    li.tabIndex = -1;
    li.dataset.id = item.id;
    li.dataset.version = item.version;
    li.dataset.article = item.article_id;
    li.dataset.revision = item.revision;
    li.setAttribute('aria-labelledby', 'title-' + item.id);

    li.appendChild(renderHead(item));
    if (item.flag && typeof item.flag.message === 'string') {
      var outlets = (Array.isArray(item.evidence) ? item.evidence : []).map(function (e) { return e.source; });
      li.appendChild(appendIsolated(inLanguage(el('p', 'message'), item.lang), item.flag.message, outlets));
    }
    var columns = el('div', 'columns');
    columns.appendChild(renderArticle(item));
    columns.appendChild(renderEvidence(item));
    li.appendChild(columns);
    li.appendChild(renderDecision(item));
    return li;
  }

  function renderHead(item) {
    var head = el('div', 'item-head');
    var title = el('h2', 'item-title');
    title.id = 'title-' + item.id;
    title.appendChild(el('span', 'severity', item.severity === 'high' ? 'High' : 'Medium'));
    title.appendChild(el('span', 'kind', KINDS[item.kind] || item.kind));
    head.appendChild(title);
    var meta = el('p', 'meta');
    meta.appendChild(document.createTextNode('Article '));
    meta.appendChild(bdi(item.article_id, 'id'));
    meta.appendChild(document.createTextNode(' · revision '));
    meta.appendChild(bdi(item.revision, 'id'));
    meta.appendChild(document.createTextNode(' · ' + (LANGS[item.lang] || item.lang || 'unknown language')
      + ' · flagged ' + when(item.created_at)));
    head.appendChild(meta);
    return head;
  }

  function when(iso) {
    if (!iso) { return 'at an unknown time'; }
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  }

  /** The claim in its paragraph, highlighted; the paragraph comes from the stored check report. */
  function renderArticle(item) {
    var section = el('section', 'article');
    section.appendChild(el('h3', null, 'Article, the claim highlighted'));
    var context = inLanguage(el('p', 'context'), item.lang);
    var claim = item.claim || {};
    appendMarked(context, claim.text || '', [[0, (claim.text || '').length]], 'claim');
    section.appendChild(context);
    if (item.report_id && claim.span) {
      report(item.report_id).then(function (stored) {
        var paragraph = paragraphOf(stored, claim.span);
        if (paragraph) {
          clear(context);
          appendMarked(context, paragraph.text, [[claim.span.start - paragraph.start,
            claim.span.end - paragraph.start]], 'claim');
        }
      }, function () {
        section.appendChild(el('p', 'hint', 'The full article could not be loaded; the claim’s sentence is shown.'));
      });
    }
    return section;
  }

  function report(id) {
    if (!state.reports.has(id)) {
      var path = '/api/v1/checks/' + id.split('/').map(encodeURIComponent).join('/');
      state.reports.set(id, api('GET', path));
    }
    return state.reports.get(id);
  }

  function paragraphOf(stored, span) {
    var article = stored && stored.article;
    if (!article || typeof article.text !== 'string') { return null; }
    var paragraphs = Array.isArray(article.paragraphs) ? article.paragraphs : [];
    for (var i = 0; i < paragraphs.length; i++) {
      var p = paragraphs[i];
      if (p.start <= span.start && span.start < p.end) {
        return { text: article.text.slice(p.start, Math.max(p.end, Math.min(span.end, article.text.length))),
          start: p.start };
      }
    }
    return null;
  }

  function renderEvidence(item) {
    var section = el('section', 'evidence');
    section.appendChild(el('h3', null, 'Disagreeing reports'));
    var list = el('ul', 'evidence-list');
    var evidence = Array.isArray(item.evidence) ? item.evidence : [];
    evidence.forEach(function (e) { list.appendChild(renderReport(e, item.lang)); });
    if (evidence.length === 0) { list.appendChild(el('li', 'hint', 'No report is attached to this flag.')); }
    section.appendChild(list);
    return section;
  }

  function renderReport(e, articleLang) {
    var li = el('li', 'report');
    var head = el('p', 'report-head');
    head.appendChild(bdi(e.source || e.report_id || 'unknown outlet', 'outlet'));
    if (e.published) { head.appendChild(el('span', 'date', e.published)); }
    if (e.later) { head.appendChild(el('span', 'tag', 'published after the article')); }
    if (typeof e.url === 'string' && /^https?:\/\//i.test(e.url)) {
      var a = el('a', 'link', 'open report');
      a.href = e.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.title = e.url;
      head.appendChild(a);
    }
    li.appendChild(head);
    if (e.says) {
      var says = el('p', 'says');
      says.appendChild(el('span', 'label', 'Says: '));
      says.appendChild(inLanguage(el('span', null, e.says), articleLang));
      li.appendChild(says);
    }
    if (typeof e.snippet === 'string' && e.snippet) {
      var marks = (Array.isArray(e.marks) ? e.marks : []).map(function (m) { return [m.start, m.end]; });
      li.appendChild(appendMarked(inLanguage(el('blockquote', 'snippet'), e.lang), e.snippet, marks, 'found'));
    }
    return li;
  }

  function renderDecision(item) {
    var box = el('div', 'decision');
    var accept = el('button', 'accept', 'Accept flag');
    accept.type = 'button';
    accept.title = 'The flag is right: the article needs correcting (a, then Enter)';
    accept.addEventListener('click', function () { decide(box.parentNode, 'accept'); });

    var label = el('label', 'reason');
    var reasonId = 'reason-' + item.id;
    label.htmlFor = reasonId;
    label.textContent = 'Reason to dismiss';
    var reason = el('textarea');
    reason.id = reasonId;
    reason.rows = 2;
    reason.dir = 'auto';
    reason.placeholder = 'e.g. the other outlet counts only the guards charged';
    reason.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        decide(box.parentNode, 'dismiss');
      } else if (event.key === 'Escape') {
        event.preventDefault();
        box.parentNode.focus();
      }
    });

    var dismiss = el('button', 'dismiss', 'Dismiss flag');
    dismiss.type = 'button';
    dismiss.title = 'The flag is wrong; the reason is recorded (d, then Ctrl+Enter)';
    dismiss.addEventListener('click', function () { decide(box.parentNode, 'dismiss'); });

    var note = el('p', 'item-note');
    note.setAttribute('role', 'alert');
    box.appendChild(accept);
    box.appendChild(label);
    box.appendChild(reason);
    box.appendChild(dismiss);
    box.appendChild(note);
    return box;
  }

  // ---- decisions ----

  function decide(li, decision) {
    var reason = li.querySelector('textarea').value.trim();
    var note = li.querySelector('.item-note');
    if (decision === 'dismiss' && !reason) {
      note.textContent = 'A dismissal needs a reason: say why the flag is wrong.';
      li.querySelector('textarea').focus();
      return;
    }
    var body = { decision: decision, version: li.dataset.version };
    if (reason) { body.reason = reason; }
    setBusy(li, true);
    note.textContent = decision === 'accept' ? 'Accepting…' : 'Dismissing…';
    api('POST', '/api/v1/review/' + encodeURIComponent(li.dataset.id) + '/decision', body).then(function (updated) {
      var kind = KINDS[updated.kind] || updated.kind;
      removeItem(li);
      say((updated.status === 'accepted' ? 'Accepted: ' : 'Dismissed: ') + kind + ' in article ' + updated.article_id
        + '. ' + (state.total === 1 ? '1 open flag left.' : state.total + ' open flags left.'));
    }, function (error) {
      setBusy(li, false);
      if (error instanceof ApiError && error.status === 409) {
        reloadItem(li);
      } else if (error instanceof ApiError && error.status === 400) {
        note.textContent = (error.problem && error.problem.detail) || 'The decision was refused.';
      } else {
        note.textContent = '';
        handleFailure(error, 'record the decision');
      }
    });
  }

  function setBusy(li, busy) {
    li.querySelectorAll('button, textarea').forEach(function (c) { c.disabled = busy; });
    li.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function removeItem(li) {
    var next = li.nextElementSibling || li.previousElementSibling;
    li.parentNode.removeChild(li);
    state.total = Math.max(0, state.total - 1);
    updateCount();
    if (next) { focusItem(next, true); } else { $('status').focus(); }
  }

  /** Another editor decided first (409): show the item as it is now, or remove it when it is closed. */
  function reloadItem(li) {
    var id = li.dataset.id;
    var stale = 'Someone else decided on this flag meanwhile. ';
    findOpen(id, li).then(function (fresh) {
      if (!fresh) {
        removeItem(li);
        say(stale + 'It is no longer open, so it has left the list.');
        return;
      }
      var replacement = renderItem(fresh);
      li.parentNode.replaceChild(replacement, li);
      replacement.querySelector('.item-note').textContent = stale
        + 'It has been reloaded as it is now: read it again, then decide.';
      focusItem(replacement, true);
    }, function (error) { handleFailure(error, 'reload the flag'); });
  }

  function findOpen(id, li) {
    var params = new URLSearchParams({ status: 'open', limit: '200', article: li.dataset.article,
      revision: li.dataset.revision });
    return api('GET', '/api/v1/review?' + params.toString()).then(function (page) {
      return page.items.filter(function (i) { return i.id === id; })[0] || null;
    });
  }

  // ---- keyboard ----

  function items() {
    return Array.prototype.slice.call($('items').children);
  }

  function firstItem() {
    return items()[0] || null;
  }

  function currentItem() {
    var a = document.activeElement;
    return a && a.closest ? a.closest('.item') : null;
  }

  function focusItem(li, scroll) {
    if (!li) { return; }
    items().forEach(function (i) { i.classList.toggle('current', i === li); });
    li.focus({ preventScroll: !scroll });
    if (scroll) { li.scrollIntoView({ block: 'nearest' }); }
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || $('queue').hidden) { return; }
    var t = event.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) { return; }
    var current = currentItem() || firstItem();
    var list = items();
    var at = current ? list.indexOf(current) : -1;
    switch (event.key) {
      case 'j': focusItem(list[Math.min(at + 1, list.length - 1)], true); break;
      case 'k': focusItem(list[Math.max(at - 1, 0)], true); break;
      case 'a': if (current) { focusItem(current, true); current.querySelector('.accept').focus(); } break;
      case 'd': if (current) { focusItem(current, true); current.querySelector('textarea').focus(); } break;
      case 'r': load(false); break;
      default: return;
    }
    event.preventDefault();
  }

  // ---- start ----

  document.addEventListener('DOMContentLoaded', function () {
    $('key-form').addEventListener('submit', onKeySubmit);
    $('change-key').addEventListener('click', function () { askForKey(''); });
    $('filters').addEventListener('submit', function (event) { event.preventDefault(); });
    $('filter-lang').addEventListener('change', function () { setFilter({ lang: $('filter-lang').value }); });
    $('filter-kind').addEventListener('change', function () { setFilter({ kind: $('filter-kind').value }); });
    $('reload').addEventListener('click', function () { load(false); });
    $('more').addEventListener('click', function () { load(true); });
    $('status').tabIndex = -1;
    document.addEventListener('keydown', onKey);
    if (key()) {
      show($('queue'), true);
      show($('change-key'), true);
      load(false);
    } else {
      askForKey('');
    }
  });
}());
