// The actions the benchmark measures: each as a person or trigger runs it through the bundle, with the
// limit it runs under, the target DESIGN.md §5 sets for the large org, and the least work it must do.
import { COLUMN_LABELS, SETTING_LABELS, type ColumnTab, type TabKey } from '../../src/i18n/tabs';
import { EXECUTION_LIMIT_MS, type LocalRuntime } from '../../src/local/emulator';
import { typeRows } from '../../src/local/cli';
import type { OrgSize } from './org';

/** A simple trigger "cannot run for longer than 30 seconds": https://developers.google.com/apps-script/guides/triggers#restrictions */
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;

export interface Limit {
  readonly label: string;
  readonly ms: number;
}

const SIMPLE_TRIGGER: Limit = { label: 'simple trigger 30 s', ms: SIMPLE_TRIGGER_LIMIT_MS };
const MENU: Limit = { label: 'menu 6 min', ms: EXECUTION_LIMIT_MS };
const SIDEBAR: Limit = { label: 'sidebar 6 min', ms: EXECUTION_LIMIT_MS };
const DAILY: Limit = { label: 'installable trigger 6 min', ms: EXECUTION_LIMIT_MS };

/** Cells an action reads and writes. */
export interface Cells {
  readonly read: number;
  readonly written: number;
}

/** Who the person-facing actions run as: a plain member (not an admin, not a team lead), with a KR of their own. */
export interface Member {
  readonly email: string;
  readonly krId: string;
}

/** What the action produced, which its least writes depend on. */
export interface Outcome {
  /** Used cells (last row × last column, header included) of a tab after the run: what an output holds. */
  readonly used: (tab: TabKey) => number;
  /** E-mails sent: each is recorded by one Log row, so that it never goes twice. */
  readonly mails: number;
  /** Cells the run wrote. */
  readonly written: number;
}

export interface BenchAction {
  readonly name: string;
  readonly limit: Limit;
  /** The target for the large org (DESIGN.md §5), in seconds of simulated Apps Script time. */
  readonly targetS: number;
  /** Tabs the naive baseline reads whole, cell by cell. */
  readonly naiveReads: readonly TabKey[];
  /** The cells the action cannot do without, for this org and what the run produced. */
  readonly least: (size: OrgSize, outcome: Outcome) => Cells;
  readonly prepare?: (rt: LocalRuntime) => void;
  readonly run: (rt: LocalRuntime, member: Member) => void;
  /** An execution the design before did not have (its work ran inside another action): no before columns. */
  readonly newSince?: string;
  /** Run over the org with its three closed quarters still in the tabs (what Archive starts from), not archived. */
  readonly closedInTabs?: boolean;
}

const columns = (tab: ColumnTab): number => Object.keys(COLUMN_LABELS[tab]).length;
/** `rows` records of a tab and its header row. */
const rowsOf = (tab: ColumnTab, rows: number): number => (rows + 1) * columns(tab);
/** Settings and Cycles are read whole by everything: a dozen keys, and the bench's one cycle. */
const SETTINGS_AND_CYCLES = rowsOf('settings', Object.keys(SETTING_LABELS).length) + rowsOf('cycles', 1);
/** Current, Progress, Score, Confidence, Status, Last check-in: the KR columns the program owns. */
const KR_PROGRAM_COLUMNS = 6;
/** Timestamp, KR ID, Value, Confidence: the first four Check-ins columns, all a KR's progress is computed from. */
const CHECK_IN_PROGRESS_COLUMNS = 4;
/** The stamps onEdit adds to a typed check-in: Timestamp, By, Source. */
const CHECK_IN_STAMPS = 3;
const LOG_ROW = columns('log');
/** What we learned, Keep / change / drop: Reviews columns people type, never the program. */
const REFLECTION_COLUMNS = 2;

const krsPerPerson = (size: OrgSize): number => size.krs / size.people;

/**
 * What a person's own page needs: Settings, Cycles, their People row, their KR rows and those KRs'
 * objectives, with the header rows. Finding their rows is counted free: an index (row numbers kept by
 * KR ID and e-mail) would otherwise add one ID column, krs + people cells.
 */
const personReads = (size: OrgSize): number =>
  SETTINGS_AND_CYCLES + rowsOf('people', 1) + rowsOf('keyResults', krsPerPerson(size)) + rowsOf('objectives', krsPerPerson(size));

/**
 * Everything a whole-company report starts from, without Check-ins: each KR row carries its latest check-in
 * (Current … Last check-in), so none of the reports needs the history to know where a KR stands.
 */
const companyReads = (size: OrgSize): number =>
  SETTINGS_AND_CYCLES + rowsOf('people', size.people) + rowsOf('teams', size.teams) + rowsOf('objectives', size.objectives) + rowsOf('keyResults', size.krs);

const INPUT_TABS: readonly TabKey[] = ['settings', 'cycles', 'people', 'teams', 'objectives', 'keyResults', 'checkIns', 'initiatives', 'dependencies'];

/** The admin's answers to Close cycle: close now, despite the gate's errors, and why. */
function answerClose(rt: LocalRuntime): void {
  rt.ui.answerNext('YES');
  rt.ui.answerNext('YES');
  rt.ui.answerNext('OK', 'benchmark');
}

export const ACTIONS: readonly BenchAction[] = [
  {
    name: 'Refresh progress (menu)',
    limit: MENU,
    targetS: 60,
    naiveReads: INPUT_TABS,
    // A full recompute: the latest check-in of each KR is only known from the cycle's check-ins (their four
    // progress columns); the KR rows give kind, start and target. Last night's refresh left every KR row
    // current and no one has checked in since, so no program cell changes: only the run's Log row is due.
    least: (s) => ({ read: SETTINGS_AND_CYCLES + rowsOf('keyResults', s.krs) + (s.checkIns + 1) * CHECK_IN_PROGRESS_COLUMNS, written: LOG_ROW }),
    run: (rt) => {
      rt.run('menuRefresh');
    },
  },
  {
    name: 'Check-in sidebar: load',
    limit: SIDEBAR,
    targetS: 5,
    naiveReads: INPUT_TABS,
    // The person's own page; it writes nothing.
    least: (s) => ({ read: personReads(s), written: 0 }),
    run: (rt, m) => {
      rt.run('sidebarLoad', [], { user: m.email });
    },
  },
  {
    name: 'Check-in sidebar: save one',
    limit: SIDEBAR,
    targetS: 5,
    naiveReads: INPUT_TABS,
    // Validated against what the page showed (the same reads); one Check-ins row, the KR row's program
    // cells from that check-in alone, and one Log row.
    least: (s) => ({ read: personReads(s), written: columns('checkIns') + KR_PROGRAM_COLUMNS + LOG_ROW }),
    run: (rt, m) => {
      rt.run('sidebarCheckIn', [[{ krId: m.krId, value: '40%', confidence: 'On track', progressNote: '', problems: '', plans: '' }]], { user: m.email });
    },
  },
  {
    name: 'Check-in typed in the sheet (onEdit)',
    limit: SIMPLE_TRIGGER,
    targetS: 5,
    naiveReads: INPUT_TABS,
    // The edited row, and what deciding it needs: Settings, the editor's People row, the KR's row (headers
    // included; found by index, as for the page). Writes its three stamps and the KR row's program cells
    // the check-in changes: all but Confidence, which the typed row leaves blank.
    least: () => ({
      read: SETTINGS_AND_CYCLES + rowsOf('checkIns', 1) + rowsOf('people', 1) + rowsOf('keyResults', 1),
      written: CHECK_IN_STAMPS + KR_PROGRAM_COLUMNS - 1,
    }),
    run: (rt, m) => typeRows(rt, 'checkIns', [{ krId: m.krId, value: '45%' }], m.email),
  },
  {
    name: 'Check alignment & quality (menu)',
    limit: MENU,
    targetS: 60,
    naiveReads: [...INPUT_TABS, 'reviews'],
    // The checks are about the inputs (the generated org has no initiatives, dependencies or reviews:
    // their header rows); they write the Findings and Alignment they produce, whole, as a report is, and
    // a Log row.
    least: (s, { used }) => ({
      read: companyReads(s) + columns('initiatives') + columns('dependencies') + columns('reviews'),
      written: used('findings') + used('alignment') + LOG_ROW,
    }),
    run: (rt) => {
      rt.run('menuCheck');
    },
  },
  {
    name: 'Refresh summary & dashboard (menu)',
    limit: MENU,
    targetS: 60,
    naiveReads: INPUT_TABS,
    // On Monday morning no one has checked in this week, so past weeks' rows stand as the last run left
    // them: only this week's KR weekly block (a row per KR) and Check-in rate rows (a row per team) are new,
    // the Dashboard is redrawn, and a Log row records the run.
    least: (s, { used }) => ({
      read: companyReads(s),
      written: s.krs * columns('krWeekly') + s.teams * columns('checkinRate') + used('dashboard') + LOG_ROW,
    }),
    run: (rt) => {
      rt.run('menuSummary');
    },
  },
  {
    name: 'Weekly brief (menu, company)',
    limit: MENU,
    targetS: 60,
    naiveReads: [...INPUT_TABS, 'log'],
    // The company brief: what stands (the KR rows) and last week's check-ins, a KR each at most (their
    // progress columns); it writes the Brief tab it produces and a Log row.
    least: (s, { used }) => ({ read: companyReads(s) + (s.krs + 1) * CHECK_IN_PROGRESS_COLUMNS, written: used('brief') + LOG_ROW }),
    prepare: (rt) => rt.ui.answerNext('OK', ''),
    run: (rt) => {
      rt.run('menuBrief');
    },
  },
  {
    name: 'Close cycle & review (menu)',
    limit: MENU,
    targetS: 60,
    naiveReads: [...INPUT_TABS, 'reviews'],
    // Grades every KR and objective from the KR rows: one Reviews row per KR (the objective's score on it;
    // the two reflection columns are the team's to type), the checks' Findings and Alignment, the cycle's
    // Status cell and the run's Log row. The review packs go from the pack run, below.
    least: (s, { used, mails }) => ({
      read: companyReads(s) + columns('reviews'),
      written: s.krs * (columns('reviews') - REFLECTION_COLUMNS) + used('findings') + used('alignment') + 1 + (mails + 1) * LOG_ROW,
    }),
    prepare: answerClose,
    run: (rt) => {
      rt.run('menuCloseCycle');
    },
  },
  {
    name: 'Review packs (one-off trigger after Close)',
    limit: DAILY,
    targetS: 240,
    naiveReads: [...INPUT_TABS, 'reviews', 'log'],
    // Each team lead's graded KRs, from the KR rows and the cycle's Reviews rows; a Log row per pack and one
    // for the run.
    least: (s, { mails }) => ({
      read: companyReads(s) + rowsOf('reviews', s.krs),
      written: (mails + 1) * LOG_ROW,
    }),
    prepare: (rt) => {
      answerClose(rt);
      rt.run('menuCloseCycle');
    },
    run: (rt) => {
      rt.run('packRun', [], { context: 'installableTrigger' });
    },
    newSince: 'the packs were mailed inside Close cycle',
  },
  {
    name: 'Archive closed cycles (menu, three quarters in the tabs)',
    limit: MENU,
    targetS: 60,
    naiveReads: [...INPUT_TABS],
    // What fits in the menu's minute of copying the closed quarters' rows into their archives; the rest goes
    // on in one-off runs (below). Least: the run's Log row (the copy itself is spread over the runs).
    least: () => ({ read: SETTINGS_AND_CYCLES, written: LOG_ROW }),
    run: (rt) => {
      rt.run('menuArchive');
    },
    newSince: 'there was no archive',
    closedInTabs: true,
  },
  {
    name: 'Archive: its first continuation (one-off trigger)',
    limit: DAILY,
    targetS: 240,
    naiveReads: [...INPUT_TABS],
    // A share of the copy, which no design can skip: each cell it wrote into an archive, read once.
    least: (_, { written }) => ({ read: written, written }),
    prepare: (rt) => {
      rt.run('menuArchive');
    },
    run: (rt) => {
      rt.run('archiveContinue', [], { context: 'installableTrigger' });
    },
    newSince: 'there was no archive',
    closedInTabs: true,
  },
  {
    name: 'Daily trigger (refresh, reminders, summary)',
    limit: DAILY,
    targetS: 240,
    naiveReads: [...INPUT_TABS, 'log'],
    // On the check-in day: the summary's reads and writes and the brief's, a Log row per reminder mailed
    // and one for the run. KR rows already stand from each save, so its refresh adds nothing the least
    // must count.
    least: (s, { used, mails }) => ({
      read: companyReads(s) + (s.krs + 1) * CHECK_IN_PROGRESS_COLUMNS,
      written: s.krs * columns('krWeekly') + s.teams * columns('checkinRate') + used('dashboard') + used('brief') + (mails + 1) * LOG_ROW,
    }),
    run: (rt) => {
      rt.run('dailyTrigger', [], { context: 'installableTrigger' });
    },
  },
  {
    name: 'Preview reminders',
    limit: MENU,
    targetS: 60,
    naiveReads: [...INPUT_TABS, 'log'],
    // Who is due: people and their KRs' last check-in (on the KR rows), this week's reminder ledger (a Log
    // row a person at most); it writes its Log row alone.
    least: (s) => ({ read: companyReads(s) + (s.people + 1) * LOG_ROW, written: LOG_ROW }),
    run: (rt) => {
      rt.run('menuPreviewReminders');
    },
  },
];
