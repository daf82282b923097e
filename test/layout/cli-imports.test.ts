// Issue 15 point 2: what `check` tests is what ships. The CLI drives the built bundle in the local runtime and
// reads back what it wrote; it imports nothing from src/actions or src/sheet. Read from the import lines.
import { dirname, join, normalize } from 'node:path';
import { closure, importsOf } from './import-graph';

// The emulator is what the runtime pulls in: the CLI uses it as a library, and its own imports are its concern.
const emulator = closure('src/local/emulator/index.ts');
const cli = [...closure('src/local/cli/bin.ts')].filter((file) => file.startsWith('src/local/') && !emulator.has(file)).sort();

test('the CLI is every module the executable reaches outside the emulator, its commands included', () => {
  expect(cli).toEqual(
    expect.arrayContaining([
      'src/local/cli/bin.ts',
      'src/local/cli/main.ts',
      'src/local/cli/check-command.ts',
      'src/local/cli/summary-command.ts',
      'src/local/cli/remind-command.ts',
      'src/local/cli/template.ts',
      'src/local/cli/demo.ts',
      'src/local/cli/bundle-run.ts',
      'src/local/xlsx/index.ts',
    ]),
  );
});

test.each(cli)('%s imports nothing from src/actions or src/sheet', (file) => {
  const reached = importsOf(file)
    .filter((i) => i.target.startsWith('.'))
    .map((i) => normalize(join(dirname(file), i.target)));
  expect(reached.filter((path) => /^src\/(actions|sheet)(\/|$)/.test(path))).toEqual([]);
});
