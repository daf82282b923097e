// The shipped build/Code.js in a bare vm context: what Apps Script sees is what is tested.
import vm from 'node:vm';
import { ADMIN, builtBundle, bundleRuntime } from '../support/bundle';

const { code } = builtBundle();

function exportedNames(): string[] {
  return [...code.matchAll(/^function (\w+)\(\.\.\.args\) \{ return OKR_\.\w+\(\.\.\.args\); \}$/gm)].map((m) => m[1]!);
}

describe('the bundle', () => {
  test('declares one top-level function per entry point and nothing else global but its namespace', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const globals = Object.keys(context).sort();
    expect(globals).toEqual(['OKR_', ...exportedNames()].sort());
    for (const name of exportedNames()) expect(typeof context[name]).toBe('function');
  });

  test('keeps internals private', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    for (const internal of ['readWorkbook', 'parseAmount', 'withDocumentLock', 'computeKrStates', 'services']) {
      expect(vm.runInContext(`typeof ${internal}`, context)).toBe('undefined');
    }
  });

  test('runs without any Node global: require, process, Buffer and timers are absent', () => {
    const rt = bundleRuntime();
    for (const name of ['require', 'process', 'Buffer', 'setTimeout', 'module']) expect(rt.global(name)).toBeUndefined();
    expect(() => rt.open(ADMIN)).not.toThrow();
  });

  test('every menu item names a global function of the bundle', () => {
    const rt = bundleRuntime();
    rt.open(ADMIN);
    const menu = rt.ui.menus[0]!;
    const handlers = menu.items.flatMap((item) => ('functionName' in item ? [item.functionName] : []));
    expect(handlers.length).toBeGreaterThan(3);
    for (const handler of handlers) expect(typeof rt.global(handler)).toBe('function');
  });

  test('onOpen builds the menu in a simple trigger, without authorization', () => {
    const rt = bundleRuntime();
    rt.open(ADMIN);
    expect(rt.ui.menus.map((m) => m.caption)).toEqual(['OKR']);
    expect(rt.mail.outbox).toEqual([]);
  });
});
