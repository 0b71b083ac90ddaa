// Perhesilta: keyboard shortcuts of the contact page. Every shortcut does what a link or button on the page does, so
// the page works the same without this script; the list of shortcuts is shown only when they work.
(function () {
  "use strict";
  var help = document.getElementById("shortcuts");
  if (!help) {
    return;
  }

  help.hidden = false;
  var pendingG = false;

  // Typing in a form is never taken for a shortcut.
  function isTyping(target) {
    if (!target || !target.tagName) {
      return false;
    }

    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function activate(key) {
    var element = document.querySelector("[data-shortcut='" + key + "']");
    if (!element) {
      return false;
    }

    element.click();
    return true;
  }

  function backToQueue() {
    var back = document.getElementById("back-to-queue");
    window.location.href = back ? back.href : "/desk";
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }

    if (event.key === "Escape") {
      backToQueue();
      return;
    }

    if (pendingG) {
      pendingG = false;
      if (event.key === "q") {
        event.preventDefault();
        backToQueue();
      }

      return;
    }

    if (event.key === "g") {
      pendingG = true;
      window.setTimeout(function () { pendingG = false; }, 1500);
      return;
    }

    if ((event.key === "c" || event.key === "a" || event.key === "m") && activate(event.key)) {
      event.preventDefault();
    }
  });
})();
