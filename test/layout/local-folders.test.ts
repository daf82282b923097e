// Issue 15 point 1: src/local is three things, each in its own folder with one entry module: the Apps Script
// emulator, the .xlsx bridge and the CLI with the demo. Arrows run cli -> xlsx -> emulator and never back,
// nothing outside a folder reaches past its index.ts, and no module of src/ is part of an import circle.
// Read from the import lines.
import { readdirSync } from 'node:fs';
import { circles, importsOf, importsOfText, sourceFiles } from './import-graph';

const FOLDERS = ['emulator', 'xlsx', 'cli'] as const;
type Folder = (typeof FOLDERS)[number];

/** What each folder may import of the other two. */
const MAY_IMPORT: Record<Folder, readonly Folder[]> = { emulator: [], xlsx: ['emulator'], cli: ['emulator', 'xlsx'] };

/** Folder tests that exercise its modules one by one, and so may import them past the entry module. */
const OWN_TESTS: Record<Folder, string> = { emulator: 'test/local/', xlsx: 'test/local/', cli: 'test/cli/' };

const folderOf = (file: string): Folder | null => FOLDERS.find((folder) => file.startsWith(`src/local/${folder}/`)) ?? null;
const entryOf = (folder: Folder) => `src/local/${folder}/index.ts`;

/** The local-folder imports of `file` that break a rule, each as "target: why". */
function folderViolations(file: string, imports: ReturnType<typeof importsOf>): string[] {
  const from = folderOf(file);
  return imports.flatMap(({ target, file: reached }) => {
    const to = reached ? folderOf(reached) : null;
    if (!to || to === from) return [];
    if (from && !MAY_IMPORT[from].includes(to)) return [`${target}: ${from}/ imports nothing from ${to}/`];
    if (reached !== entryOf(to) && !file.startsWith(OWN_TESTS[to])) return [`${target}: only through ${entryOf(to)}`];
    return [];
  });
}

const SOURCES = sourceFiles('src');
const ALL = [...SOURCES, ...sourceFiles('test'), ...sourceFiles('scripts')];

test('src/local holds the three folders and nothing else, each with its entry module', () => {
  expect(readdirSync('src/local').sort()).toEqual([...FOLDERS].sort());
  for (const folder of FOLDERS) expect(SOURCES).toContain(entryOf(folder));
});

test.each(ALL)('%s imports a local folder only as the folder rules allow', (file) => {
  expect(folderViolations(file, importsOf(file))).toEqual([]);
});

test('no module of src/ is part of a circle of imports that run (type-only imports are erased at build)', () => {
  const graph = new Map(
    SOURCES.map((file) => [
      file,
      importsOf(file)
        .filter((i) => !i.typeOnly && i.file)
        .map((i) => i.file!),
    ]),
  );
  expect(circles(graph)).toEqual([]);
});

/**
 * Type-only circles cost nothing at run time but still tie modules together for a reader: none is allowed.
 * (The types read from main.ts's exports live in ui/api.ts, which main.ts does not import.)
 */
test('no module of src/ is part of a circle of imports, type-only ones included', () => {
  const graph = new Map(
    SOURCES.map((file) => [
      file,
      importsOf(file)
        .filter((i) => i.file)
        .map((i) => i.file!),
    ]),
  );
  expect(circles(graph)).toEqual([]);
});

// The checks themselves, on planted imports, so that a rule that stopped matching would show here.
describe('the folder rules catch', () => {
  const violations = (file: string, line: string) => folderViolations(file, importsOfText(file, line));

  test.each([
    ['src/local/emulator/runtime.ts', "import { readXlsx } from '../xlsx';", '../xlsx: emulator/ imports nothing from xlsx/'],
    ['src/local/emulator/sheet.ts', "import type { Io } from '../cli/main';", '../cli/main: emulator/ imports nothing from cli/'],
    ['src/local/xlsx/read.ts', "import { main } from '../cli';", '../cli: xlsx/ imports nothing from cli/'],
    ['src/local/cli/demo.ts', "import { Range } from '../emulator/range';", '../emulator/range: only through src/local/emulator/index.ts'],
    ['test/actions/setup.test.ts', "import { readXlsx } from '../../src/local/xlsx/read';", '../../src/local/xlsx/read: only through src/local/xlsx/index.ts'],
    ['test/local/xlsx.test.ts', "import { main } from '../../src/local/cli/main';", '../../src/local/cli/main: only through src/local/cli/index.ts'],
  ])('%s: %s', (file, line, why) => {
    expect(violations(file, line)).toEqual([why]);
  });

  test.each([
    ['src/local/cli/demo.ts', "import { LocalRuntime } from '../emulator';"],
    ['src/local/xlsx/read.ts', "import type { BookSnapshot } from '../emulator';"],
    ['src/local/emulator/range.ts', "import { RangeFormats } from './range-format';"],
    ['test/local/spreadsheet-api.test.ts', "import { Range } from '../../src/local/emulator/range';"],
    ['test/cli/template.test.ts', "import { buildTemplate } from '../../src/local/cli/template';"],
  ])('nothing in %s: %s', (file, line) => {
    expect(violations(file, line)).toEqual([]);
  });
});

describe('circles', () => {
  test.each([
    [
      'none in a chain',
      [
        ['a', ['b']],
        ['b', ['c']],
        ['c', []],
      ],
      [],
    ],
    [
      'two files',
      [
        ['a', ['b']],
        ['b', ['a']],
      ],
      [['a', 'b']],
    ],
    ['a file importing itself', [['a', ['a']]], [['a']]],
    [
      'three files, beside one outside',
      [
        ['a', ['b']],
        ['b', ['c', 'd']],
        ['c', ['a']],
        ['d', []],
      ],
      [['a', 'b', 'c']],
    ],
    [
      'two apart',
      [
        ['a', ['b']],
        ['b', ['a']],
        ['c', ['d']],
        ['d', ['c']],
      ],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
  ] as const)('%s', (_, edges, expected) => {
    expect(circles(new Map(edges.map(([node, next]) => [node, [...next]])))).toEqual(expected);
  });

  test('a type-only import is told apart from one that runs', () => {
    const kinds = importsOfText(
      'src/x.ts',
      [
        "import type { A } from './a';",
        "import { type B, type C } from './b';",
        "import { type D, e } from './d';",
        "export type { F } from './f';",
        "export { g } from './g';",
        "import H from './h';",
      ].join('\n'),
    ).map((i) => [i.target, i.typeOnly]);
    expect(kinds).toEqual([
      ['./a', true],
      ['./b', true],
      ['./d', false],
      ['./f', true],
      ['./g', false],
      ['./h', false],
    ]);
  });
});
