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
      el.textContent = text + " (" + ago(Math.max(0, (Date.now() - t) / 1000)) + ")";
    });
  }
  document.addEventListener("DOMContentLoaded", refreshAges);
  document.addEventListener("htmx:afterSettle", refreshAges);
  setInterval(refreshAges, 1000);
})();
