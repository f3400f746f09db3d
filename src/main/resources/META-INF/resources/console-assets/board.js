// The board refreshes its content every 10 s without reloading the page: it fetches the server's HTML fragment
// (escaped by the server's templates) and swaps it in. A gone session answers 499: the page reloads to sign in.
(function () {
  'use strict';
  var board = document.getElementById('board');
  var status = document.getElementById('refresh-status');
  if (!board) {
    return;
  }
  function show(stale) {
    status.classList.toggle('stale', stale);
    status.textContent = status.getAttribute(stale ? 'data-stale' : 'data-ok');
  }
  function refresh() {
    fetch(board.getAttribute('data-src'), {
      credentials: 'same-origin', cache: 'no-store', headers: { 'X-Requested-With': 'JavaScript' }
    }).then(function (response) {
      if (response.status === 499 || response.status === 401) {
        window.location.reload();
        return null;
      }
      if (!response.ok) {
        throw new Error('board answered ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      if (html !== null) {
        board.innerHTML = html;
        board.setAttribute('data-refreshed', String(Date.now()));
        show(false);
      }
    }).catch(function () {
      show(true);
    });
  }
  window.setInterval(refresh, 10000);
})();
