// Issue 15 point 2: what `check` tests is what ships. The CLI drives the built bundle in the local runtime and
// reads back what it wrote; it imports nothing from src/actions or src/sheet. Read from the import lines.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/** The project files reachable from `entry` by relative imports, each as a path from the repository root. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of imports(file).filter((t) => t.startsWith('.'))) {
      const path = normalize(join(dirname(file), `${target}.ts`));
      if (existsSync(path)) visit(path);
    }
  };
  visit(entry);
  return seen;
}

// The emulator is what the runtime pulls in: the CLI uses it as a library, and its own imports are its concern.
const emulator = closure('src/local/runtime.ts');
const cli = [...closure('src/local/cli-main.ts')].filter((file) => file.startsWith('src/local/') && !emulator.has(file)).sort();

test('the CLI is every module the executable reaches outside the emulator, its commands included', () => {
  expect(cli).toEqual(expect.arrayContaining([
    'src/local/cli-main.ts', 'src/local/cli.ts', 'src/local/check-command.ts', 'src/local/summary-command.ts',
    'src/local/remind-command.ts', 'src/local/template.ts', 'src/local/demo.ts', 'src/local/bundle-run.ts',
  ]));
});

test.each(cli)('%s imports nothing from src/actions or src/sheet', (file) => {
  const reached = imports(file).filter((t) => t.startsWith('.')).map((t) => normalize(join(dirname(file), t)));
  expect(reached.filter((path) => /^src\/(actions|sheet)(\/|$)/.test(path))).toEqual([]);
});
