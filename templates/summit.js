/* mkdocs-summit: small enhancements; every page works without them.
 *  - claims tables: filter by status and event, sort by any column;
 *  - article pages: the excerpt named in the address (#ev-…) is highlighted;
 *  - from file://, links to folders (claims/x/) open their index.html.
 */
(function () {
  "use strict";

  function text(n) { return (n || 0).toLocaleString("en-US"); }

  function setupTable(table) {
    var tbody = table.tBodies[0];
    if (!tbody) return;
    var form = table.previousElementSibling;
    if (form && form.hasAttribute("data-summit-filters")) {
      form.hidden = false;
      var output = form.querySelector("output");
      var apply = function () {
        var status = form.elements.status ? form.elements.status.value : "";
        var event = form.elements.event ? form.elements.event.value : "";
        var shown = 0;
        Array.prototype.forEach.call(tbody.rows, function (row) {
          var ok = (!status || row.dataset.status === status) && (!event || row.dataset.event === event);
          row.hidden = !ok;
          if (ok) shown++;
        });
        if (output) output.textContent = "المعروض: " + text(shown) + " من " + text(tbody.rows.length);
      };
      form.addEventListener("change", apply);
      form.addEventListener("submit", function (ev) { ev.preventDefault(); });
      apply();
    }
    Array.prototype.forEach.call(table.querySelectorAll("[data-sort-col]"), function (button) {
      button.addEventListener("click", function () {
        var col = +button.getAttribute("data-sort-col");
        var th = button.parentNode;
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(table.querySelectorAll("th"), function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-sort") || "", y = b.cells[col].getAttribute("data-sort") || "";
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, "ar");
          return c * dir;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
  }

  function markTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    Array.prototype.forEach.call(document.querySelectorAll(".summit-evidence-mark--target"), function (m) {
      m.classList.remove("summit-evidence-mark--target");
    });
    if (!id) return;
    var marks = document.querySelectorAll(".summit-evidence-mark[data-anchors]");
    Array.prototype.forEach.call(marks, function (m) {
      if (m.getAttribute("data-anchors").split(" ").indexOf(id) >= 0) m.classList.add("summit-evidence-mark--target");
    });
  }

  function fileLinks() {
    if (location.protocol !== "file:") return;
    document.addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest("a[href]");
      if (!a || a.target || a.hasAttribute("download")) return;
      var url = new URL(a.href, location.href);
      if (url.protocol === "file:" && url.pathname.slice(-1) === "/") {
        url.pathname += "index.html";
        ev.preventDefault();
        location.href = url.href;
      }
    }, true);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-summit-table]"), setupTable);
    markTarget();
  }

  fileLinks();
  window.addEventListener("hashchange", markTarget);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
