/* Sifara's query editor: CodeMirror 5 (SPARQL mode) on the form's textarea, completion of the
   vocabulary's terms (adding the PREFIX line a term needs), Ctrl+Enter to run, the answer fetched
   as HTML from /sparql and put in place, a shareable link, download links and a history kept in
   this browser (localStorage). Without scripts the form still works: it sends the query. */
(function () {
  'use strict';

  var HISTORY_KEY = 'sifara.history';
  var HISTORY_MAX = 20;
  var LINK_MAX = 8000;

  var form = document.getElementById('editor-form');
  if (!form || typeof CodeMirror === 'undefined') {
    return;
  }
  var textarea = document.getElementById('query');
  var status = document.getElementById('status');
  var terms = { prefixes: {}, terms: [] };
  var lang = document.documentElement.lang === 'ar' ? 'ar' : 'en';

  var editor = CodeMirror.fromTextArea(textarea, {
    mode: 'application/sparql-query',
    lineNumbers: true,
    matchBrackets: true,
    autoCloseBrackets: true,
    indentUnit: 2,
    direction: 'ltr',
    extraKeys: {
      'Ctrl-Enter': function () { run(); },
      'Cmd-Enter': function () { run(); },
      'Ctrl-Space': 'autocomplete'
    },
    hintOptions: { hint: hint, completeSingle: false }
  });
  editor.getInputField().setAttribute('aria-label', form.getAttribute('data-label'));
  window.sifaraEditor = editor;

  fetch(form.getAttribute('data-terms'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : terms; })
    .then(function (json) { terms = json; })
    .catch(function () { /* completion then offers nothing */ });

  editor.on('inputRead', function (cm, change) {
    if (change.origin !== '+input' || !/[\w:-]/.test(change.text[0])) {
      return;
    }
    if (currentWord(cm).text.indexOf(':') >= 0 && !cm.state.completionActive) {
      cm.showHint({ completeSingle: false });
    }
  });

  function currentWord(cm) {
    var cursor = cm.getCursor();
    var line = cm.getLine(cursor.line);
    var start = cursor.ch;
    while (start > 0 && /[\w:.\-]/.test(line.charAt(start - 1))) {
      start--;
    }
    return { text: line.slice(start, cursor.ch), from: CodeMirror.Pos(cursor.line, start), to: cursor };
  }

  function declared(cm, prefix) {
    return new RegExp('^\\s*PREFIX\\s+' + prefix + ':', 'im').test(cm.getValue());
  }

  function addPrefix(cm, prefix) {
    var ns = terms.prefixes[prefix];
    if (!ns || declared(cm, prefix)) {
      return;
    }
    var last = -1;
    for (var i = 0; i < cm.lineCount(); i++) {
      if (/^\s*(PREFIX|BASE)\b/i.test(cm.getLine(i))) {
        last = i;
      }
    }
    cm.replaceRange('PREFIX ' + prefix + ': <' + ns + '>\n', CodeMirror.Pos(last + 1, 0));
  }

  function apply(cm, data, completion) {
    cm.replaceRange(completion.text, data.from, data.to, 'complete');
    var prefix = completion.text.split(':')[0];
    if (completion.text.indexOf(':') > 0) {
      addPrefix(cm, prefix);
    }
  }

  function hint(cm) {
    var word = currentWord(cm);
    var typed = word.text.toLowerCase();
    var list = [];
    if (typed.indexOf(':') < 0) {
      Object.keys(terms.prefixes).sort().forEach(function (p) {
        if ((p + ':').indexOf(typed) === 0) {
          list.push({ text: p + ':', displayText: p + ':  ' + terms.prefixes[p], hint: apply });
        }
      });
    } else {
      var parts = typed.split(':');
      terms.terms.forEach(function (t) {
        var name = t.n.toLowerCase();
        var local = name.split(':')[1] || '';
        var label = (t[lang] || t.en || '').toLowerCase();
        if (name.indexOf(parts[0] + ':') === 0 && (local.indexOf(parts[1]) === 0 || (parts[1].length > 1 && label.indexOf(parts[1]) >= 0))) {
          list.push({ text: t.n, displayText: t.n + (t[lang] || t.en ? '  — ' + (t[lang] || t.en) : ''), hint: apply });
        }
      });
    }
    return { list: list.slice(0, 60), from: word.from, to: word.to };
  }

  function shareLink(query) {
    return '/sparql?query=' + encodeURIComponent(query);
  }

  function pinnedLang() {
    return new URLSearchParams(window.location.search).get('lang');
  }

  /** The share field shows the whole address, to copy as it is. */
  function absoluteShare() {
    var share = document.getElementById('share');
    if (share) {
      share.value = new URL(share.getAttribute('value'), window.location.href).href;
      share.addEventListener('focus', function () { share.select(); });
    }
  }

  function replaceFrom(doc, id) {
    var fresh = doc.getElementById(id);
    var old = document.getElementById(id);
    if (fresh && old) {
      old.parentNode.replaceChild(document.importNode(fresh, true), old);
      return true;
    }
    return false;
  }

  function run() {
    var query = editor.getValue();
    editor.save();
    status.className = 'status';
    status.textContent = form.getAttribute('data-running');
    var body = new URLSearchParams();
    body.set('query', query);
    body.set('format', 'html');
    if (pinnedLang()) {
      body.set('lang', pinnedLang());
    }
    fetch('/sparql', { method: 'POST', body: body, headers: { Accept: 'text/html' } })
      .then(function (response) {
        return response.text().then(function (text) { return { ok: response.ok, text: text }; });
      })
      .then(function (result) {
        var doc = new DOMParser().parseFromString(result.text, 'text/html');
        if (!replaceFrom(doc, 'answer')) {
          var main = doc.querySelector('main');
          throw new Error(main ? main.textContent.trim() : result.text);
        }
        replaceFrom(doc, 'downloads');
        replaceFrom(doc, 'share-row');
        absoluteShare();
        status.textContent = '';
        if (window.sifaraSortable) {
          window.sifaraSortable(document.getElementById('answer'));
        }
        remember(query);
        var link = shareLink(query);
        if (link.length <= LINK_MAX) {
          window.history.replaceState(null, '', link + (pinnedLang() ? '&lang=' + pinnedLang() : ''));
        }
      })
      .catch(function (error) {
        status.className = 'status error';
        status.textContent = form.getAttribute('data-failed') + ' ' + error.message;
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });

  function readHistory() {
    try {
      var list = JSON.parse(window.localStorage.getItem(HISTORY_KEY) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function remember(query) {
    var list = readHistory().filter(function (h) { return h.q !== query; });
    list.unshift({ q: query, at: new Date().toISOString() });
    try {
      window.localStorage.setItem(HISTORY_KEY, JSON.stringify(list.slice(0, HISTORY_MAX)));
    } catch (e) {
      /* storage full or refused: the history is only a convenience */
    }
    showHistory();
  }

  function summary(query) {
    var body = query.split('\n').filter(function (l) { return l.trim() && !/^\s*(PREFIX|BASE)\b/i.test(l); }).join(' ');
    return body.replace(/\s+/g, ' ').slice(0, 90);
  }

  function showHistory() {
    var list = document.getElementById('history');
    if (!list) {
      return;
    }
    list.textContent = '';
    var entries = readHistory();
    if (entries.length === 0) {
      var empty = document.createElement('li');
      empty.className = 'muted';
      empty.textContent = form.getAttribute('data-history-empty');
      list.appendChild(empty);
      return;
    }
    entries.forEach(function (h) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = shareLink(h.q);
      link.textContent = summary(h.q);
      link.title = h.at;
      link.dir = 'ltr';
      link.addEventListener('click', function (event) {
        event.preventDefault();
        editor.setValue(h.q);
        editor.focus();
      });
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  absoluteShare();
  if (new URLSearchParams(window.location.search).get('query') && document.querySelector('#answer table, #answer .answer-bool')) {
    remember(editor.getValue());
  } else {
    showHistory();
  }
}());
