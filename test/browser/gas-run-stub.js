// google.script.run as HtmlService gives it to a page, routed to window.__gasCall (exposed by the test,
// which calls the vm-loaded bundle). Calls are asynchronous and return nothing; arguments and results are
// serialized, and Dates or functions are refused, as in
// https://developers.google.com/apps-script/guides/html/communication
(() => {
  function makeRunner(state) {
    const base = {
      withSuccessHandler: (f) => makeRunner({ ...state, ok: f }),
      withFailureHandler: (f) => makeRunner({ ...state, fail: f }),
      withUserObject: (o) => makeRunner({ ...state, user: o }),
    };
    return new Proxy(base, {
      get(target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string' || name.endsWith('_')) return undefined;
        return (...args) => {
          for (const a of args) {
            if (a instanceof Date || typeof a === 'function') throw new Error('Failed due to illegal value in property: 0');
          }
          window.__gasCall(name, JSON.stringify(args)).then((text) => {
            const reply = JSON.parse(text);
            if (reply.error !== undefined) {
              if (state.fail) state.fail(Object.assign(new Error(reply.error), { name: 'ScriptError' }), state.user);
            } else if (state.ok) {
              state.ok(reply.value, state.user);
            }
          });
        };
      },
    });
  }
  window.google = { script: { run: makeRunner({}), host: { close() { window.__closed = true; }, editor: { focus() {} } } } };
})();
