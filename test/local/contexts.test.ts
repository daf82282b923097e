/**
 * Pins the execution contexts of the local runtime to documented Apps Script behaviour: what each kind of
 * run may call, whose address it sees, its time limit, dialogs dropping locks, the onEdit queue, and what
 * google.script.run lets through. The "bundle" here is a few lines of Apps Script per test, so each point is
 * the runtime's alone.
 */
import type { Browser, Page } from 'playwright-core';
import { KILLED_MESSAGE, NO_UI_MESSAGE, type ExecutionContext, type WebAppExecuteAs } from '../../src/local/emulator/contexts';
import { emptyBook, LocalRuntime, type RuntimeOptions } from '../../src/local/emulator/runtime';
import { describeBrowser, launch, openPage } from '../browser/harness';

const OWNER = 'owner@company.vn';
const COLLEAGUE = 'lan@company.vn';
const OUTSIDER = 'guest@partner.com';
const START = new Date('2026-10-05T02:00:00Z');

function runtime(code: string, options: RuntimeOptions = {}): LocalRuntime {
  return new LocalRuntime({ book: emptyBook('OKR', 'vi_VN', 'Asia/Ho_Chi_Minh'), user: OWNER, now: START, ...options }).load(code);
}

/** Each probe's answer, or the message it threw. */
const PROBES = `
function attempt(f) { try { return f(); } catch (e) { return 'throws: ' + e.message; } }
function probe(id) {
  return {
    ui: attempt(function () { return SpreadsheetApp.getUi() ? 'ui' : null; }),
    active: attempt(function () { return SpreadsheetApp.getActiveSpreadsheet() ? 'book' : null; }),
    documentLock: attempt(function () { return LockService.getDocumentLock() ? 'lock' : null; }),
    openById: attempt(function () { return SpreadsheetApp.openById(id).getName(); }),
    mail: attempt(function () { return typeof MailApp.getRemainingDailyQuota(); }),
  };
}
function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
`;

const PERMISSION = 'throws: You do not have permission to call';

describe('what each context may call', () => {
  // menu: https://developers.google.com/apps-script/guides/menus; simple triggers cannot use services that need
  // authorization nor open other files: https://developers.google.com/apps-script/guides/triggers#restrictions;
  // web app: getDocumentLock() "returns null … such as from a standalone script or webapp"
  // (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()), no active
  // spreadsheet and no Ui (reports conflict: the stricter answer).
  test.each<[ExecutionContext, Record<string, string | null>]>([
    ['menu', { ui: 'ui', active: 'book', documentLock: 'lock', openById: 'OKR', mail: 'number' }],
    ['simpleTrigger', { ui: 'ui', active: 'book', documentLock: 'lock', openById: PERMISSION, mail: PERMISSION }],
    ['installableTrigger', { ui: `throws: ${NO_UI_MESSAGE}`, active: 'book', documentLock: 'lock', openById: 'OKR', mail: 'number' }],
    ['webApp', { ui: `throws: ${NO_UI_MESSAGE}`, active: null, documentLock: null, openById: 'OKR', mail: 'number' }],
  ])('%s', (context, expected) => {
    const rt = runtime(PROBES);
    const answers = rt.run('probe', [rt.book.getId()], { context }) as Record<string, string | null>;
    const shortened = Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v?.startsWith(PERMISSION) ? PERMISSION : v]));
    expect(shortened).toEqual(expected);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
  test.each(['1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms', '', 'OKR'])('openById(%p) of a file that is not the workbook throws', (id) => {
    const rt = runtime(PROBES);
    expect((rt.run('probe', [id], { context: 'webApp' }) as { openById: string }).openById).toBe(
      'throws: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  test('run() defaults to the menu context', () => {
    const rt = runtime(PROBES);
    expect(rt.run('probe', [rt.book.getId()])).toEqual(rt.run('probe', [rt.book.getId()], { context: 'menu' }));
  });
});

describe('whose address a run sees', () => {
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser() and #getEffectiveUser()
  test.each<[string, ExecutionContext, string, { owner?: string; ownerDomain?: string | null; webAppExecuteAs?: WebAppExecuteAs }, [string, string]]>([
    ['a menu click', 'menu', OUTSIDER, {}, [OUTSIDER, OUTSIDER]],
    ['onEdit by the owner', 'simpleTrigger', OWNER, {}, [OWNER, OWNER]],
    ["onEdit by a colleague of the owner's domain", 'simpleTrigger', COLLEAGUE, {}, [COLLEAGUE, COLLEAGUE]],
    ['onEdit by someone of another domain', 'simpleTrigger', OUTSIDER, {}, ['', '']],
    ['onEdit by a colleague when the owner is a gmail.com account', 'simpleTrigger', 'lan@gmail.com', { owner: 'boss@gmail.com' }, ['', '']],
    ['onEdit with the domain given explicitly', 'simpleTrigger', OUTSIDER, { ownerDomain: 'partner.com' }, [OUTSIDER, OUTSIDER]],
    ['an installable trigger, whoever is at the keyboard', 'installableTrigger', OWNER, {}, [OWNER, OWNER]],
    ['a web app executing as the user', 'webApp', OUTSIDER, {}, [OUTSIDER, OUTSIDER]],
    ['a web app executing as the owner, same domain', 'webApp', COLLEAGUE, { webAppExecuteAs: 'USER_DEPLOYING' }, [COLLEAGUE, OWNER]],
    ['a web app executing as the owner, another domain', 'webApp', OUTSIDER, { webAppExecuteAs: 'USER_DEPLOYING' }, ['', OWNER]],
  ])('%s', (_name, context, user, options, expected) => {
    const rt = runtime(PROBES, { owner: OWNER, ...options });
    expect(rt.run('who', [], { user, context })).toEqual(expected);
  });

  // The event's user is the same as Session's: https://developers.google.com/apps-script/guides/triggers/events#edit
  test.each([
    [COLLEAGUE, COLLEAGUE],
    [OUTSIDER, ''],
  ])('e.user of an edit by %s reads %p', (user, expected) => {
    const rt = runtime('var seen = []; function onEdit(e) { seen.push(e.user.getEmail()); }');
    rt.type('Sheet1', 1, 1, [['x']], user);
    expect(rt.global('seen')).toEqual([expected]);
  });
});

describe('the onEdit queue', () => {
  // "The onEdit() trigger only queues up to 2 trigger events": https://developers.google.com/apps-script/guides/triggers#restrictions
  test.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 3],
    [6, 3],
  ])('%i edits at once run onEdit %i times, and every input lands', (count, runs) => {
    const rt = runtime('var rows = []; function onEdit(e) { rows.push(e.range.getRow()); }');
    const edits = Array.from({ length: count }, (_, i) => ({ sheetName: 'Sheet1', row: i + 1, column: 1, values: [[`v${i}`]] }));
    expect(rt.typeAtOnce(edits)).toBe(runs);
    expect(rt.global('rows')).toEqual(Array.from({ length: runs }, (_, i) => i + 1));
    const column = rt.env.quiet(() =>
      rt.book
        .getSheetByName('Sheet1')!
        .getRange(1, 1, count, 1)
        .getValues()
        .map((r) => r[0]),
    );
    expect(column).toEqual(edits.map((e) => e.values[0]![0]));
  });
});

describe('time limits', () => {
  /**
   * Writes rows 1.. one cell and one flush at a time (about 0.7 s a row), swallowing every error: nothing the
   * code catches may keep it going. A web app opens the workbook by id.
   */
  const WRITER = `
function writeAll(id) {
  var book = SpreadsheetApp.getActiveSpreadsheet() || SpreadsheetApp.openById(id);
  var sheet = book.getSheetByName('Sheet1');
  for (var row = 1; row <= 1000; row++) {
    try { sheet.getRange(row, 1).setValue(row); SpreadsheetApp.flush(); } catch (e) { }
  }
  return 'finished';
}
function onEdit() { writeAll(); }
function install() { ScriptApp.newTrigger('writeAll').timeBased().everyHours(1).create(); }`;

  const writtenRows = (rt: LocalRuntime): number[] =>
    rt.env.quiet(() =>
      rt.book
        .getSheetByName('Sheet1')!
        .getRange(1, 1, 1000, 1)
        .getValues()
        .map((r) => r[0])
        .filter((v) => v !== ''),
    ) as number[];

  // "Script runtime: 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas); simple
  // triggers "cannot run for longer than 30 seconds" (https://developers.google.com/apps-script/guides/triggers#restrictions).
  test.each<[ExecutionContext, number]>([
    ['menu', 360_000],
    ['webApp', 360_000],
    ['simpleTrigger', 30_000],
  ])('a %s run is killed at %i ms: the writes before the deadline stay, none after', (context, limitMs) => {
    const rt = runtime(WRITER);
    const id = rt.env.quiet(() => rt.book.getId());
    expect(() => rt.run('writeAll', [id], { context })).toThrow(KILLED_MESSAGE);
    const rows = writtenRows(rt);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(1000);
    expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rt.env.now() - START.getTime()).toBe(limitMs);
  });

  test("an edit's onEdit is killed at 30 s", () => {
    const rt = runtime(WRITER);
    expect(() => rt.type('Sheet1', 1001, 1, [['x']])).toThrow(KILLED_MESSAGE);
    expect(rt.env.now() - START.getTime()).toBe(30_000);
  });

  test('a killed installable trigger run is recorded as a failure with the message, and the clock goes on', () => {
    const rt = runtime(WRITER);
    rt.run('install');
    rt.advanceTo(new Date(START.getTime() + 90 * 60_000));
    expect(rt.triggerFailures.map((f) => f.error)).toEqual([KILLED_MESSAGE]);
    expect(writtenRows(rt).length).toBeLessThan(1000);
  });

  test('a short run is not killed, and the next run has its own full limit', () => {
    const rt = runtime(
      `${WRITER}\nfunction few() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1'); for (var i = 1; i <= 10; i++) s.getRange(i, 2).setValue(i); return 'ok'; }`,
    );
    expect(rt.run('few', [], { context: 'simpleTrigger' })).toBe('ok');
    expect(rt.run('few', [], { context: 'simpleTrigger' })).toBe('ok');
  });
});

describe('dialogs suspend the run', () => {
  const ASKER = `
function ask() {
  var lock = LockService.getScriptLock();
  lock.tryLock(0);
  var answer = SpreadsheetApp.getUi().alert('Close the cycle?', SpreadsheetApp.getUi().ButtonSet.YES_NO);
  return [String(answer), lock.hasLock()];
}
function grab() { return LockService.getScriptLock().tryLock(0); }
function slow() { SpreadsheetApp.getUi().alert('Sure?', SpreadsheetApp.getUi().ButtonSet.YES_NO); return SpreadsheetApp.getActiveSpreadsheet().getName(); }`;

  // "LockService locks don't persist across the suspension": https://developers.google.com/apps-script/reference/base/ui
  test("an alert drops the run's locks: another execution takes the lock while the dialog is open", () => {
    const rt = runtime(ASKER);
    const meanwhile: unknown[] = [];
    rt.ui.answerNext('YES', '', { thinkMs: 20_000, meanwhile: () => meanwhile.push(rt.run('grab', [], { user: COLLEAGUE })) });
    const before = rt.env.now();
    expect(rt.run('ask')).toEqual(['YES', false]);
    expect(meanwhile).toEqual([true]);
    expect(rt.env.now() - before).toBeGreaterThanOrEqual(20_000);
  });

  // Whether the time a dialog waits counts against the 6 minutes is not documented: it counts here (stricter).
  test("the time a person takes to answer counts against the run's limit", () => {
    const rt = runtime(ASKER);
    rt.ui.answerNext('YES', '', { thinkMs: 7 * 60_000 });
    expect(() => rt.run('slow')).toThrow(KILLED_MESSAGE);
  });
});

describe('web-app visits', () => {
  // https://developers.google.com/apps-script/guides/web#request_parameters
  test('visit() runs doGet(e) with the query in the web-app context', () => {
    const rt = runtime(`${PROBES}\nfunction doGet(e) { return [e.parameter.kr, e.parameters.kr, e.queryString, e.contentLength, probe('x').active]; }`);
    expect(rt.visit({ kr: 'KR 4' }, COLLEAGUE)).toEqual(['KR 4', ['KR 4'], 'kr=KR%204', -1, null]);
  });
});

describeBrowser('google.script.run serialization', () => {
  // "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other prohibited type,
  // including prohibited types inside objects or arrays": https://developers.google.com/apps-script/guides/html/communication
  const SERVER = `
function echo(x) { return x; }
function giveDate() { return { at: new Date() }; }
function giveNested() { return { rows: [[1, 'a'], [2, { when: new Date() }]] }; }
function giveHole() { return [1, undefined]; }
function giveFunction() { return { f: function () {} }; }
function giveNaN() { return { n: NaN }; }
function giveNothing() { }`;
  const PAGE = '<!doctype html><form id="f"><input name="kr" value="KR1"><input type="checkbox" name="done" checked></form>';
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    page = (await openPage(browser, runtime(SERVER), 'page.html', OWNER, 300, PAGE)).page;
  });
  afterAll(async () => {
    await browser?.close();
  });

  const call = async (name: string, argument: string): Promise<string> =>
    page.evaluate(
      ([fn, arg]) =>
        new Promise<string>((resolve) => {
          // The argument is built in the page, where DOM nodes and Dates of the page exist.
          const value = new Function(`return (${arg});`)();
          // biome-ignore lint/suspicious/noExplicitAny: the runner's chain (withSuccessHandler…, then any function) has no type in the page
          const run = (window as unknown as { google: { script: { run: Record<string, any> } } }).google.script.run;
          try {
            run
              .withSuccessHandler((v: unknown) => resolve(`ok ${JSON.stringify(v)}`))
              .withFailureHandler((e: Error) => resolve(`failed ${e.message}`))
              [fn!](value);
          } catch (e) {
            resolve(`refused ${(e as Error).message}`);
          }
        }),
      [name, argument],
    );

  test.each([
    ['echo', '{ a: [1, "x", null, true], b: { c: "d" } }', 'ok {"a":[1,"x",null,true],"b":{"c":"d"}}'],
    ['echo', 'new Date()', 'refused Failed due to illegal value in property: 0'],
    ['echo', '{ when: new Date() }', 'refused Failed due to illegal value in property: 0.when'],
    ['echo', '[[1, new Date()]]', 'refused Failed due to illegal value in property: 0.0.1'],
    ['echo', '{ f: function () {} }', 'refused Failed due to illegal value in property: 0.f'],
    ['echo', '{ node: document.body }', 'refused Failed due to illegal value in property: 0.node'],
    ['echo', '[1, undefined]', 'refused Failed due to illegal value in property: 0.1'],
    ['echo', '{ n: Infinity }', 'refused Failed due to illegal value in property: 0.n'],
    ['echo', 'new Map()', 'refused Failed due to illegal value in property: 0'],
    ['echo', 'document.getElementById("f")', 'ok {"kr":"KR1","done":"on"}'],
    ['echo', '{ form: document.getElementById("f") }', 'refused Failed due to illegal value in property: 0.form'],
    ['giveDate', 'null', 'failed Failed due to illegal value in property: at'],
    ['giveNested', 'null', 'failed Failed due to illegal value in property: rows.1.1.when'],
    ['giveHole', 'null', 'failed Failed due to illegal value in property: 1'],
    ['giveFunction', 'null', 'failed Failed due to illegal value in property: f'],
    ['giveNaN', 'null', 'failed Failed due to illegal value in property: n'],
    ['giveNothing', 'null', 'ok null'],
  ])('%s(%s) gives %s', async (name, argument, expected) => {
    expect(await call(name, argument)).toBe(expected);
  });
});

// https://developers.google.com/apps-script/reference/properties/properties-service#getdocumentproperties
// ("null if the script is not ... bound"): unverified for a bound script's web app, so null there, as the
// document lock is; the product keeps its state in the script properties for that reason.
test('a web app gets no document properties; a menu run does', () => {
  const rt = new LocalRuntime({ user: 'a@example.com' });
  rt.load('function probe() { return PropertiesService.getDocumentProperties() === null; }');
  expect(rt.run('probe', [], { context: 'webApp' })).toBe(true);
  expect(rt.run('probe', [], { context: 'menu' })).toBe(false);
});

describe('files a run creates', () => {
  const CREATOR = `
function attempt(f) { try { return f(); } catch (e) { return 'throws: ' + e.message; } }
function make(name) {
  return attempt(function () {
    var made = SpreadsheetApp.create(name);
    made.getSheets()[0].getRange(1, 1).setValue('kept');
    return { id: made.getId(), url: made.getUrl(), name: made.getName(), sheets: made.getSheets().map(function (s) { return [s.getMaxRows(), s.getMaxColumns()]; }) };
  });
}
function reopen(id, url) {
  return {
    byId: attempt(function () { return SpreadsheetApp.openById(id).getSheets()[0].getRange(1, 1).getValue(); }),
    byUrl: attempt(function () { return SpreadsheetApp.openByUrl(url).getName(); }),
  };
}`;
  type Made = { id: string; url: string; name: string; sheets: number[][] };

  // "Creates a new spreadsheet with the given name" with one sheet (the default grid, 1000 × 26):
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String); opened
  // again by id or URL: #openById(String), #openByUrl(String).
  test('create makes a new file of one 1000 × 26 sheet, with its own id and URL, that openById and openByUrl find again', () => {
    const rt = runtime(CREATOR);
    const first = rt.run('make', ['OKR — Q3 (archive)']) as Made;
    const second = rt.run('make', ['OKR — Q3 (archive)']) as Made;
    expect(first).toMatchObject({ name: 'OKR — Q3 (archive)', sheets: [[1000, 26]] });
    // Drive keeps two files of one name apart.
    expect(second.id).not.toBe(first.id);
    expect(second.url).not.toBe(first.url);
    expect(rt.run('reopen', [first.id, first.url])).toEqual({ byId: 'kept', byUrl: 'OKR — Q3 (archive)' });
    expect(rt.createdBooks.map((b) => rt.env.quiet(() => b.getId()))).toEqual([first.id, second.id]);
  });

  // Simple triggers "cannot access other files" nor use services that need authorization:
  // https://developers.google.com/apps-script/guides/triggers#restrictions
  test('a simple trigger may not create a file, and an unknown URL does not open', () => {
    const rt = runtime(CREATOR);
    expect(rt.run('make', ['x'], { context: 'simpleTrigger' })).toMatch(PERMISSION);
    expect(rt.createdBooks).toHaveLength(0);
    expect((rt.run('reopen', ['nope', 'https://docs.google.com/spreadsheets/d/nope/edit']) as { byUrl: string }).byUrl).toMatch(/^throws: /);
  });
});
