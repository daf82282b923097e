// DESIGN.md §3: dependencies point inward. Read from the import lines of the sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const APPS_SCRIPT_GLOBALS = /(?<![.\w])(SpreadsheetApp|MailApp|ScriptApp|PropertiesService|LockService|CacheService|Session|Utilities|HtmlService|Logger)\s*\./;

describe('layout', () => {
  // Issue 15, point 5: the canonical values (choices, tabs, settings, languages, Looker headers, cycle periods) are
  // core's, and i18n, which words them, imports core. Core imports only core: no i18n, and nothing further out.
  test.each(sources('src/core'))('%s imports no i18n module, only core', (file) => {
    // Resolved, so that neither '../i18n/x' nor './../i18n/x' slips through.
    expect(imports(file).filter((target) => relative('src/core', join(file, '..', target)).startsWith('..'))).toEqual([]);
  });

  test('no import circle runs through i18n', () => {
    const files = [...sources('src/core'), ...sources('src/i18n')];
    const resolve = (from: string, target: string): string => {
      const path = join(from, '..', target);
      return files.includes(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts');
    };
    const next = new Map(
      files.map((file) => [
        file,
        imports(file)
          .map((t) => resolve(file, t))
          .filter((t) => files.includes(t)),
      ]),
    );
    const reaches = (from: string): Set<string> => {
      const seen = new Set<string>();
      const todo = [...(next.get(from) ?? [])];
      for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
        if (seen.has(file)) continue;
        seen.add(file);
        todo.push(...(next.get(file) ?? []));
      }
      return seen;
    };
    expect(sources('src/i18n').filter((file) => reaches(file).has(file))).toEqual([]);
  });

  test.each(sources('src/sheet'))('%s imports only sheet, core and i18n', (file) => {
    for (const target of imports(file)) {
      expect(target).toMatch(/^\.\/|^\.\.\/(core|i18n)\//);
    }
  });

  test.each(sources('src/core'))('%s names no Apps Script global and no clock', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(APPS_SCRIPT_GLOBALS);
    expect(text).not.toMatch(/new Date\(\)|Date\.now\(\)/);
  });

  test.each(['src/main.ts', ...sources('src/core'), ...sources('src/i18n'), ...sources('src/sheet'), ...sources('src/actions')])(
    '%s never imports the local runtime or a package',
    (file) => {
      for (const target of imports(file)) {
        expect(target).toMatch(/^\./);
        expect(relative('src', join(file, '..', target))).not.toMatch(/^local/);
      }
    },
  );

  test('only main.ts names Apps Script globals outside core and local', () => {
    const offenders = [...sources('src/sheet'), ...sources('src/actions')].filter((f) => APPS_SCRIPT_GLOBALS.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
