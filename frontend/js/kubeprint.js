// Relative ages ("12 s ago") are computed here, not on the server, so a panel's content only changes
// when its data does and unchanged panels keep answering 204.
(function () {
  "use strict";
  function ago(seconds) {
    if (seconds < 90) return Math.round(seconds) + " s";
    if (seconds < 5400) return Math.round(seconds / 60) + " min";
    if (seconds < 172800) return Math.round(seconds / 3600) + " h";
    return Math.round(seconds / 86400) + " d";
  }
  function refreshAges() {
    document.querySelectorAll("time[data-age]").forEach(function (el) {
      var t = Date.parse(el.getAttribute("datetime"));
      if (isNaN(t)) return;
      var text = el.getAttribute("data-absolute") || el.textContent;
      el.setAttribute("data-absolute", text);
      var shown = text + " (" + ago(Math.max(0, (Date.now() - t) / 1000)) + ")";
      if (el.textContent !== shown) el.textContent = shown;
    });
  }
  document.addEventListener("DOMContentLoaded", refreshAges);
  // On swap, not on settle: settling waits for a later task, so the browser would first paint the bare time and
  // then widen it, and Chromium records every such move as a layout shift and keeps the last 150 all day.
  document.addEventListener("htmx:afterSwap", refreshAges);
  setInterval(refreshAges, 1000);
})();
// The wall: a clock in the viewer's own time, and a screen whose request for the next failed asks again after
// the same delay rather than staying on one screen forever (htmx does not retry a failed load by itself).
(function () {
  "use strict";
  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function tick() {
    var now = new Date();
    var text = pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds());
    document.querySelectorAll("[data-clock]").forEach(function (el) {
      el.textContent = text;
      el.setAttribute("datetime", now.toISOString());
    });
  }
  function retry(e) {
    var screen = e.detail && e.detail.elt;
    if (screen && screen.id === "wall-screen" && window.htmx) window.htmx.trigger(screen, "retry");
  }
  document.addEventListener("DOMContentLoaded", tick);
  document.addEventListener("htmx:responseError", retry);
  document.addEventListener("htmx:sendError", retry);
  setInterval(tick, 1000);
})();
// Access that ends while a page is open. The server tells a refresh why it was refused (HX-Trigger) before htmx
// follows its HX-Redirect or HX-Refresh: a page whose sign-in ended says it is signing in again and greys its
// panels; a wall or embed whose viewer token ended drops every panel, so no old number stays on screen as if
// current, and says that access ended. The words come from the page's own <meta>, in its language.
(function () {
  "use strict";
  function say(name, cls) {
    if (document.querySelector("." + cls)) return;
    var meta = document.querySelector('meta[name="' + name + '"]');
    var div = document.createElement("div");
    div.className = cls;
    div.setAttribute("role", "alert");
    div.textContent = meta ? meta.getAttribute("content") : name;
    document.body.insertBefore(div, document.body.firstChild);
  }
  // Once the reader signs out, the page's refreshes stop and their answers are dropped: a refresh refused on the
  // way out would otherwise send the page back to sign-in, over the sign-out's own way to the issuer.
  var leaving = false;
  document.addEventListener("submit", function (e) {
    if (e.target.matches("form.sign-out")) leaving = true;
  });
  document.addEventListener("htmx:beforeRequest", function (e) { if (leaving) e.preventDefault(); });
  document.addEventListener("htmx:beforeOnLoad", function (e) { if (leaving) e.preventDefault(); });
  document.addEventListener("kubeprint-session-ended", function () {
    document.body.classList.add("signing-in");
    say("kubeprint-session-ended", "session-banner");
  });
  document.addEventListener("kubeprint-access-ended", function () {
    document.querySelectorAll(".panel, [hx-get], [hx-trigger]").forEach(function (el) { el.remove(); });
    say("kubeprint-access-ended", "access-ended");
  });
})();
// The node grid names healthy tiles as data, not markup: the tile under the pointer is looked up by position,
// shown beside the group's caption, and a click finds that node in the (server-filtered) table. A swapped-in
// table page with data-page-url puts its query in the address bar, so what is shown stays bookmarkable.
(function () {
  "use strict";
  function nodeAt(svg, e) {
    var names = svg.getAttribute("data-names");
    var ctm = svg.getScreenCTM();
    if (!names || !ctm) return null;
    var p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    var tile = +svg.getAttribute("data-tile"), columns = +svg.getAttribute("data-columns");
    var col = Math.floor(p.x / tile), row = Math.floor(p.y / tile);
    if (col < 0 || col >= columns || row < 0) return null;
    return names.split(" ")[row * columns + col] || null;
  }
  document.addEventListener("mousemove", function (e) {
    var svg = e.target.closest && e.target.closest("svg.node-grid[data-names]");
    if (!svg) return;
    var out = svg.closest("figure").querySelector(".grid-pointer");
    if (out) out.textContent = nodeAt(svg, e) || "";
  });
  document.addEventListener("click", function (e) {
    var svg = e.target.closest && e.target.closest("svg.node-grid[data-names]");
    if (!svg || e.target.closest("a")) return;
    var name = nodeAt(svg, e);
    if (name) window.location.href = svg.getAttribute("data-href") + "?q=" + encodeURIComponent(name) + "#node-" + name;
  });
  document.addEventListener("htmx:afterSettle", function () {
    var page = document.querySelector("[data-page-url]");
    if (!page) return;
    var url = page.getAttribute("data-page-url") + window.location.hash;
    if (url !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, "", url);
    }
  });
})();
// Chromium keeps a timing entry for every request, up to 250, for scripts that ask for them; none here does, and a
// page that refreshes all day would hold a full buffer for ever.
// Cleared after every request, answered 204 or not (an entry may land just after; the next request clears it).
document.addEventListener("htmx:afterRequest", function () {
  "use strict";
  if (window.performance && performance.clearResourceTimings) performance.clearResourceTimings();
});
