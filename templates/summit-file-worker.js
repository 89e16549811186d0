/* mkdocs-summit: let material's search run when the site is opened from file://.
 *
 * Browsers refuse `new Worker("file:///…")`. Loaded before material's bundle
 * (as a "polyfill"), this replaces Worker, for file:// pages only, with a
 * stand-in that runs the same worker script in a hidden same-origin iframe
 * and passes messages both ways. Nothing is fetched from outside the site.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  function FileWorker(url) {
    var page = this;
    this.onmessage = null;
    this._listeners = [];
    this._queue = [];
    this._ready = false;
    var inside = [];
    var iframe = document.createElement("iframe");
    iframe.hidden = true;
    iframe.setAttribute("aria-hidden", "true");
    iframe.tabIndex = -1;
    (document.body || document.documentElement).appendChild(iframe);
    var w = iframe.contentWindow;
    w.addEventListener = function (type, fn) { if (type === "message") inside.push(fn); };
    w.postMessage = function (data) {
      setTimeout(function () {
        var ev = { data: data, target: page };
        if (typeof page.onmessage === "function") page.onmessage(ev);
        page._listeners.slice().forEach(function (fn) { fn.call(page, ev); });
      }, 0);
    };
    w.importScripts = function () {
      throw new Error("mkdocs-summit: importScripts is not available to the search worker under file://");
    };
    this._deliver = function (data) {
      setTimeout(function () { inside.forEach(function (fn) { fn.call(w, { data: data }); }); }, 0);
    };
    var script = w.document.createElement("script");
    script.src = new URL(url, location.href).href;
    script.onload = function () {
      page._ready = true;
      page._queue.splice(0).forEach(page._deliver);
    };
    (w.document.head || w.document.documentElement).appendChild(script);
  }
  FileWorker.prototype.postMessage = function (data) {
    if (this._ready) this._deliver(data);
    else this._queue.push(data);
  };
  FileWorker.prototype.addEventListener = function (type, fn) {
    if (type === "message" && fn) this._listeners.push(fn);
  };
  FileWorker.prototype.removeEventListener = function (type, fn) {
    this._listeners = this._listeners.filter(function (f) { return f !== fn; });
  };
  FileWorker.prototype.terminate = function () { this._listeners = []; };
  window.Worker = FileWorker;
})();
