// Progressive enhancement of the article editor (the form works without it): language tabs,
// a small Markdown toolbar, a live preview rendered by the server, and autosave of drafts.
(function () {
  'use strict';
  var form = document.getElementById('article-form');
  if (!form) return;
  var lang = document.documentElement.lang || 'fr';
  // The words come from the server's messages, in the admin's language.
  var words = JSON.parse(form.getAttribute('data-words') || '{}');
  var csrfInput = form.querySelector('input[name="_csrf"]');
  var csrf = csrfInput ? csrfInput.value : '';

  // --- tabs ------------------------------------------------------------------------------
  var tabLinks = Array.prototype.slice.call(form.querySelectorAll('.editor-tabs a[data-tab]'));
  var panels = Array.prototype.slice.call(form.querySelectorAll('[data-tabpanel]'));
  if (tabLinks.length > 1) {
    var list = form.querySelector('.editor-tabs ul');
    list.setAttribute('role', 'tablist');
    // A tablist is named too: the same words as the navigation it replaces.
    list.setAttribute('aria-label', form.querySelector('.editor-tabs').getAttribute('aria-label'));
    var select = function (code, focus) {
      tabLinks.forEach(function (a) {
        var on = a.getAttribute('data-tab') === code;
        a.setAttribute('aria-selected', on ? 'true' : 'false');
        a.setAttribute('tabindex', on ? '0' : '-1');
        if (on && focus) a.focus();
      });
      panels.forEach(function (p) {
        p.hidden = p.getAttribute('data-tabpanel') !== code;
      });
    };
    tabLinks.forEach(function (a, i) {
      var code = a.getAttribute('data-tab');
      a.setAttribute('role', 'tab');
      a.id = 'tab-' + code;
      a.setAttribute('aria-controls', 'lang-' + code);
      a.parentNode.setAttribute('role', 'presentation');
      a.addEventListener('click', function (e) {
        e.preventDefault();
        select(code, false);
      });
      a.addEventListener('keydown', function (e) {
        var next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
        if (next === null) return;
        e.preventDefault();
        var target = tabLinks[(next + tabLinks.length) % tabLinks.length];
        select(target.getAttribute('data-tab'), true);
      });
    });
    panels.forEach(function (p) {
      p.setAttribute('role', 'tabpanel');
      p.setAttribute('aria-labelledby', 'tab-' + p.getAttribute('data-tabpanel'));
    });
    // Open the tab holding the first error, else the first one.
    var firstError = form.querySelector('[data-tabpanel] .has-error');
    var start = firstError ? firstError.closest('[data-tabpanel]') : panels[0];
    select(start.getAttribute('data-tabpanel'), false);
  }

  // --- toolbar and preview ---------------------------------------------------------------
  var wrap = function (area, before, after, placeholder) {
    var s = area.selectionStart;
    var e = area.selectionEnd;
    var text = area.value.slice(s, e) || placeholder;
    area.setRangeText(before + text + after, s, e, 'end');
    area.focus();
    area.dispatchEvent(new Event('input', { bubbles: true }));
  };
  var linePrefix = function (area, prefix) {
    var s = area.selectionStart;
    var lineStart = area.value.lastIndexOf('\n', s - 1) + 1;
    area.setRangeText(prefix, lineStart, lineStart, 'end');
    area.focus();
    area.dispatchEvent(new Event('input', { bubbles: true }));
  };
  Array.prototype.forEach.call(form.querySelectorAll('textarea[data-markdown]'), function (area) {
    var bar = document.createElement('div');
    bar.className = 'editor-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', words.toolbar);
    bar.setAttribute('aria-controls', area.id);
    var tools = [
      [
        'bold',
        'B',
        function () {
          wrap(area, '**', '**', words.bold);
        },
      ],
      [
        'italic',
        'I',
        function () {
          wrap(area, '*', '*', words.italic);
        },
      ],
      [
        'heading',
        'H2',
        function () {
          linePrefix(area, '## ');
        },
      ],
      [
        'link',
        'URL',
        function () {
          wrap(area, '[', '](https://)', words.link);
        },
      ],
      [
        'list',
        '•',
        function () {
          linePrefix(area, '- ');
        },
      ],
      [
        'quote',
        '❝',
        function () {
          linePrefix(area, '> ');
        },
      ],
    ];
    tools.forEach(function (tool) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'admin-small-button';
      b.textContent = tool[1];
      b.setAttribute('aria-label', tool[1] + ' – ' + words[tool[0]]);
      b.title = words[tool[0]];
      b.addEventListener('click', tool[2]);
      bar.appendChild(b);
    });
    area.parentNode.insertBefore(bar, area);

    var preview = document.createElement('div');
    preview.className = 'editor-preview article-body';
    preview.id = area.id + '-preview';
    preview.setAttribute('aria-live', 'polite');
    preview.setAttribute('lang', area.getAttribute('lang') || lang);
    var heading = document.createElement('p');
    heading.className = 'editor-preview-title';
    heading.textContent = words.preview;
    area.parentNode.appendChild(heading);
    area.parentNode.appendChild(preview);
    var timer = null;
    var render = function () {
      var body = new URLSearchParams();
      body.set('markdown', area.value);
      body.set('_csrf', csrf);
      fetch(form.getAttribute('data-preview-url'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrf },
        body: body,
        credentials: 'same-origin',
      })
        .then(function (r) {
          return r.ok ? r.text() : '';
        })
        // The server returns sanitised HTML (marked + allow-list sanitiser), as the public page.
        .then(function (html) {
          if (html) preview.innerHTML = html;
          else preview.textContent = words.previewEmpty;
        })
        .catch(function () {});
    };
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(render, 600);
    });
    render();
  });

  // --- autosave --------------------------------------------------------------------------
  var autosaveUrl = form.getAttribute('data-autosave-url');
  var status = document.getElementById('autosave-status');
  if (autosaveUrl && status) {
    var dirty = false;
    var stopped = false;
    form.addEventListener('input', function () {
      dirty = true;
    });
    form.addEventListener('change', function () {
      dirty = true;
    });
    setInterval(function () {
      if (!dirty || stopped) return;
      dirty = false;
      fetch(autosaveUrl, {
        method: 'POST',
        headers: { 'X-CSRF-Token': csrf, Accept: 'application/json' },
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      })
        .then(function (r) {
          if (r.status === 409) {
            stopped = true;
            status.textContent = words.conflict;
            return;
          }
          if (!r.ok) throw new Error(String(r.status));
          return r.json().then(function (data) {
            var time = new Date(data.savedAt).toLocaleTimeString(lang, {
              hour: '2-digit',
              minute: '2-digit',
            });
            status.textContent = words.saved.replace('{time}', time);
          });
        })
        .catch(function () {
          dirty = true;
          status.textContent = words.failed;
        });
    }, 20000);
  }
})();
