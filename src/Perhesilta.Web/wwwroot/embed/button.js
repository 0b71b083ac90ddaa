/* Perhesilta "ask for help" button for a municipality's own web site.
 *
 *   <a href="https://HOST/pyyda-apua?kunta=564" data-perhesilta-apua="564">Pyydä apua</a>
 *   <script src="https://HOST/embed/button.js?v=…" data-kunta="564" data-kieli="fi" defer></script>
 *
 * The link works on its own, without JavaScript. This script only makes it a styled button: it links our stylesheet
 * and sets a class (no inline styles or scripts, so a strict Content-Security-Policy needs only
 * "script-src HOST; style-src HOST"), adds the site's host as the source (lahde) and the language (kieli: fi, sv,
 * en). Without a link to upgrade, it adds one just before itself. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL) {
    return;
  }

  var texts = { fi: "Pyydä apua", sv: "Be om hjälp", en: "Ask for help" };
  var kunta = script.getAttribute("data-kunta") || "";
  if (!/^[0-9]{3}$/.test(kunta)) {
    return;
  }

  var kieli = script.getAttribute("data-kieli");
  if (!Object.prototype.hasOwnProperty.call(texts, kieli)) {
    kieli = "fi";
  }

  var source = new URL(script.src);
  var origin = source.origin;
  var version = source.searchParams.get("v");
  var lahde = script.getAttribute("data-lahde") || window.location.host;

  if (!document.querySelector("link[data-perhesilta-apua]")) {
    var stylesheet = document.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = origin + "/embed/button.css" + (version ? "?v=" + encodeURIComponent(version) : "");
    stylesheet.setAttribute("data-perhesilta-apua", "");
    document.head.appendChild(stylesheet);
  }

  var form = "/pyyda-apua?kunta=" + kunta + (lahde ? "&lahde=" + encodeURIComponent(lahde) : "");
  // The form opens in the chosen language: /language/{code} sets it and returns to the form.
  var href = kieli === "fi" ? origin + form : origin + "/language/" + kieli + "?returnUrl=" + encodeURIComponent(form);

  var links = document.querySelectorAll("a[data-perhesilta-apua='" + kunta + "']");
  if (links.length === 0) {
    var created = document.createElement("a");
    created.setAttribute("data-perhesilta-apua", kunta);
    script.parentNode.insertBefore(created, script);
    links = [created];
  }

  Array.prototype.forEach.call(links, function (link) {
    link.href = href;
    link.textContent = texts[kieli];
    link.lang = kieli;
    link.classList.add("perhesilta-apua-button");
  });
})();
