/**
 * Keeps docs/parity/*.md true to the emulator: every Apps Script method the local runtime emulates is listed
 * in its service's table, and every method a table lists exists. An emulated method is one that counts a call
 * under its own name (`env.call('Class.method')`, what the latency model and the call counters key on); a
 * public member that counts nothing is an emulator helper (beginExecution, answerNext, totalCells, …).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalRuntime } from '../../src/local/emulator/runtime';
import { createCharts } from '../../src/local/emulator/spreadsheet-app';

const DOCS = join(__dirname, '../../docs/parity');
const SOURCE = join(__dirname, '../../src/local/emulator');
const HEADER = ['Method', 'Reference', 'Emulated', 'Stricter', 'Unknown'];

/** How to get hold of one emulated class or service object in a fresh runtime, and the table that lists it. */
interface Emulated {
  readonly doc: string;
  /** The class as the call counters name it (`Lock` in `Lock.tryLock`). */
  readonly name: string;
  readonly make: (rt: LocalRuntime) => object;
}

const sheetOf = (rt: LocalRuntime) => rt.book.getSheets()[0]!;
const chartOf = (rt: LocalRuntime) =>
  sheetOf(rt)
    .newChart()
    .setChartType('LINE')
    .addRange(sheetOf(rt).getRange(1, 1, 2, 2))
    .setPosition(1, 1, 0, 0)
    .build();

const EMULATED: readonly Emulated[] = [
  { doc: 'spreadsheet.md', name: 'SpreadsheetApp', make: (rt) => rt.spreadsheetApp },
  { doc: 'spreadsheet.md', name: 'Spreadsheet', make: (rt) => rt.book },
  { doc: 'spreadsheet.md', name: 'Sheet', make: sheetOf },
  { doc: 'spreadsheet.md', name: 'Range', make: (rt) => sheetOf(rt).getRange(1, 1) },
  { doc: 'spreadsheet.md', name: 'DataValidationBuilder', make: (rt) => rt.spreadsheetApp.newDataValidation() },
  { doc: 'spreadsheet.md', name: 'DataValidation', make: (rt) => rt.spreadsheetApp.newDataValidation().requireCheckbox().build() },
  { doc: 'spreadsheet.md', name: 'ConditionalFormatRuleBuilder', make: (rt) => rt.spreadsheetApp.newConditionalFormatRule() },
  {
    doc: 'spreadsheet.md',
    name: 'ConditionalFormatRule',
    make: (rt) =>
      rt.spreadsheetApp
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#ff0000')
        .setRanges([sheetOf(rt).getRange(1, 1)])
        .build(),
  },
  { doc: 'spreadsheet.md', name: 'RichTextValueBuilder', make: (rt) => rt.spreadsheetApp.newRichTextValue() },
  { doc: 'spreadsheet.md', name: 'RichTextValue', make: (rt) => rt.spreadsheetApp.newRichTextValue().setText('x').build() },
  { doc: 'spreadsheet.md', name: 'EmbeddedChartBuilder', make: (rt) => sheetOf(rt).newChart() },
  { doc: 'spreadsheet.md', name: 'EmbeddedChart', make: chartOf },
  { doc: 'spreadsheet.md', name: 'ChartOptions', make: (rt) => chartOf(rt).getOptions() },
  { doc: 'spreadsheet.md', name: 'Protection', make: (rt) => sheetOf(rt).protect() },
  { doc: 'spreadsheet.md', name: 'User', make: (rt) => sheetOf(rt).protect().addEditor('lan@example.com').getEditors()[0]! },
  { doc: 'spreadsheet.md', name: 'Charts', make: () => createCharts() },
  { doc: 'utilities.md', name: 'Utilities', make: (rt) => rt.utilities },
  { doc: 'lock.md', name: 'LockService', make: (rt) => rt.locks },
  { doc: 'lock.md', name: 'Lock', make: (rt) => rt.locks.getScriptLock() },
  { doc: 'ui.md', name: 'Ui', make: (rt) => rt.ui },
  { doc: 'ui.md', name: 'Menu', make: (rt) => rt.ui.createMenu('OKR') },
  {
    doc: 'ui.md',
    name: 'PromptResponse',
    make: (rt) => {
      rt.locks.beginExecution('probe');
      rt.ui.answerNext('OK', 'x');
      return rt.ui.prompt('Name?');
    },
  },
  { doc: 'script.md', name: 'ScriptApp', make: (rt) => rt.scriptApp },
  { doc: 'script.md', name: 'TriggerBuilder', make: (rt) => rt.scriptApp.newTrigger('f') },
  { doc: 'script.md', name: 'ClockTriggerBuilder', make: (rt) => rt.scriptApp.newTrigger('f').timeBased() },
  { doc: 'script.md', name: 'SpreadsheetTriggerBuilder', make: (rt) => rt.scriptApp.newTrigger('f').forSpreadsheet('id') },
  { doc: 'script.md', name: 'Trigger', make: (rt) => rt.scriptApp.newTrigger('f').timeBased().everyHours(1).create() },
  { doc: 'script.md', name: 'Service', make: (rt) => rt.scriptApp.getService() },
  { doc: 'session.md', name: 'Session', make: (rt) => rt.session },
  { doc: 'session.md', name: 'User', make: (rt) => rt.session.getActiveUser() },
  { doc: 'html.md', name: 'HtmlService', make: (rt) => rt.html },
  { doc: 'html.md', name: 'HtmlOutput', make: (rt) => rt.html.createHtmlOutput('<p>x</p>') },
  { doc: 'mail.md', name: 'MailApp', make: (rt) => rt.mail },
  { doc: 'properties.md', name: 'PropertiesService', make: (rt) => rt.properties },
  { doc: 'properties.md', name: 'Properties', make: (rt) => rt.properties.getScriptProperties() },
  { doc: 'logger.md', name: 'Logger', make: (rt) => rt.logging.Logger },
  { doc: 'logger.md', name: 'console', make: (rt) => rt.logging.console },
];

const fresh = () => new LocalRuntime({ user: 'owner@example.com', now: new Date('2026-10-05T02:00:00Z') });

function functionNames(target: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = target; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      if (name !== 'constructor' && typeof (target as Record<string, unknown>)[name] === 'function') names.add(name);
    }
  }
  return [...names];
}

/** Argument lists a probe tries in turn: most methods count the call before checking their arguments. */
const PROBE_ARGUMENTS: readonly (readonly unknown[])[] = [[], [['a']], [1, 2]];

/** Whether calling `name` on a fresh object, with one of the probe argument lists, counts a call `Class.name`. */
function countsItself(emulated: Emulated, name: string): boolean {
  return PROBE_ARGUMENTS.some((args) => {
    const rt = fresh();
    const target = emulated.make(rt) as Record<string, (...a: unknown[]) => unknown>;
    rt.env.resetCounters();
    try {
      target[name]!(...args);
    } catch {
      // Refusing the arguments after counting the call is still a call.
    }
    return rt.env.calls.has(`${emulated.name}.${name}`);
  });
}

/** Whether the method's body hands its own name to the call counter (`env.call('Lock.tryLock')`, `this.with('requireDate', …)`). */
function namesItself(target: object, name: string): boolean {
  const source = Function.prototype.toString.call((target as Record<string, unknown>)[name]);
  return new RegExp(`['\`.]${name}['\`]`).test(source);
}

/**
 * The Apps Script methods of one emulated object: those that count a call under their own name. A probe
 * finds the ones built by a factory (`onOpen: on('onOpen', …)`); the source finds the ones that refuse every
 * probe's arguments before counting (`addRange` wants a Range).
 */
function methodsOf(emulated: Emulated): string[] {
  const target = emulated.make(fresh());
  return functionNames(target)
    .filter((name) => namesItself(target, name) || countsItself(emulated, name))
    .sort();
}

/** One row of a method table: the names its first cell lists, the classes they belong to, its reference cell. */
interface Row {
  readonly doc: string;
  readonly line: number;
  readonly names: readonly string[];
  readonly classes: readonly string[];
  readonly reference: string;
}

/**
 * The names one Method cell lists: comma-separated (argument lists and overload notes such as `(name, index)`
 * dropped), `deleteRow(s)` for deleteRow and deleteRows, `get/setName` for getName and setName,
 * `insertRowsAfter/Before` for insertRowsAfter and insertRowsBefore.
 */
function namesOfCell(cell: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let item = '';
  for (const ch of cell.replace(/`/g, '')) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      items.push(item);
      item = '';
    } else item += ch;
  }
  items.push(item);
  return items
    .flatMap((item) => item.split(' / '))
    .flatMap((raw) => {
      const text = raw.trim();
      const plural = /^(.*)\(s\)$/.exec(text);
      const bare = plural ? plural[1]! : text.replace(/\(.*\)$/, '').trim();
      if (bare === '') return [];
      const forms = plural ? [bare, `${bare}s`] : [bare];
      return forms.flatMap((form) => (form.includes('/') ? expandSlash(form) : [form]));
    });
}

function expandSlash(form: string): string[] {
  const parts = form.split('/').map((p) => p.trim());
  const last = parts[parts.length - 1]!;
  if (/^[A-Z]/.test(last)) {
    const base = parts[0]!.replace(/[A-Z][a-z0-9]*$/, '');
    return [parts[0]!, ...parts.slice(1).map((p) => base + p)];
  }
  const stem = last.replace(/^[a-z]+/, '');
  return [...parts.slice(0, -1).map((verb) => verb + stem), last];
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** Every row of every method table in one doc; tables headed by anything but "Method" (rules) are skipped. */
function rowsOf(doc: string, text: string, classesOfDoc: readonly string[]): { rows: Row[]; problems: string[] } {
  const rows: Row[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  let heading = '';
  let inMethods = false;
  lines.forEach((line, index) => {
    const at = `${doc}:${index + 1}`;
    if (line.startsWith('## ')) heading = line.slice(3).trim();
    if (!line.startsWith('|')) {
      inMethods = false;
      return;
    }
    const cells = cellsOf(line);
    const previous = lines[index - 1] ?? '';
    if (!previous.startsWith('|')) {
      inMethods = cells[0] === 'Method';
      if (inMethods && cells.join('|') !== HEADER.join('|')) problems.push(`${at}: a method table's columns are ${HEADER.join(', ')}`);
      return;
    }
    if (!inMethods || /^-+$/.test(cells[0] ?? '')) return;
    if (cells.length !== HEADER.length) problems.push(`${at}: ${cells.length} cells, not ${HEADER.length}`);
    const prefix = /^([A-Z]\w*(?:\s*\/\s*[A-Z]\w*)*):\s*(.*)$/.exec(cells[0] ?? '');
    const classes = prefix ? prefix[1]!.split('/').map((c) => c.trim()) : classesOfDoc.includes(heading) ? [heading] : classesOfDoc;
    rows.push({ doc, line: index + 1, names: namesOfCell(prefix ? prefix[2]! : (cells[0] ?? '')), classes, reference: cells[1] ?? '' });
  });
  return { rows, problems };
}

const docFiles = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();
const docsOfTable = [...new Set(EMULATED.map((e) => e.doc))].sort();

describe('parity tables', () => {
  test('every table under docs/parity has its classes here, and every class its table', () => {
    expect(docFiles).toEqual(docsOfTable);
  });

  test('every global of the runtime but Date is an emulated service here', () => {
    const globals = Object.keys(fresh().globals())
      .filter((name) => name !== 'Date')
      .sort();
    expect(globals.filter((name) => !EMULATED.some((e) => e.name === name))).toEqual([]);
  });

  // Issue 15: what the bundle never calls is not emulated, and a script reaching for it fails at once.
  test.each([
    ['CacheService.getScriptCache()', 'CacheService is not defined'],
    ['Utilities.getUuid()', 'not emulated: Utilities.getUuid'],
    ['Utilities.base64Encode("x")', 'not emulated: Utilities.base64Encode'],
    ['Utilities.newBlob("x")', 'not emulated: Utilities.newBlob'],
  ])('%s throws %s', (call, message) => {
    const rt = fresh().load(`function probe() { return ${call}; }`);
    expect(() => rt.run('probe', [])).toThrow(message);
  });

  test('every class the emulator counts calls of (src/local/emulator) is an emulated class here', () => {
    const counted = new Set<string>();
    for (const file of readdirSync(SOURCE).filter((f) => f.endsWith('.ts'))) {
      for (const match of readFileSync(join(SOURCE, file), 'utf8').matchAll(/\.call\(['`]([A-Za-z]+)\./g)) counted.add(match[1]!);
    }
    // The folder read is the emulator's: it counts calls of Spreadsheet, Range, Lock… (not an empty read).
    expect([...counted]).toEqual(expect.arrayContaining(['SpreadsheetApp', 'Range', 'Lock', 'MailApp']));
    expect([...counted].filter((name) => !EMULATED.some((e) => e.name === name)).sort()).toEqual([]);
  });

  const tables = docsOfTable.map((doc) => {
    const classes = EMULATED.filter((e) => e.doc === doc);
    return {
      doc,
      classes,
      ...rowsOf(
        doc,
        readFileSync(join(DOCS, doc), 'utf8'),
        classes.map((c) => c.name),
      ),
    };
  });

  describe.each(tables)('$doc', ({ doc, classes, rows, problems }) => {
    const methods = new Map(classes.map((c) => [c.name, methodsOf(c)]));

    test('its method tables are well formed, each row naming its reference', () => {
      const unreferenced = rows.filter((r) => r.reference === '' || r.reference === '—').map((r) => `${doc}:${r.line}`);
      expect([...problems, ...unreferenced]).toEqual([]);
    });

    test('every method it lists is emulated', () => {
      const missing = rows.flatMap((r) =>
        r.names
          .filter((name) => !r.classes.some((c) => methods.get(c)?.includes(name)))
          .map((name) => `${doc}:${r.line} ${name} is not a method of ${r.classes.length === 1 ? r.classes[0] : 'any class of the file'}`),
      );
      expect(missing).toEqual([]);
    });

    test('every emulated method is listed', () => {
      const unlisted = classes.flatMap((c) =>
        (methods.get(c.name) ?? [])
          .filter((name) => !rows.some((r) => r.classes.includes(c.name) && r.names.includes(name)))
          .map((name) => `${c.name}.${name}`),
      );
      expect(unlisted).toEqual([]);
    });
  });
});

describe('reading a Method cell', () => {
  test.each([
    ['getName, rename, getId', ['getName', 'rename', 'getId']],
    ['deleteRow(s), deleteColumn(s)', ['deleteRow', 'deleteRows', 'deleteColumn', 'deleteColumns']],
    ['get/setSpreadsheetLocale', ['getSpreadsheetLocale', 'setSpreadsheetLocale']],
    ['set/isWarningOnly', ['setWarningOnly', 'isWarningOnly']],
    ['get/setNumberFormat(s)', ['getNumberFormat', 'setNumberFormat', 'getNumberFormats', 'setNumberFormats']],
    ['insertRowsAfter/Before, insertRows', ['insertRowsAfter', 'insertRowsBefore', 'insertRows']],
    ['insertSheet(), (name), (index), (name, index)', ['insertSheet']],
    ['clear({contentsOnly, formatOnly}), clearContents', ['clear', 'clearContents']],
    ['formatDate(date, timeZone, format)', ['formatDate']],
    ['`tryLock`, `waitLock`', ['tryLock', 'waitLock']],
    ['getRange(row, col, rows, cols), getRange(a1)', ['getRange', 'getRange']],
    ['EmbeddedChartBuilder / EmbeddedChart', ['EmbeddedChartBuilder', 'EmbeddedChart']],
    ['latency', ['latency']],
  ])('%s lists %j', (cell, names) => {
    expect([...namesOfCell(cell)].sort()).toEqual([...names].sort());
  });
});
