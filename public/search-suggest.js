// Results as you type under the header search box. Progressive enhancement: without this script
// the form submits to the search page. ARIA 1.2 combobox with a listbox popup (WAI-ARIA APG):
// focus stays in the input, the arrow keys move aria-activedescendant, Enter opens the active
// result (or, with none, submits the form), Escape closes the list. The server's JSON
// (src/search/search.suggest.ts) becomes text nodes and <mark> elements, never HTML.
(function () {
  'use strict';
  var form = document.querySelector('form[data-suggest]');
  var input = form && form.querySelector('input[name="q"]');
  if (!input || !window.fetch || !window.URLSearchParams || !window.Map) return;

  var endpoint = form.getAttribute('data-suggest');
  var base = input.id || 'site-search';
  var pageLang = document.documentElement.lang;
  var minLength = 2;
  var delay = 150;

  var panel = element('div', 'suggest-panel');
  var list = element('div', 'suggest-list');
  var message = element('p', 'suggest-message');
  var status = element('p', 'visually-hidden');
  list.id = base + '-listbox';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.getAttribute('data-suggest-label') || '');
  status.setAttribute('role', 'status');
  panel.hidden = true;
  panel.appendChild(list);
  panel.appendChild(message);
  form.appendChild(panel);
  form.appendChild(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  var options = [];
  var active = -1;
  var timer = 0;
  var controller = null;
  var shownFor = null;
  var cache = new Map();

  function element(tag, className) {
    var node = document.createElement(tag);
    node.className = className;
    return node;
  }

  /** Appends text segments, the matching ones inside <mark>. */
  function appendSegments(parent, segments) {
    for (var i = 0; i < segments.length; i++) {
      var s = segments[i];
      if (s.mark) {
        var mark = document.createElement('mark');
        mark.textContent = String(s.text);
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(String(s.text)));
      }
    }
  }

  function option(href) {
    var link = element('a', 'suggest-option');
    link.id = base + '-option-' + options.length;
    link.href = href;
    link.tabIndex = -1;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    options.push(link);
    return list.appendChild(link);
  }

  function render(body) {
    list.textContent = '';
    options = [];
    select(-1);
    body.items.forEach(function (item) {
      var link = option(item.url);
      if (item.lang) link.lang = item.lang;
      var meta = link.appendChild(element('span', 'suggest-meta'));
      if (item.lang) meta.lang = pageLang;
      meta.textContent = [item.kind, item.date, item.note].filter(Boolean).join(' · ');
      appendSegments(link.appendChild(element('span', 'suggest-title')), item.title);
      if (item.snippet.length > 0) {
        // Read as the option's description, after its name, rather than as part of it.
        var snippet = link.appendChild(element('span', 'suggest-snippet'));
        snippet.id = link.id + '-snippet';
        snippet.setAttribute('aria-hidden', 'true');
        link.setAttribute('aria-describedby', snippet.id);
        appendSegments(snippet, item.snippet);
      }
    });
    if (body.all) {
      var all = option(body.all.url);
      all.className += ' suggest-all';
      all.textContent = body.all.label;
    }
    list.hidden = options.length === 0;
    message.textContent = options.length === 0 ? body.status : '';
    message.hidden = message.textContent === '';
    status.textContent = body.status;
    shownFor = body;
    open(options.length > 0 || !message.hidden);
  }

  function open(show) {
    panel.hidden = !show;
    input.setAttribute('aria-expanded', show && options.length > 0 ? 'true' : 'false');
    if (!show) select(-1);
  }

  function select(index) {
    if (options[active]) {
      options[active].setAttribute('aria-selected', 'false');
      options[active].classList.remove('is-active');
    }
    active = index;
    var current = options[active];
    if (!current) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    current.setAttribute('aria-selected', 'true');
    current.classList.add('is-active');
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  function load(q) {
    var known = cache.get(q);
    if (known) return render(known);
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    var url = endpoint + '?' + new URLSearchParams({ q: q }).toString();
    fetch(url, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        if (!body || !Array.isArray(body.items)) return;
        if (cache.size > 50) cache.clear();
        cache.set(q, body);
        // Only the answer to what the box holds now, and only while the reader is in it.
        if (input.value === q && document.activeElement === input) render(body);
      })
      .catch(function () {
        /* offline or superseded: the form still submits to the search page */
      });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    var q = input.value;
    if (q.trim().length < minLength) {
      if (controller) controller.abort();
      shownFor = null;
      status.textContent = '';
      open(false);
      return;
    }
    timer = window.setTimeout(function () {
      load(q);
    }, delay);
  });

  input.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.isComposing) return;
    var count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0 || event.altKey) {
          if (count > 0 && event.key === 'ArrowDown') open(true);
          return;
        }
        event.preventDefault();
        var wasOpen = !panel.hidden;
        open(true);
        var down = event.key === 'ArrowDown';
        var from = wasOpen ? active : -1;
        select(down ? (from + 1) % count : from <= 0 ? count - 1 : from - 1);
        return;
      }
      case 'Enter':
        if (!panel.hidden && options[active]) {
          event.preventDefault();
          window.location.assign(options[active].href);
        }
        return;
      case 'Escape':
        // Open: close the list. Closed: the browser's own Escape clears the box.
        if (!panel.hidden) {
          event.preventDefault();
          open(false);
        }
        return;
      case 'Tab':
        open(false);
        return;
      default:
        return;
    }
  });

  // A press on the list keeps the focus (and the caret) in the box; the link's click still goes.
  panel.addEventListener('mousedown', function (event) {
    event.preventDefault();
  });
  input.addEventListener('blur', function () {
    open(false);
  });
  input.addEventListener('focus', function () {
    if (shownFor && input.value.trim().length >= minLength) render(shownFor);
  });
  window.addEventListener('pagehide', function () {
    open(false);
  });
})();
