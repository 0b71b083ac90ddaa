// Perhesilta: keeps the guides' inbox current without a manual reload. The page works fully without this script;
// it only fetches the same page again every 30 seconds, and when the tab regains focus, and swaps in the new list.
(function () {
  "use strict";
  var region = document.getElementById("inbox");
  if (!region || !window.fetch || !window.DOMParser) {
    return;
  }

  var seconds = parseInt(region.getAttribute("data-refresh"), 10) || 30;
  var busy = false;

  function refresh() {
    // Never pull the list from under a guide who is using it (e.g. a focused link in the table).
    if (busy || document.hidden || region.contains(document.activeElement)) {
      return;
    }

    busy = true;
    fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        // A signed-out session answers with the sign-in page; leave the list as it is until a real reload.
        if (!response.ok || response.redirected) {
          return null;
        }

        return response.text();
      })
      .then(function (html) {
        if (!html) {
          return;
        }

        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("inbox");
        if (fresh) {
          region.replaceChildren.apply(region, Array.prototype.slice.call(fresh.childNodes));
        }
      })
      .catch(function () { /* Offline for a moment: the next round tries again. */ })
      .then(function () { busy = false; });
  }

  window.setInterval(refresh, seconds * 1000);
  window.addEventListener("focus", refresh);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden) {
      refresh();
    }
  });
})();
