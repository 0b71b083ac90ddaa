// Perhesilta: keeps the guides' queue current without a manual reload, and adds keyboard shortcuts. The page works
// fully without this script: it fetches the same address again (so the filters stay) every 30 seconds and when the
// tab regains focus, swaps in the new list, and announces newly arrived contacts politely.
(function () {
  "use strict";
  var region = document.getElementById("queue");
  var announcer = document.getElementById("queue-announcer");
  if (!region) {
    return;
  }

  function codes(root) {
    return Array.prototype.map.call(root.querySelectorAll("tr[data-contact]"), function (row) {
      return row.getAttribute("data-contact");
    });
  }

  // Every contact this page has shown: a row not among them has arrived since.
  var seen = {};
  codes(region).forEach(function (code) { seen[code] = true; });

  function announce(count) {
    if (!announcer || count === 0) {
      return;
    }

    var template = count === 1 ? announcer.getAttribute("data-one") : announcer.getAttribute("data-many");
    announcer.textContent = template.replace("{0}", String(count));
  }

  var seconds = parseInt(region.getAttribute("data-refresh"), 10) || 30;
  var busy = false;

  function refresh() {
    // Never pull the list from under a guide who is using it (e.g. a focused link in the table).
    if (busy || document.hidden || region.contains(document.activeElement) || !window.fetch || !window.DOMParser) {
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
        var fresh = html && new DOMParser().parseFromString(html, "text/html").getElementById("queue");
        if (!fresh || region.contains(document.activeElement)) {
          return;
        }

        var arrived = codes(fresh).filter(function (code) { return !seen[code]; });
        arrived.forEach(function (code) { seen[code] = true; });
        region.replaceChildren.apply(region, Array.prototype.slice.call(fresh.childNodes));
        announce(arrived.length);
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

  // Shortcuts: j and k move between the rows' links (Enter opens one, as any link); n opens the next contact.
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }

    var links = Array.prototype.slice.call(region.querySelectorAll("tr[data-contact] th a"));
    var current = links.indexOf(document.activeElement);
    if (event.key === "j" || event.key === "k") {
      if (links.length === 0) {
        return;
      }

      var index = event.key === "j" ? Math.min(current + 1, links.length - 1) : Math.max(current - 1, 0);
      links[current === -1 ? 0 : index].focus();
      event.preventDefault();
    } else if (event.key === "n") {
      var next = document.getElementById("queue-next");
      if (next) {
        event.preventDefault();
        window.location.assign(next.href);
      }
    }
  });
})();
