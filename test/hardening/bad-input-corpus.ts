// The bad-input corpus, cells part: one row per case, the input people type and the findings it must give.
import type { FindingCode } from '../../src/core/finding';
import { foldText } from '../../src/core/text';
import { COLUMN_LABELS, TAB_LABELS, type ColumnTab } from '../../src/i18n/tabs';
import type { LocalRuntime } from '../../src/local/emulator';
import { ADMIN, SALES_LEAD, SALES_REP } from '../support/bundle';

export interface Expectation {
  /** Codes the Findings tab must show on a row of the case's tab. */
  readonly codes?: readonly FindingCode[];
  /** Codes it must not show there: the input is fine and must be accepted. */
  readonly absent?: readonly FindingCode[];
  /** A Vietnamese message some alert must show; failed runs are allowed only when they say it. */
  readonly alert?: RegExp;
  /** Text a person typed that some output tab must show as text, verbatim. */
  readonly shown?: string;
  /** What a KR's Current must read after the runs: '' when a check-in could not be read (never a silent 0). */
  readonly current?: { readonly krId: string; readonly value: number | '' };
}

/** The tabs people type in; every other tab is the program's output. */
export const INPUT_TABS = ['settings', 'cycles', 'people', 'teams', 'objectives', 'keyResults', 'checkIns', 'initiatives', 'dependencies'] as const;

/** One case: rows pasted below the tab's last row, one cell typed over, or what data cannot say. */
export interface BadInputCase {
  readonly name: string;
  readonly tab: ColumnTab;
  readonly rows?: readonly Readonly<Record<string, unknown>>[];
  /** `row` is the sheet row; `column` the column key (its header is found in either language). */
  readonly edit?: { readonly row: number; readonly column: string; readonly value: unknown };
  readonly apply?: (rt: LocalRuntime) => void;
  /** Who types the input (the admin by default). */
  readonly user?: string;
  readonly expect: Expectation;
}

/** The sheet of a tab found by its name in either language, accents and case folded. */
export function sheetOf(rt: LocalRuntime, tab: ColumnTab) {
  const names = [foldText(TAB_LABELS[tab].en), foldText(TAB_LABELS[tab].vi)];
  const sheet = rt.book.getSheets().find((s) => names.indexOf(foldText(s.getName())) >= 0);
  if (!sheet) throw new Error(`no ${TAB_LABELS[tab].en} tab`);
  return sheet;
}

/** The 1-based column of a key in the tab's header row. */
export function columnOf(rt: LocalRuntime, tab: ColumnTab, key: string): number {
  const sheet = sheetOf(rt, tab);
  const header = rt.env.quiet(() => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!);
  const label = (COLUMN_LABELS[tab] as Readonly<Record<string, { en: string; vi: string }>>)[key];
  const index = label ? header.findIndex((h) => [foldText(label.en), foldText(label.vi)].indexOf(foldText(String(h))) >= 0) : -1;
  if (index < 0) throw new Error(`no ${key} column in ${TAB_LABELS[tab].en}`);
  return index + 1;
}

/** Types `value` over one cell as `user`, so onEdit fires as it does for a person. */
export function editCell(rt: LocalRuntime, tab: ColumnTab, row: number, key: string, value: unknown, user?: string): void {
  rt.type(sheetOf(rt, tab).getName(), row, columnOf(rt, tab, key), [[value]], user);
}

const KR = { objectiveId: 'O2', teamId: 'KD', ownerEmail: SALES_REP, kind: 'Increase', unit: 'hợp đồng', weight: 1 };
const kr = (krId: string, fields: Readonly<Record<string, unknown>>) => ({
  krId,
  keyResult: `Đạt thêm 10 hợp đồng mới (${krId})`,
  start: 0,
  target: 10,
  ...KR,
  ...fields,
});
const objective = (objectiveId: string, fields: Readonly<Record<string, unknown>>) => ({
  objectiveId,
  cycleId: 'Q4',
  level: 'Department',
  teamId: 'KD',
  ownerEmail: SALES_LEAD,
  objective: 'Mở rộng thị trường miền Trung',
  parentObjectiveId: 'O1',
  type: 'Committed',
  status: 'Active',
  ...fields,
});
const checkIn = (krId: string, value: unknown, fields: Readonly<Record<string, unknown>> = {}) => ({ krId, value, ...fields });

// Rows of the small company (test/support/bundle.ts): cycles Q4 at 2; teams BGD, KD, SP at 2-4;
// people at 2-5; objectives O1-O3 at 2-4; KR1-KR4 at 2-5.
export const CELL_CASES: readonly BadInputCase[] = [
  {
    name: 'blank rows in the middle of Key Results: the KR below them is still read',
    tab: 'keyResults',
    rows: [{}, {}, kr('KR5', { objectiveId: 'O99' })],
    expect: { codes: ['UNKNOWN_REFERENCE'] },
  },
  {
    name: 'a blank row in the middle of Check-ins: the check-in below it is still read',
    tab: 'checkIns',
    user: SALES_REP,
    rows: [{}, checkIn('KR3', '5'), {}, checkIn('KR99', '7')],
    expect: { codes: ['UNKNOWN_REFERENCE'], current: { krId: 'KR3', value: 5 } },
  },
  { name: 'text "chưa rõ" in a KR target', tab: 'keyResults', edit: { row: 4, column: 'target', value: 'chưa rõ' }, expect: { codes: ['INVALID_VALUE'] } },
  { name: 'text "N/A" in a KR start', tab: 'keyResults', edit: { row: 4, column: 'start', value: 'N/A' }, expect: { codes: ['INVALID_VALUE'] } },
  {
    name: 'text "N/A" as a check-in value',
    tab: 'checkIns',
    user: SALES_REP,
    rows: [checkIn('KR3', 'N/A')],
    expect: { codes: ['INVALID_VALUE'], current: { krId: 'KR3', value: '' } },
  },
  {
    name: 'text "chưa rõ" as an initiative priority',
    tab: 'initiatives',
    rows: [{ initiativeId: 'I1', krId: 'KR3', initiative: 'Gọi lại khách hàng cũ', ownerEmail: SALES_REP, priority: 'chưa rõ', status: 'Planned' }],
    expect: { codes: ['INVALID_VALUE'] },
  },
  {
    name: 'an impossible date 31/02/2026 as a cycle end',
    tab: 'cycles',
    edit: { row: 2, column: 'end', value: '31/02/2026' },
    expect: { codes: ['INVALID_VALUE'] },
  },
  {
    name: 'an impossible date 2026-13-01 as a cycle start',
    tab: 'cycles',
    edit: { row: 2, column: 'start', value: '2026-13-01' },
    expect: { codes: ['INVALID_VALUE'] },
  },
  {
    name: 'dates typed as text (01/10/2026, 31/12/2026) are read, not flagged',
    tab: 'cycles',
    rows: [{ cycleId: 'Q1', name: 'Quý 1', start: "'01/01/2027", end: "'31/03/2027", status: 'Planning' }],
    expect: { absent: ['INVALID_VALUE', 'MISSING_FIELD'] },
  },
  {
    name: 'a dependency date typed as text "5/10/2026" is read, not flagged',
    tab: 'dependencies',
    rows: [
      {
        dependencyId: 'D1',
        requestingTeamId: 'KD',
        forId: 'KR3',
        providingTeamId: 'SP',
        request: 'Báo cáo khách hàng cũ',
        requestedOn: "'5/10/2026",
        status: 'Requested',
      },
    ],
    expect: { absent: ['INVALID_VALUE'] },
  },
  { name: 'a duplicate objective ID', tab: 'objectives', rows: [objective('O2', {})], expect: { codes: ['DUPLICATE_ID'] } },
  { name: 'a duplicate KR ID', tab: 'keyResults', rows: [kr('KR3', {})], expect: { codes: ['DUPLICATE_ID'] } },
  {
    name: 'a duplicate team ID',
    tab: 'teams',
    rows: [{ teamId: 'KD', name: 'Kinh doanh 2', parentTeamId: 'BGD', leadEmail: SALES_LEAD }],
    expect: { codes: ['DUPLICATE_ID'] },
  },
  {
    name: 'a duplicate person, the e-mail typed in capitals',
    tab: 'people',
    rows: [{ email: 'LAN@EXAMPLE.VN', name: 'Lan (2)', teamId: 'KD', language: 'vi' }],
    expect: { codes: ['DUPLICATE_ID'] },
  },
  { name: 'a KR whose objective does not exist', tab: 'keyResults', rows: [kr('KR5', { objectiveId: 'O42' })], expect: { codes: ['UNKNOWN_REFERENCE'] } },
  { name: 'a check-in for a KR that does not exist', tab: 'checkIns', user: SALES_REP, rows: [checkIn('KR42', '3')], expect: { codes: ['UNKNOWN_REFERENCE'] } },
  {
    name: 'a team whose parent team does not exist',
    tab: 'teams',
    rows: [{ teamId: 'MKT', name: 'Marketing', parentTeamId: 'XYZ', leadEmail: ADMIN }],
    expect: { codes: ['UNKNOWN_REFERENCE'] },
  },
  {
    name: 'an objective parent loop O1 -> O2 -> O1',
    tab: 'objectives',
    edit: { row: 2, column: 'parentObjectiveId', value: 'O2' },
    expect: { codes: ['PARENT_CYCLE'] },
  },
  { name: 'a team parent loop BGD -> KD -> BGD', tab: 'teams', edit: { row: 2, column: 'parentTeamId', value: 'KD' }, expect: { codes: ['PARENT_CYCLE'] } },
  {
    name: 'a 50,000-character KR title',
    tab: 'keyResults',
    rows: [kr('KR5', { keyResult: `Đạt 10 hợp đồng ${'x'.repeat(50_000 - 16)}` })],
    expect: { absent: ['MISSING_FIELD'] },
  },
  {
    name: 'an HTML script tag as an objective title',
    tab: 'objectives',
    rows: [objective('O4', { objective: '<script>alert(1)</script>' })],
    expect: { shown: '<script>alert(1)</script>' },
  },
  {
    name: 'an IMPORTXML formula typed as text for a KR title',
    tab: 'keyResults',
    rows: [kr('KR5', { keyResult: `'=IMPORTXML("http://x","//a")` })],
    expect: { shown: '=IMPORTXML("http://x","//a")' },
  },
  { name: 'a "+cmd" objective title', tab: 'objectives', rows: [objective('O4', { objective: "'+cmd" })], expect: { shown: '+cmd' } },
  { name: 'an "@SUM" objective title', tab: 'objectives', rows: [objective('O4', { objective: "'@SUM(A1:A9)" })], expect: { shown: '@SUM(A1:A9)' } },
  { name: 'a "-2+3" KR title', tab: 'keyResults', rows: [kr('KR5', { keyResult: "'-2+3" })], expect: { shown: '-2+3' } },
  {
    name: 'an invalid e-mail in People',
    tab: 'people',
    rows: [{ email: 'thu@@example', name: 'Thu', teamId: 'KD', language: 'vi' }],
    expect: { codes: ['INVALID_VALUE'] },
  },
  {
    name: 'an invalid owner e-mail on a KR',
    tab: 'keyResults',
    edit: { row: 4, column: 'ownerEmail', value: 'quang at example' },
    expect: { codes: ['INVALID_VALUE'] },
  },
  { name: 'a huge target 1e308', tab: 'keyResults', rows: [kr('KR5', { target: 1e308 })], expect: { absent: ['INVALID_VALUE'] } },
  {
    name: 'a check-in of 1e308 on an Increase KR',
    tab: 'checkIns',
    user: SALES_REP,
    rows: [checkIn('KR3', 1e308)],
    expect: { absent: ['INVALID_VALUE'], current: { krId: 'KR3', value: 1e308 } },
  },
  {
    name: 'a negative target -5 on a Decrease KR from 0 is accepted',
    tab: 'keyResults',
    rows: [kr('KR5', { kind: 'Decrease', start: 0, target: -5 })],
    expect: { absent: ['INVALID_VALUE', 'KR_NOT_MEASURABLE'] },
  },
  {
    name: 'an Increase KR from 0 to a target of -5 goes the wrong way',
    tab: 'keyResults',
    rows: [kr('KR5', { start: 0, target: -5 })],
    expect: { codes: ['KR_NOT_MEASURABLE'] },
  },
  { name: 'the error value #N/A as a KR start', tab: 'keyResults', edit: { row: 4, column: 'start', value: '#N/A' }, expect: { codes: ['INVALID_VALUE'] } },
  { name: 'the error value #REF! as a KR target', tab: 'keyResults', edit: { row: 4, column: 'target', value: '#REF!' }, expect: { codes: ['INVALID_VALUE'] } },
  {
    name: 'the error value #VALUE! as a check-in value',
    tab: 'checkIns',
    user: SALES_REP,
    rows: [checkIn('KR3', '#VALUE!')],
    expect: { codes: ['INVALID_VALUE'], current: { krId: 'KR3', value: '' } },
  },
  {
    name: 'the error value #DIV/0! as a cycle end date',
    tab: 'cycles',
    edit: { row: 2, column: 'end', value: '#DIV/0!' },
    expect: { codes: ['INVALID_VALUE'] },
  },
  { name: 'whitespace-only objective ID on a KR', tab: 'keyResults', rows: [kr('KR5', { objectiveId: '   ' })], expect: { codes: ['MISSING_FIELD'] } },
  { name: 'a whitespace-only objective title', tab: 'objectives', rows: [objective('O4', { objective: ' \u00a0 ' })], expect: { codes: ['MISSING_FIELD'] } },
  {
    name: 'choices typed in English in a Vietnamese workbook are accepted',
    tab: 'checkIns',
    user: SALES_REP,
    rows: [checkIn('KR3', '5', { confidence: 'At risk' }), checkIn('KR2', '6', { confidence: 'Off track' })],
    expect: { absent: ['INVALID_VALUE'], current: { krId: 'KR2', value: 6 } },
  },
  {
    name: 'choices without diacritics (Phong ban, Cam ket, Dang thuc hien) are accepted',
    tab: 'objectives',
    rows: [objective('O4', { level: 'Phong ban', type: 'Cam ket', status: 'Dang thuc hien' })],
    expect: { absent: ['INVALID_VALUE', 'MISSING_FIELD'] },
  },
  {
    name: "emoji in a person's name",
    tab: 'people',
    rows: [{ email: 'thu@example.vn', name: 'Thu 🌸', teamId: 'KD', language: 'vi' }],
    expect: { absent: ['INVALID_VALUE', 'MISSING_FIELD'] },
  },
  {
    name: 'emoji in an objective title',
    tab: 'objectives',
    rows: [objective('O4', { objective: '🚀 Bùng nổ doanh số miền Trung 🎯' })],
    expect: { shown: '🚀 Bùng nổ doanh số miền Trung 🎯' },
  },
  { name: 'a KR whose start equals its target', tab: 'keyResults', rows: [kr('KR5', { start: 10, target: 10 })], expect: { codes: ['KR_NOT_MEASURABLE'] } },
  {
    name: 'a check-in with a timestamp in the future',
    tab: 'checkIns',
    user: SALES_REP,
    rows: [checkIn('KR3', '8', { timestamp: '2027-06-01 10:00' })],
    expect: { codes: ['INVALID_VALUE'] },
  },
];
