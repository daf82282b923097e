// The actions the benchmark measures: each as a person or trigger runs it through the bundle.
import type { TabKey } from '../../src/i18n/tabs';
import type { LocalRuntime } from '../../src/local/runtime';
import { typeRows } from '../../src/local/workbook-typist';
import type { OrgSize } from './org';

export interface BenchAction {
  readonly name: string;
  /** Tabs the action reads: what the naive baseline reads cell by cell. */
  readonly reads: readonly TabKey[];
  /** Cells the action writes, for the naive baseline's per-cell writes. */
  readonly cellsWritten: (size: OrgSize) => number;
  readonly prepare?: (rt: LocalRuntime) => void;
  readonly run: (rt: LocalRuntime) => void;
}

const INPUT_TABS: readonly TabKey[] = ['settings', 'cycles', 'people', 'teams', 'objectives', 'keyResults', 'checkIns', 'initiatives', 'dependencies'];

export const ACTIONS: readonly BenchAction[] = [
  { name: 'Refresh progress (menu)', reads: INPUT_TABS, cellsWritten: (s) => s.krs * 6, run: (rt) => { rt.run('menuRefresh'); } },
  { name: 'Check-in sidebar: load', reads: INPUT_TABS, cellsWritten: () => 0, run: (rt) => { rt.run('sidebarLoad'); } },
  {
    name: 'Check-in sidebar: save one', reads: INPUT_TABS, cellsWritten: (s) => 9 + s.krs * 6,
    run: (rt) => { rt.run('sidebarCheckIn', [[{ krId: 'KR0', value: '40%', confidence: 'On track', progressNote: '', problems: '', plans: '' }]]); },
  },
  {
    name: 'Check-in typed in the sheet (onEdit)', reads: INPUT_TABS, cellsWritten: (s) => 3 + 1 + s.krs * 6,
    run: (rt) => typeRows(rt, 'checkIns', [{ krId: 'KR1', value: '45%' }], 'person1@bigco.vn'),
  },
  { name: 'Check alignment & quality (menu)', reads: [...INPUT_TABS, 'reviews'], cellsWritten: (s) => s.krs * 8 + s.objectives * 6, run: (rt) => { rt.run('menuCheck'); } },
  { name: 'Refresh summary & dashboard (menu)', reads: INPUT_TABS, cellsWritten: (s) => s.krs * 13 * 27 + s.teams * 13 * 9, run: (rt) => { rt.run('menuSummary'); } },
  {
    name: 'Weekly brief (menu, company)', reads: [...INPUT_TABS, 'log'], cellsWritten: (s) => s.krs * 8,
    prepare: (rt) => rt.ui.answerNext('OK', ''), run: (rt) => { rt.run('menuBrief'); },
  },
  {
    name: 'Close cycle & review (menu)', reads: [...INPUT_TABS, 'reviews'], cellsWritten: (s) => s.krs * 11 + s.krs * 8 + s.objectives * 6,
    prepare: (rt) => { rt.ui.answerNext('YES'); rt.ui.answerNext('YES'); rt.ui.answerNext('OK', 'benchmark'); },
    run: (rt) => { rt.run('menuCloseCycle'); },
  },
  { name: 'Daily trigger (refresh, reminders, summary)', reads: [...INPUT_TABS, 'log'], cellsWritten: (s) => s.krs * 6 + s.people * 6, run: (rt) => { rt.run('dailyTrigger'); } },
  { name: 'Preview reminders', reads: [...INPUT_TABS, 'log'], cellsWritten: () => 0, run: (rt) => { rt.run('menuPreviewReminders'); } },
];
