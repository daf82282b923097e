// Text starting with =, +, - or @ typed anywhere people type never becomes a formula in a tab the program
// writes: every output tab (and every input tab it appends to) holds it as a plain value (DESIGN.md §2.8).
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows, typeSetting } from '../../src/local/cli';
import { SETTING_LABELS } from '../../src/i18n/tabs';
import { ACTION_LABELS, type LogAction } from '../../src/i18n/log';
import { ADMIN, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';
import { FORMULA_PAYLOADS, readBack, typedAsText } from './payloads';

const CHECK_IN_DAY = new Date('2026-10-12T03:00:00Z'); // Monday of week 2, after the reminder hour
const CYCLE_OVER = new Date('2027-01-02T03:00:00Z');
/** What the admin types when the gate asks why the cycle closes despite errors (a prompt, not a cell). */
const OVERRIDE_REASON = FORMULA_PAYLOADS[0]!.text;
/** Check-in notes sent from the sidebar: form fields, not cells, so nothing is stripped or trimmed. */
const SIDEBAR_NOTE = FORMULA_PAYLOADS.find((p) => p.text.startsWith(' '))!.text;

const n = FORMULA_PAYLOADS.length;
const ids = (prefix: string) => FORMULA_PAYLOADS.map((_, i) => `${prefix}${i + 1}`);
/** As the program shows payload i: trimmed, as it reads every cell. */
const shownText = (i: number): string => readBack(FORMULA_PAYLOADS[i]!.text);
/** As payload i stays in the cell the person typed it in. */
const typedText = (i: number): string => FORMULA_PAYLOADS[i]!.text;

/**
 * Every payload i typed as: the name of team T<i>, the title of objective OF<i> and of its KR KF<i>, the
 * title and (later) the reason of initiative IF<i>, the request of a declined (DF<i>) and an open (DR<i>)
 * dependency, and the three notes of a check-in of KF<i>. A duplicate dependency ID trips the close-cycle
 * gate so the override reason is asked for.
 */
function formulaCompany(): LocalRuntime {
  const rt = smallCompany();
  const text = (i: number) => typedAsText(FORMULA_PAYLOADS[i]!.text);
  typeSetting(rt, SETTING_LABELS.companyName, text(1));
  typeRows(
    rt,
    'teams',
    FORMULA_PAYLOADS.map((_, i) => ({ teamId: `T${i + 1}`, name: text(i), parentTeamId: 'KD', leadEmail: SALES_LEAD })),
  );
  typeRows(
    rt,
    'objectives',
    FORMULA_PAYLOADS.map((_, i) => ({
      objectiveId: `OF${i + 1}`,
      cycleId: 'Q4',
      level: 'Team',
      teamId: `T${i + 1}`,
      ownerEmail: SALES_LEAD,
      objective: text(i),
      parentObjectiveId: 'O2',
      type: 'Aspirational',
      status: 'Active',
    })),
  );
  typeRows(
    rt,
    'keyResults',
    FORMULA_PAYLOADS.map((_, i) => ({
      krId: `KF${i + 1}`,
      objectiveId: `OF${i + 1}`,
      keyResult: text(i),
      teamId: `T${i + 1}`,
      ownerEmail: SALES_REP,
      kind: 'Increase',
      unit: 'khách',
      start: 0,
      target: 10,
      weight: 1,
    })),
  );
  typeRows(
    rt,
    'initiatives',
    FORMULA_PAYLOADS.map((_, i) => ({
      initiativeId: `IF${i + 1}`,
      krId: `KF${i + 1}`,
      initiative: text(i),
      ownerEmail: SALES_REP,
      priority: 1,
      status: 'Planned',
    })),
    SALES_LEAD,
  );
  const dependency = (id: string, i: number, status: string) => ({
    dependencyId: id,
    requestingTeamId: `T${i + 1}`,
    forId: `OF${i + 1}`,
    providingTeamId: 'SP',
    request: text(i),
    requestedOn: '2026-10-01',
    status,
  });
  typeRows(rt, 'dependencies', [
    ...FORMULA_PAYLOADS.map((_, i) => dependency(`DF${i + 1}`, i, 'Declined')),
    ...FORMULA_PAYLOADS.map((_, i) => dependency(`DR${i + 1}`, i, 'Requested')),
    dependency('DF1', 0, 'Declined'),
  ]);
  typeRows(
    rt,
    'checkIns',
    FORMULA_PAYLOADS.map((_, i) => ({ krId: `KF${i + 1}`, value: 3, progressNote: text(i), problems: text(i), plans: text(i) })),
    SALES_REP,
  );
  return rt;
}

/** Everything the program does with the workbook in a cycle, as the people who do it. */
function runCycle(rt: LocalRuntime): void {
  rt.env.setNow(CHECK_IN_DAY);
  // Status and reason typed together (columns 6-7 of Initiatives): the change lands in Log and the brief.
  FORMULA_PAYLOADS.forEach((p, i) => rt.type('Sáng kiến', i + 2, 6, [['Đang thực hiện', typedAsText(p.text)]], SALES_LEAD));
  rt.run('menuCheck');
  rt.run('menuRefresh');
  rt.run('menuSummary');
  rt.ui.answerNext('OK', '');
  rt.run('menuBrief');
  rt.run('dailyTrigger', [], { user: ADMIN });
  rt.run('sidebarCheckIn', [[{ krId: 'KF1', value: '4', confidence: '', progressNote: SIDEBAR_NOTE, problems: SIDEBAR_NOTE, plans: SIDEBAR_NOTE }]], {
    user: SALES_REP,
  });
  rt.env.setNow(CYCLE_OVER);
  rt.ui.answerNext('YES');
  rt.ui.answerNext('OK', OVERRIDE_REASON);
  rt.run('menuCloseCycle');
  rt.advanceTo(new Date(CYCLE_OVER.getTime() + 5 * 60 * 1000)); // its pack run, a minute later
}

const AS_IS = (cell: string): string[] => [cell];

/** The output tabs, and how a cell of each shows typed text (whole, indented in the tree, quoted in a message, inside Log JSON). */
const OUTPUTS: readonly { readonly tab: string; readonly shown: (cell: string) => string[] }[] = [
  { tab: 'Phát hiện', shown: (cell) => Array.from(cell.matchAll(/“(.*?)”/g), (m) => m[1]!) },
  { tab: 'Cây mục tiêu', shown: (cell) => [cell.replace(/^\s*(?:• )?/, '')] },
  { tab: 'KR theo tuần', shown: AS_IS },
  { tab: 'Tỷ lệ cập nhật', shown: AS_IS },
  { tab: 'Tổng quan', shown: AS_IS },
  { tab: 'Họp tuần', shown: AS_IS },
  { tab: 'Đánh giá chu kỳ', shown: AS_IS },
  { tab: 'Nhật ký', shown: (cell) => (cell.startsWith('change=') ? [String(JSON.parse(cell.slice('change='.length)).reason)] : [cell]) },
];

/** "Tab!A1 =…" for every formula in the data range of `tab`. */
function formulasIn(rt: LocalRuntime, tab: string): string[] {
  const sheet = rt.book.getSheetByName(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const formulas = rt.env.quiet(() => sheet.getDataRange().getFormulas());
  return formulas.flatMap((row, r) => row.flatMap((f, c) => (f === '' ? [] : [`${tab}!R${r + 1}C${c + 1} ${f}`])));
}

const stringCells = (values: unknown[][]): string[] => values.flat().filter((c): c is string => typeof c === 'string');

describe('formula injection through a whole cycle', () => {
  let rt: LocalRuntime;
  beforeAll(() => {
    rt = formulaCompany();
    runCycle(rt);
  });

  test('every step ran: checks, refresh, summary, brief, the daily run, the sidebar, the gate override and the close', () => {
    const log = tabValues(rt, ['Nhật ký']).slice(1);
    const outcome = (action: LogAction) => log.filter((r) => r[1] === ACTION_LABELS[action].vi).map((r) => r[3]);
    for (const action of ['check', 'refresh', 'summary', 'brief', 'dailyTrigger', 'closeCycle'] as const) expect(outcome(action)).toContain('thành công');
    expect(log.filter((r) => r[3] === 'thất bại' || r[3] === 'từ chối')).toEqual([]);
    expect(log.some((r) => r[1] === ACTION_LABELS.gateOverride.vi)).toBe(true);
    expect(log.filter((r) => r[1] === ACTION_LABELS.initiative.vi)).toHaveLength(n);
  });

  test.each(OUTPUTS.map((o) => o.tab))('%s holds no formula', (tab) => {
    expect(formulasIn(rt, tab)).toEqual([]);
  });

  test.each(OUTPUTS.map((o) => [o.tab, o.shown] as const))('%s shows every payload as a plain value, as typed', (tab, shown) => {
    const candidates = new Set(stringCells(tabValues(rt, [tab])).flatMap(shown));
    expect(FORMULA_PAYLOADS.filter((_, i) => !candidates.has(shownText(i))).map((p) => p.name)).toEqual([]);
  });

  test('each field lands in its own column as typed: KR weekly titles, objectives and teams', () => {
    const [header, ...rows] = tabValues(rt, ['KR theo tuần']);
    const col = (name: string) => header!.indexOf(name);
    ids('KF').forEach((krId, i) => {
      const row = rows.find((r) => r[col('kr_id')] === krId)!;
      expect([row[col('key_result')], row[col('objective')], row[col('team')]]).toEqual([shownText(i), shownText(i), shownText(i)]);
    });
  });

  test('the brief lists each initiative change with its title and reason, and each open request, as typed', () => {
    const brief = tabValues(rt, ['Họp tuần']);
    ids('IF').forEach((id, i) => {
      expect(brief.find((r) => r[0] === id)!.slice(1)).toEqual(expect.arrayContaining([shownText(i)]));
      expect(brief.find((r) => r[0] === id)!.filter((c) => c === shownText(i))).toHaveLength(2);
    });
    ids('DR').forEach((id, i) => expect(brief.find((r) => r[0] === id)![1]).toBe(shownText(i)));
  });

  test('the gate override reason is logged as typed, and as text', () => {
    const override = tabValues(rt, ['Nhật ký']).find((r) => r[1] === ACTION_LABELS.gateOverride.vi)!;
    expect(override[5]).toBe(OVERRIDE_REASON);
  });

  test('the program writes no formula into the tabs people type in either: carried drafts and check-ins stay text', () => {
    const tabs = rt.book.getSheets().map((s) => s.getName());
    expect(tabs.flatMap((tab) => formulasIn(rt, tab))).toEqual([]);
    const objectives = tabValues(rt, ['Mục tiêu']);
    ids('OF').forEach((id, i) => {
      const draft = objectives.find((r) => String(r[0]).startsWith(`${id}-`));
      expect(draft?.[5]).toBe(shownText(i));
    });
    const krs = tabValues(rt, ['Kết quả then chốt']);
    ids('KF').forEach((id, i) => expect(krs.find((r) => String(r[0]).startsWith(`${id}-`))?.[2]).toBe(shownText(i)));
    const [header, ...checkIns] = tabValues(rt, ['Cập nhật tiến độ']);
    const notes = ['Tiến triển', 'Vấn đề', 'Kế hoạch'].map((label) => header!.indexOf(label));
    ids('KF').forEach((id, i) => expect(notes.map((c) => checkIns.find((r) => r[1] === id)![c])).toEqual([typedText(i), typedText(i), typedText(i)]));
    expect(notes.map((c) => checkIns.at(-1)![c])).toEqual([SIDEBAR_NOTE, SIDEBAR_NOTE, SIDEBAR_NOTE]);
  });
});

test('repairing the workbook and a language round trip rewrite no typed text as a formula', () => {
  const rt = formulaCompany();
  rt.run('menuSetup');
  rt.run('menuSwitchLanguage');
  rt.run('menuSwitchLanguage');
  rt.run('menuSetup');
  const tabs = rt.book.getSheets().map((s) => s.getName());
  expect(tabs.flatMap((tab) => formulasIn(rt, tab))).toEqual([]);
  const teams = tabValues(rt, ['Nhóm']);
  ids('T').forEach((id, i) => expect(teams.find((r) => r[0] === id)![1]).toBe(typedText(i)));
  expect(tabValues(rt, ['Cài đặt']).find((r) => r[0] === SETTING_LABELS.companyName.vi)![1]).toBe(typedText(1));
});
