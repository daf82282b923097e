// Mistakes that used to pass silently (issue 11 points 8 and 16, issue 14 "Checks and CLI"): one row per
// case, what is typed and the finding it must give on the Findings tab through the real bundle.
import type { FindingCode } from '../../src/core/finding';
import type { ColumnTab } from '../../src/i18n/tabs';

export interface SilentCase {
  readonly name: string;
  readonly tab: ColumnTab;
  /** Rows pasted below the tab's last row, by column key. */
  readonly rows?: readonly Readonly<Record<string, unknown>>[];
  /** One cell typed over: sheet row and column key. */
  readonly edit?: { readonly row: number; readonly column: string; readonly value: unknown };
  readonly code: FindingCode;
}

/** A check-in on KR3 (no check-in yet in the small company) with the given Timestamp: 99 of 40 would mark it Done. */
const stamped = (timestamp: unknown) => ({ timestamp, krId: 'KR3', value: 99 });

/** Timestamps that are not a real date-time: each is a finding and the check-in counts nowhere. */
export const TIMESTAMP_CASES: readonly SilentCase[] = [
  ["'12/10/2026", 'text day/month/year'],
  ['46307', 'a bare serial number'],
  ["'12 tháng 10 2026", 'a Vietnamese text date'],
  ["'tuần 2", 'a week name'],
  ['2026-13-45', 'a date that does not exist'],
  ["'2026-10-12 09:30", 'an ISO text date-time'],
  ['45', 'a small number'],
  ['hôm qua', 'a word'],
].map(([timestamp, what]) => ({
  name: `a check-in whose Timestamp is ${what} (${timestamp})`,
  tab: 'checkIns' as const,
  rows: [stamped(timestamp)],
  code: 'INVALID_VALUE' as const,
}));

// Rows of the small company (test/support/bundle.ts): cycle Q4 at 2; KR1-KR4 at 2-5.
export const MISTAKE_CASES: readonly SilentCase[] = [
  { name: 'a KR start typed 4O (letter O)', tab: 'keyResults', edit: { row: 4, column: 'start', value: '4O' }, code: 'INVALID_VALUE' },
  { name: 'a KR target typed 12abc', tab: 'keyResults', edit: { row: 4, column: 'target', value: '12abc' }, code: 'INVALID_VALUE' },
  { name: 'a KR target typed 1.2.3', tab: 'keyResults', edit: { row: 4, column: 'target', value: '1.2.3' }, code: 'INVALID_VALUE' },
  { name: 'a KR target typed 5,6,7', tab: 'keyResults', edit: { row: 4, column: 'target', value: '5,6,7' }, code: 'INVALID_VALUE' },
  { name: 'a check-in value typed 4O', tab: 'checkIns', rows: [{ krId: 'KR3', value: '4O' }], code: 'INVALID_VALUE' },
  { name: 'a cycle start typed 45', tab: 'cycles', edit: { row: 2, column: 'start', value: 45 }, code: 'INVALID_VALUE' },
  { name: 'a cycle end typed 2026', tab: 'cycles', edit: { row: 2, column: 'end', value: 2026 }, code: 'INVALID_VALUE' },
  { name: 'a cycle ending before it starts', tab: 'cycles', edit: { row: 2, column: 'end', value: '2026-06-30' }, code: 'CYCLE_ENDS_BEFORE_START' },
  {
    name: 'a second Active cycle',
    tab: 'cycles',
    rows: [{ cycleId: 'Q4b', name: 'Quý 4 (bản sao)', start: '2026-10-01', end: '2026-12-31', status: 'Active' }],
    code: 'SEVERAL_ACTIVE_CYCLES',
  },
  {
    name: 'a second Active cycle that started earlier',
    tab: 'cycles',
    rows: [{ cycleId: 'Q3', name: 'Quý 3', start: '2026-07-01', end: '2026-09-30', status: 'Active' }],
    code: 'SEVERAL_ACTIVE_CYCLES',
  },
  { name: 'a formula typed as a check-in value', tab: 'checkIns', rows: [{ krId: 'KR3', value: '=1+1' }], code: 'INVALID_VALUE' },
  { name: 'a formula giving 99 as a check-in value', tab: 'checkIns', rows: [{ krId: 'KR3', value: '=100-1' }], code: 'INVALID_VALUE' },
  { name: "a formula typed as text ('=1+1) as a check-in value", tab: 'checkIns', rows: [{ krId: 'KR3', value: "'=1+1" }], code: 'INVALID_VALUE' },
  { name: 'a formula error value as a check-in value', tab: 'checkIns', rows: [{ krId: 'KR3', value: '#ERROR!' }], code: 'INVALID_VALUE' },
];
