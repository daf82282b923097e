// The bad-input corpus through the real bundle (DESIGN.md §6): every case gives a finding or a clear
// Vietnamese message, never a crash, never changed input, never a formula in an output tab.
import { foldText } from '../../src/core/text';
import { COLUMN_LABELS, TAB_LABELS } from '../../src/i18n/tabs';
import type { CellValue, LocalRuntime } from '../../src/local/emulator';
import { typeRows } from '../../src/local/cli';
import { SALES_REP, smallCompany, tabValues } from '../support/bundle';
import { CELL_CASES, editCell, INPUT_TABS, type BadInputCase } from './bad-input-corpus';
import { STRUCTURE_CASES } from './bad-input-structure';

const CORPUS: readonly BadInputCase[] = [...CELL_CASES, ...STRUCTURE_CASES];

type InputTab = (typeof INPUT_TABS)[number];

/** Cells the program owns in input tabs: the KR columns Current..Last check-in, and the check-in stamps onEdit fills when blank. */
const PROGRAM_COLUMNS: Partial<Record<InputTab, { readonly keys: readonly string[]; readonly onlyWhenBlank: boolean }>> = {
  keyResults: { keys: ['current', 'progress', 'score', 'confidence', 'status', 'lastCheckIn'], onlyWhenBlank: false },
  checkIns: { keys: ['timestamp', 'by', 'source'], onlyWhenBlank: true },
};

/** Anything a person should never read: a JavaScript error, an emulator gap, a value that is not one. */
const CRASH =
  /TypeError|ReferenceError|RangeError|SyntaxError|Cannot read|is not a function|is not defined|\bundefined\b|\bnull\b|\bNaN\b|Infinity|not emulated/;
/** A letter only Vietnamese writes: the message is in the workbook's language. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

function inputTabOf(name: string): InputTab | null {
  const folded = foldText(name);
  return INPUT_TABS.find((tab) => foldText(TAB_LABELS[tab].en) === folded || foldText(TAB_LABELS[tab].vi) === folded) ?? null;
}

/** Column indexes (0-based) of `keys` in a header row, by either language's label. */
function columnsOf(tab: InputTab, header: readonly CellValue[], keys: readonly string[]): number[] {
  const labels = COLUMN_LABELS[tab] as Readonly<Record<string, { en: string; vi: string }>>;
  const folded = header.map((h) => foldText(String(h)));
  return keys.flatMap((key) => {
    const label = labels[key]!;
    const index = folded.findIndex((h) => h !== '' && (h === foldText(label.en) || h === foldText(label.vi)));
    return index >= 0 ? [index] : [];
  });
}

/** The values of the input tabs, by tab name, from rt.snapshot(). */
function inputValues(rt: LocalRuntime): Map<string, { tab: InputTab; values: readonly (readonly CellValue[])[] }> {
  const out = new Map<string, { tab: InputTab; values: readonly (readonly CellValue[])[] }>();
  for (const sheet of rt.snapshot().sheets) {
    const tab = inputTabOf(sheet.name);
    if (tab) out.set(sheet.name, { tab, values: sheet.values });
  }
  return out;
}

const same = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? '') === (b ?? '');

/** Every people-owned input cell whose value the program changed, as `tab!row:column before -> after`. */
function changedCells(before: ReturnType<typeof inputValues>, after: ReturnType<typeof inputValues>): string[] {
  const changes: string[] = [];
  for (const [name, { tab, values }] of before) {
    const now = after.get(name)?.values ?? [];
    const owned = PROGRAM_COLUMNS[tab];
    const ownedColumns = owned ? columnsOf(tab, values[0] ?? [], owned.keys) : [];
    const rows = Math.max(values.length, now.length);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(values[r]?.length ?? 0, now[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const was = values[r]?.[c];
        if (r > 0 && ownedColumns.indexOf(c) >= 0 && (!owned!.onlyWhenBlank || (was ?? '') === '')) continue;
        if (!same(was, now[r]?.[c])) changes.push(`${name}!R${r + 1}C${c + 1} ${String(was)} -> ${String(now[r]?.[c])}`);
      }
    }
  }
  return changes;
}

interface Outcome {
  readonly thrown: string[];
  readonly alerts: string[];
}

/** The runs of a working week: the check, a refresh, the summary, the daily trigger and the sidebar. */
function exercise(rt: LocalRuntime): Outcome {
  const thrown: string[] = [];
  const firstAlert = rt.ui.alerts.length;
  const runs: ReadonlyArray<readonly [string, string?]> = [['menuCheck'], ['menuRefresh'], ['menuSummary'], ['dailyTrigger'], ['sidebarLoad', SALES_REP]];
  for (const [name, user] of runs) {
    try {
      rt.run(name, [], user ? { user } : {});
    } catch (error) {
      thrown.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { thrown, alerts: rt.ui.alerts.slice(firstAlert).map((a) => a.prompt) };
}

/** Log rows whose outcome is a failure, as `action: error`. */
function failedLogRows(rt: LocalRuntime): string[] {
  const [header = [], ...rows] = tabValues(rt, [TAB_LABELS.log.vi, TAB_LABELS.log.en]);
  const col = (key: keyof typeof COLUMN_LABELS.log) => header.findIndex((h) => h === COLUMN_LABELS.log[key].vi || h === COLUMN_LABELS.log[key].en);
  return rows
    .filter((r) => r[col('outcome')] === 'thất bại' || r[col('outcome')] === 'failed')
    .map((r) => `${String(r[col('action')])}: ${String(r[col('error')])}`);
}

/** Formulas in the tabs the program writes. */
function outputFormulas(rt: LocalRuntime): string[] {
  return rt.env.quiet(() =>
    rt.book
      .getSheets()
      .filter((s) => inputTabOf(s.getName()) === null)
      .flatMap((sheet) =>
        sheet
          .getDataRange()
          .getFormulas()
          .flat()
          .filter((f) => f !== '')
          .map((f) => `${sheet.getName()}: ${f}`),
      ),
  );
}

function outputTexts(rt: LocalRuntime): string[] {
  return rt.env.quiet(() =>
    rt.book
      .getSheets()
      .filter((s) => inputTabOf(s.getName()) === null)
      .flatMap((sheet) =>
        sheet
          .getDataRange()
          .getValues()
          .flat()
          .filter((v): v is string => typeof v === 'string'),
      ),
  );
}

/** The Current cell of a KR, as the Key Results tab shows it. */
function krCurrent(rt: LocalRuntime, krId: string): CellValue | undefined {
  const [header = [], ...rows] = tabValues(rt, [TAB_LABELS.keyResults.vi]) as CellValue[][];
  const [id, current] = columnsOf('keyResults', header, ['krId', 'current']);
  return rows.find((r) => r[id!] === krId)?.[current!];
}

function applyCase(rt: LocalRuntime, c: BadInputCase): void {
  if (c.rows) typeRows(rt, c.tab, c.rows, c.user);
  if (c.edit) editCell(rt, c.tab, c.edit.row, c.edit.column, c.edit.value, c.user);
  if (c.apply) c.apply(rt);
}

test('the corpus holds at least 40 cases, each with an expectation and an input', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  for (const c of CORPUS) {
    expect([c.rows, c.edit, c.apply].filter((x) => x !== undefined).length).toBeGreaterThan(0);
    expect(Object.keys(c.expect).length).toBeGreaterThan(0);
  }
  expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
});

/**
 * What went wrong in one case, by assertion; empty lists are dropped so that a passing case reads `{}` and a
 * failing one names every assertion it breaks at once.
 */
function violations(rt: LocalRuntime, c: BadInputCase, before: ReturnType<typeof inputValues>, { thrown, alerts }: Outcome): Record<string, string[]> {
  const failures = [...thrown, ...failedLogRows(rt), ...rt.triggerFailures.map((f) => f.error)];
  const findings = tabValues(rt, [TAB_LABELS.findings.vi]).slice(1);
  const onTab = findings.filter((r) => r[2] === TAB_LABELS[c.tab].vi).map((r) => String(r[1]));
  const drawn = findings.map((r) => `${String(r[1])} ${String(r[2])}!${String(r[3])}: ${String(r[5])}`);
  const { codes = [], absent = [], alert, shown, current } = c.expect;
  const found: Record<string, string[]> = {
    // (1) Nothing crashed; a failure is allowed only when the case expects a clear message and the failure says it.
    crashes: [...failures, ...alerts].filter((text) => CRASH.test(text)),
    unexpectedFailures: failures.filter((text) => !alert || !alert.test(text)),
    alertsNotInVietnamese: alerts.filter((text) => !VIETNAMESE.test(text)),
    // (2) The expected findings on the case's tab, none of the codes the input must not draw, the expected message.
    codesMissing: codes.filter((code) => onTab.indexOf(code) < 0).map((code) => `${code} on ${TAB_LABELS[c.tab].vi}; found ${onTab.join(', ') || 'none'}`),
    codesDrawn: drawn.filter((d) => absent.some((code) => d.startsWith(`${code} `))),
    alertMissing: alert && !alerts.some((text) => alert.test(text)) ? [`${String(alert)} in ${JSON.stringify(alerts)}`] : [],
    wrongCurrent: current && !same(krCurrent(rt, current.krId), current.value) ? [`${current.krId}: ${String(krCurrent(rt, current.krId))}`] : [],
    notShown: shown !== undefined && !outputTexts(rt).some((text) => text.includes(shown)) ? [shown] : [],
    // (3) People's cells are as they typed them.
    changedCells: changedCells(before, inputValues(rt)),
    // (4) No output cell became a formula.
    outputFormulas: outputFormulas(rt),
  };
  return Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
}

describe('bad input never crashes, never changes people’s data, and is reported in Vietnamese', () => {
  test.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rt = smallCompany();
    applyCase(rt, c);
    const before = inputValues(rt);
    const outcome = exercise(rt);
    expect(violations(rt, c, before, outcome)).toEqual({});
  });
});
