// Search as you type on the search page (progressive enhancement: the form works without it).
// Fetches the same page for the query typed so far and swaps in its results region.
(function () {
  'use strict';
  var input = document.querySelector('[data-search-live]');
  var region = document.getElementById('search-results');
  var status = document.getElementById('search-live-status');
  if (!input || !region || !window.fetch || !window.DOMParser) return;
  var form = input.form;
  var timer = 0;
  var latest = 0;

  function update() {
    var params = new URLSearchParams(new FormData(form));
    params.delete('page');
    var url = form.action + '?' + params.toString();
    var ticket = ++latest;
    fetch(url, { headers: { Accept: 'text/html' } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html === null || ticket !== latest) return;
        var next = new DOMParser()
          .parseFromString(html, 'text/html')
          .getElementById('search-results');
        if (!next) return;
        region.innerHTML = next.innerHTML;
        history.replaceState(null, '', url);
        // The count (or "no results"), not the whole list, is what a screen reader hears.
        var summary = region.querySelector('.result-count, .search-none p, .search-empty .lead');
        if (status && summary) status.textContent = summary.textContent;
      })
      .catch(function () {
        /* offline or aborted: the submit button still works */
      });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 200);
  });
})();
