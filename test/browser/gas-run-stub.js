// google.script.run as HtmlService gives it to a page, routed to window.__gasCall (exposed by the test,
// which calls the vm-loaded bundle). Calls are asynchronous and return nothing. Arguments and results may
// only be primitives, null, and plain objects and arrays of them: "Requests fail if you attempt to pass a
// Date, Function, DOM element besides a form, or other prohibited type, including prohibited types inside
// objects or arrays" (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values).
// Where the guide is silent (undefined or NaN inside a container, class instances, cycles) the stricter
// answer is taken: refused. A form is legal only as a parameter, where it becomes an object of its fields.
// The test side marks what JSON would hide in a result as { __gasIllegal: kind } (harness.ts).
(() => {
  /** The path and kind of the first prohibited value inside `value`, or null. */
  function illegalIn(value, path, seen) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
    if (typeof value === 'number') return Number.isFinite(value) ? null : { path, kind: String(value) };
    if (value === undefined) return { path, kind: 'undefined' };
    if (typeof value !== 'object') return { path, kind: typeof value };
    if (value instanceof Date) return { path, kind: 'Date' };
    if (typeof Node !== 'undefined' && value instanceof Node) return { path, kind: 'DOM element' };
    if (typeof value.__gasIllegal === 'string') return { path, kind: value.__gasIllegal };
    if (seen.includes(value)) return { path, kind: 'cycle' };
    const proto = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return { path, kind: 'object of a class' };
    for (const key of Object.keys(value)) {
      const found = illegalIn(value[key], path === '' ? key : `${path}.${key}`, seen.concat([value]));
      if (found) return found;
    }
    return null;
  }

  /** What the page sends for a form: its named fields (files are not emulated). */
  function formFields(form) {
    const fields = {};
    for (const element of Array.from(form.elements)) {
      if (!element.name || element.disabled) continue;
      if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) continue;
      if (element.type === 'file') throw new Error('not emulated: a file input in a form sent through google.script.run');
      fields[element.name] = element.value;
    }
    return fields;
  }

  // The wording scripts report for a Date argument; the kind found is not part of it.
  const illegalError = (found) => new Error(`Failed due to illegal value in property: ${found.path}`);

  function makeRunner(state) {
    const base = {
      withSuccessHandler: (f) => makeRunner({ ...state, ok: f }),
      withFailureHandler: (f) => makeRunner({ ...state, fail: f }),
      withUserObject: (o) => makeRunner({ ...state, user: o }),
    };
    const fail = (error) => {
      if (state.fail) state.fail(Object.assign(error, { name: 'ScriptError' }), state.user);
    };
    return new Proxy(base, {
      get(target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string' || name.endsWith('_')) return undefined;
        return (...args) => {
          const sent = args.map((a) => (typeof HTMLFormElement !== 'undefined' && a instanceof HTMLFormElement ? formFields(a) : a));
          const found = illegalIn(sent, '', []);
          if (found) throw illegalError(found);
          window.__gasCall(name, JSON.stringify(sent)).then((text) => {
            const reply = JSON.parse(text);
            if (reply.error !== undefined) return fail(new Error(reply.error));
            const illegal = illegalIn(reply.value, '', []);
            if (illegal) return fail(illegalError(illegal));
            if (state.ok) state.ok(reply.value, state.user);
          });
        };
      },
    });
  }
  window.google = {
    script: {
      run: makeRunner({}),
      host: {
        close() {
          window.__closed = true;
        },
        editor: { focus() {} },
      },
    },
  };
})();
