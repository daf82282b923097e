// Issue 15 point 6: SidebarApi (ui/api.ts) is derived from main.ts's exports, and MenuCallsMain (ui/api.ts)
// holds the menu's handlers to them, so adding a menu action is one export in main.ts, one item in menuItems
// and one caption in the catalogue. tsc holds the names (the @ts-expect-error lines stop compiling if it no longer does); these
// tests read main.ts and the page, which the types cannot see.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGS } from '../../src/core/lang';
import { messages } from '../../src/i18n';
import { menuItems, type MenuHandler, type MenuItem } from '../../src/actions/menu';
import type { SidebarApi } from '../../src/ui/api';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const MAIN = readFileSync('src/main.ts', 'utf8');
const exported = (prefix: string): string[] => [...MAIN.matchAll(new RegExp(`^export function (${prefix}\\w*)\\(`, 'gm'))].map((m) => m[1]!).sort();

describe('the menu', () => {
  test.each(LANGS)('in %s, calls every menu… export of main.ts once, and nothing else', (lang) => {
    const handlers = menuItems(messages(lang)).flatMap((item) => (item === null ? [] : [item.handler]));
    expect(exported('menu').length).toBeGreaterThan(10);
    expect([...handlers].sort()).toEqual(exported('menu'));
  });

  test.each(LANGS)('in %s, gives every item a caption of its own', (lang) => {
    const captions = menuItems(messages(lang)).flatMap((item) => (item === null ? [] : [item.caption]));
    expect(captions.every((c) => c.trim().length > 0)).toBe(true);
    expect(new Set(captions).size).toBe(captions.length);
  });

  test('tsc refuses an item naming a function main.ts does not export as menu… (the lines below are compile errors)', () => {
    const wrong: MenuItem[] = [
      // @ts-expect-error no menu item calls menuReport (and ui/api.ts MenuCallsMain holds the items to main.ts's exports)
      { caption: 'Report', handler: 'menuReport' },
      // @ts-expect-error onOpen is an export, but not a menu action
      { caption: 'Open', handler: 'onOpen' },
    ];
    const handler: MenuHandler = 'menuCheck';
    expect([...wrong.map((item) => item?.handler), handler]).toHaveLength(3);
  });
});

describe('the check-in page', () => {
  // Every SidebarApi function, and only those: a key missing or extra here is a compile error.
  const api = { sidebarLoad: true, sidebarCheckIn: true } satisfies Record<keyof SidebarApi, true>;

  test('calls exactly the sidebar… exports of main.ts through google.script.run', () => {
    const page = readFileSync('src/ui/checkin.html', 'utf8');
    const called = [...new Set([...page.matchAll(/\bcall\('(\w+)'/g)].map((m) => m[1]!))].sort();
    expect(called).toEqual(Object.keys(api).sort());
    expect(exported('sidebar')).toEqual(Object.keys(api).sort());
  });

  test('tsc refuses a function main.ts does not export as sidebar… (the line below is a compile error)', () => {
    // @ts-expect-error main.ts exports no sidebarDelete
    const wrong: keyof SidebarApi = 'sidebarDelete';
    expect(wrong).toBe('sidebarDelete');
  });
});

describe('main.ts', () => {
  // MenuHandler and SidebarApi read main.ts's types. A value import would be a cycle through the bundle's
  // entry (main.ts imports actions/menu.ts), whose bindings are still undefined while the cycle loads.
  const importsOfMain = (file: string): string[] =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => {
        const target = /^\s*(?:import|export)\b[^'"]*from\s+['"](\.[^'"]*)['"]/.exec(line)?.[1];
        return target !== undefined && join(dirname(file), target) === join('src', 'main');
      });

  test('is imported by the one module that derives types from it (which main.ts does not import)', () => {
    const importers = sources('src')
      .filter((f) => importsOfMain(f).length > 0)
      .sort();
    expect(importers).toEqual([join('src', 'ui', 'api.ts')]);
  });

  test('is imported for its types only', () => {
    const valueImports = sources('src').flatMap((f) =>
      importsOfMain(f)
        .filter((line) => !/^\s*import type\b/.test(line))
        .map((line) => `${f}: ${line}`),
    );
    expect(valueImports).toEqual([]);
  });
});
