/**
 * What the playground injects at the top of a sidebar or dialog page in place of Google's
 * own client code: `google.script.run` and `google.script.host`, as documented
 * (https://developers.google.com/apps-script/guides/html/reference/run and .../host):
 * - `google.script.run` has one method per top-level server function; calls are asynchronous
 *   and report to the handlers set by withSuccessHandler / withFailureHandler (each of which
 *   returns a new runner), with withUserObject's object as the handlers' second argument;
 * - arguments must be numbers, booleans, strings, null, or objects and arrays of those: a Date
 *   or a function makes the call fail, and `undefined` inside an array becomes null;
 * - `google.script.host.close()` closes the dialog or sidebar.
 * Calls are POSTed to /api/run as `{ fn, args }` and run by the real dist/Code.js.
 */
export function shimScript(functionNames: readonly string[]): string {
  const names = JSON.stringify([...functionNames]).replace(/</g, '\\u003c');
  return `<script>
(function () {
  var FUNCTIONS = ${names};
  // The page runs in a sandboxed iframe with an opaque origin, as Google's do; it calls back
  // to the playground server by its address (a "simple" request: no CORS preflight).
  var API = '/api/run';
  function illegal(value, seen) {
    if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' || value === undefined) return null;
    if (typeof value === 'function') return 'a function';
    if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
    if (typeof value === 'object') {
      if (seen.indexOf(value) >= 0) return 'a circular reference';
      seen.push(value);
      if (typeof Node !== 'undefined' && value instanceof Node) return 'a DOM element';
      for (var k in value) { if (Object.prototype.hasOwnProperty.call(value, k)) { var bad = illegal(value[k], seen); if (bad) return bad; } }
      seen.pop();
      return null;
    }
    return 'a ' + typeof value;
  }
  function tell(message) { try { window.parent.postMessage(Object.assign({ source: 'career-ladder-panel' }, message), '*'); } catch (e) {} }
  function runner(onSuccess, onFailure, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, onFailure, userObject); },
      withFailureHandler: function (f) { return runner(onSuccess, f, userObject); },
      withUserObject: function (o) { return runner(onSuccess, onFailure, o); }
    };
    FUNCTIONS.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var fail = function (message) {
          var error = new Error(message);
          setTimeout(function () { if (onFailure) onFailure(error, userObject); else console.error(error); }, 0);
        };
        var bad = illegal(args, []);
        if (bad) { fail('Failed due to illegal value in property: ' + bad + ' cannot be passed to the server.'); return; }
        tell({ type: 'call', fn: name });
        fetch(API, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ fn: name, args: args }) })
          .then(function (res) { return res.json(); })
          .then(function (reply) {
            tell({ type: 'ran', fn: name, ok: reply.ok });
            if (reply.ok) { if (onSuccess) onSuccess(reply.value, userObject); }
            else if (onFailure) onFailure(new Error(reply.error), userObject);
            else console.error(reply.error);
          }, function (e) {
            if (onFailure) onFailure(new Error('The playground server did not answer: ' + e.message), userObject);
          });
      };
    });
    return r;
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      close: function () { tell({ type: 'close' }); },
      setHeight: function (h) { tell({ type: 'resize', height: h }); },
      setWidth: function (w) { tell({ type: 'resize', width: w }); },
      editor: { focus: function () { tell({ type: 'focus-editor' }); } }
    }
  } };
  // A link to a document made by the add-on opens it in the playground's document view.
  document.addEventListener('click', function (event) {
    var a = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var m = a && /^https:\\/\\/docs\\.google\\.com\\/document\\/d\\/([^/?#]+)/.exec(a.getAttribute('href') || '');
    if (m) { event.preventDefault(); tell({ type: 'open-doc', id: m[1] }); }
  }, true);
})();
</script>`;
}

/** The page with the shim as the first thing in <head>, before any of the page's own scripts. */
export function injectShim(html: string, functionNames: readonly string[]): string {
  const shim = shimScript(functionNames);
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + shim + html.slice(head.index + head[0].length);
  return shim + html;
}
