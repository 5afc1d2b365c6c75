// Test instrumentation, loaded first: counts the window listeners that are live, so a test can
// check that removing an atlas leaves none behind.
(function () {
  var live = new Map();
  var add = window.addEventListener;
  var remove = window.removeEventListener;
  function key(type, options) {
    var capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    return type + (capture ? ':capture' : '');
  }
  window.addEventListener = function (type, listener, options) {
    if (listener) {
      var k = key(type, options);
      if (!live.has(k)) live.set(k, new Set());
      live.get(k).add(listener);
    }
    return add.call(this, type, listener, options);
  };
  window.removeEventListener = function (type, listener, options) {
    var set = live.get(key(type, options));
    if (set) set.delete(listener);
    return remove.call(this, type, listener, options);
  };
  window.__liveListeners = function () {
    var out = {};
    live.forEach(function (set, k) {
      if (set.size > 0) out[k] = set.size;
    });
    return out;
  };
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
})();
