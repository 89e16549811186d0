/* mkdocs-summit: Arabic search folding for mkdocs-material.
 *
 * The site's search index carries, next to each page's title and text as
 * written, their folded "search keys" (fields ftitle/ftext, written at build
 * time by mkdocs_summit_plugin/search.py). This script folds what the reader
 * types the same way before the query reaches material's search worker, so
 * "السفراء", "السُّفَراء", "والسفراء" or "٤" find what "السفراء" or "4" find.
 * SUMMIT_SEARCH (the character table and clitic lists) is emitted from the
 * Python side at build time; nothing here is a second copy of those rules.
 */
(function (root) {
  "use strict";
  var T = root.SUMMIT_SEARCH;
  if (!T) return;
  var inwordDot = new RegExp(T.inwordDot, "g");
  var arabicWord = new RegExp("^[" + T.letters + "]+$");
  var word = /[\p{L}\p{N}]+/gu;

  function fold(text) {
    var out = "";
    for (var ch of String(text).replace(inwordDot, "")) {
      var rep = T.fold[ch];
      out += rep === undefined ? ch : rep;
    }
    return out;
  }

  function stem(w) {
    if (!arabicWord.test(w)) return w;
    var i, stripped = false;
    for (i = 0; i < T.prefixes.length; i++) {
      var p = T.prefixes[i];
      if (w.startsWith(p) && w.length - p.length >= T.minStem) {
        w = w.slice(p.length);
        stripped = true;
        break;
      }
    }
    if (!stripped) {
      for (i = 0; i < T.conjunctions.length; i++) {
        var c = T.conjunctions[i];
        if (w.startsWith(c) && w.length > 3) {
          w = w.slice(c.length);
          break;
        }
      }
    }
    for (i = 0; i < T.suffixes.length; i++) {
      var s = T.suffixes[i];
      if (w.endsWith(s) && w.length - s.length >= T.minStem) w = w.slice(0, -s.length);
    }
    return w;
  }

  function searchKeys(text) {
    return fold(text).toLowerCase().match(word) || [];
  }

  function keys(text) {
    return searchKeys(text).map(stem);
  }

  /* The query as the index's folded fields expect it: one key per word. */
  function query(text) {
    return keys(text).join(" ");
  }

  root.summitSearch = { fold: fold, stem: stem, keys: keys, query: query };

  /* material's search runs in a web worker; a query travels as
     postMessage({type: 2 (QUERY), data: "<what the reader typed>"}). */
  var W = root.Worker;
  if (W && W.prototype && !W.prototype.__summitFolded) {
    var post = W.prototype.postMessage;
    W.prototype.postMessage = function (message) {
      if (message && message.type === 2 && typeof message.data === "string") {
        var args = Array.prototype.slice.call(arguments);
        args[0] = { type: 2, data: query(message.data) };
        return post.apply(this, args);
      }
      return post.apply(this, arguments);
    };
    W.prototype.__summitFolded = true;
  }
})(typeof window !== "undefined" ? window : globalThis);
