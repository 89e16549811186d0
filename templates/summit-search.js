/* mkdocs-summit: Arabic search folding for mkdocs-material.
 *
 * Prepended at build time to material's search worker
 * (assets/javascripts/workers/search.*.min.js) by mkdocs_summit_plugin/search.py.
 * Index terms and query terms are both reduced to the same "search keys":
 * folded (diacritics, alef/hamza forms, ya/alef maqsura, teh marbuta, tatweel,
 * in-word dots, Eastern digits) and stripped of the article, common proclitics
 * and suffixes, so "السفراء", "السُّفَراء", "والسفراء" or "٤" find what
 * "السفراء" or "4" find. SUMMIT_SEARCH (the character table and clitic lists)
 * is emitted from the Python side (normalise.py, search.py); nothing here is a
 * second copy of those rules, and tests/test_search.py checks both give the
 * same keys.
 */
(function (root) {
  "use strict";
  var T = typeof SUMMIT_SEARCH !== "undefined" ? SUMMIT_SEARCH : root.SUMMIT_SEARCH;
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

  /* Inside material's search worker (this file is prepended to it at build
     time): index every token of title and text by its search keys (the
     token keeps its position, so results still show and highlight the text
     as written), and fold each query the same way before it is parsed.
     Messages: {type: 0 (SETUP), data: index} and {type: 2 (QUERY), data: "…"}. */
  function foldToken(token) {
    var ks = keys(token.toString());
    return ks.map(function (k) { return token.clone(function () { return k; }); });
  }

  function patchLunr(lunr) {
    if (!lunr || !lunr.Builder || lunr.Builder.prototype.__summitAdd) return;
    lunr.Pipeline.registerFunction(foldToken, "summitFold");
    var add = lunr.Builder.prototype.add;
    lunr.Builder.prototype.__summitAdd = add;
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (!this.__summitFolding) {
        this.pipeline.add(foldToken);
        this.__summitFolding = true;
      }
      return add.call(this, doc, attributes);
    };
  }

  if (typeof root.addEventListener === "function" && !root.__summitHooked) {
    root.__summitHooked = true;
    var addEventListener = root.addEventListener;
    root.addEventListener = function (type, listener, options) {
      if (type === "message" && typeof listener === "function") {
        var inner = listener;
        listener = function (ev) {
          var m = ev && ev.data;
          if (m && m.type === 0) patchLunr(root.lunr);
          if (m && m.type === 2 && typeof m.data === "string")
            return inner.call(this, { data: { type: 2, data: query(m.data) } });
          return inner.apply(this, arguments);
        };
      }
      return addEventListener.call(this, type, listener, options);
    };
  }
})(typeof self !== "undefined" ? self : globalThis);
