// The gate every bundle passes before it can ship (scripts/bundle-gate.cjs).
const { checkBundle } = require('../../scripts/bundle-gate.cjs') as { checkBundle: (code: string) => string[] };

describe('bundle gate', () => {
  test.each([
    ['a static class field', 'class A { static x = 1 }'],
    ['optional chaining', 'var a = {}; a?.b;'],
    ['logical assignment', 'var a; a ??= 1;'],
    ['an export', 'export function f() {}'],
    ['an import', 'import x from "y";'],
  ])('rejects %s', (_name, code) => {
    expect(checkBundle(code)[0]).toMatch(/not an ES2019 classic script/);
  });

  test.each(['require("fs")', 'process.exit(1)', 'Buffer.from("x")', 'setTimeout(function () {}, 1)', 'new URL("http://x")'])(
    'rejects the Node-only global in %s',
    (code) => {
      expect(checkBundle(code)[0]).toMatch(/Node-only global/);
    },
  );

  test('accepts ES2019 code whose own names only look like Node globals', () => {
    expect(checkBundle('var o = { require: 1, process: function () {} }; o.process(); var x = o.require;')).toEqual([]);
    expect(checkBundle('var Buffer = 1; Buffer + 1;')).toEqual([]);
  });
});
