/** Record checks of the input tabs: duplicate IDs, missing fields, unknown references and unreadable cells. */
import type { TabKey } from './tabs';
import type { Finding, Severity } from './finding';
import { formatDay, type Day } from './date-parse';
import type { CellProblem, Workbook } from './model';
import type { SettingProblem } from './settings';

/** One field of one row to check: the tab's column key, its value, and how bad a blank or dangling one is. */
interface Field {
  readonly column: string;
  readonly value: string;
  readonly severity: Severity;
}

interface Row {
  readonly tab: TabKey;
  readonly row: number;
  readonly id: string;
}

const NUMERIC_KINDS = ['Increase', 'Decrease', 'Maintain'];

const present = (value: unknown): string => (value === null ? '' : String(value));

/**
 * MISSING_FIELD rules. Errors: every ID (and People's e-mail, its ID); a cycle's start and end; an
 * objective's cycle, level, team and text; a KR's objective, text and kind, and start and target
 * for the numeric kinds (Increase, Decrease, Maintain); an initiative's KR; a dependency's teams,
 * For and request. Warnings (the row still works): names of cycles, people and teams; a cycle's
 * status; a person's team; a team's lead; an objective's owner, type and status; a check-in's KR;
 * an initiative's text; a dependency's status and requested-on date. A KR's team and owner are
 * optional one at a time (KR_NO_OWNER covers both blank); a Milestone's start and target are
 * KR_NOT_MEASURABLE's.
 */
function requiredFields(workbook: Workbook): Array<Row & { fields: Field[] }> {
  const e = (column: string, value: unknown): Field => ({ column, value: present(value), severity: 'error' });
  const w = (column: string, value: unknown): Field => ({ column, value: present(value), severity: 'warning' });
  return [
    ...workbook.cycles.map((c) => ({
      tab: 'cycles' as const,
      row: c.row,
      id: c.id,
      fields: [e('cycleId', c.id), w('name', c.name), e('start', c.start), e('end', c.end), w('status', c.status)],
    })),
    ...workbook.people.map((p) => ({
      tab: 'people' as const,
      row: p.row,
      id: p.email,
      fields: [e('email', p.email), w('name', p.name), w('teamId', p.teamId)],
    })),
    ...workbook.teams.map((t) => ({
      tab: 'teams' as const,
      row: t.row,
      id: t.id,
      fields: [e('teamId', t.id), w('name', t.name), w('leadEmail', t.leadEmail)],
    })),
    ...workbook.objectives.map((o) => ({
      tab: 'objectives' as const,
      row: o.row,
      id: o.id,
      fields: [
        e('objectiveId', o.id),
        e('cycleId', o.cycleId),
        e('level', o.level),
        e('teamId', o.teamId),
        e('objective', o.title),
        w('ownerEmail', o.ownerEmail),
        w('type', o.type),
        w('status', o.status),
      ],
    })),
    ...workbook.keyResults.map((k) => ({
      tab: 'keyResults' as const,
      row: k.row,
      id: k.id,
      fields: [
        e('krId', k.id),
        e('objectiveId', k.objectiveId),
        e('keyResult', k.title),
        e('kind', k.kind),
        ...(k.kind !== null && NUMERIC_KINDS.indexOf(k.kind) >= 0 ? [e('start', k.start), e('target', k.target)] : []),
      ],
    })),
    ...workbook.checkIns.map((c) => ({ tab: 'checkIns' as const, row: c.row, id: c.krId, fields: [w('krId', c.krId)] })),
    ...workbook.initiatives.map((i) => ({
      tab: 'initiatives' as const,
      row: i.row,
      id: i.id,
      fields: [e('initiativeId', i.id), e('krId', i.krId), w('initiative', i.title)],
    })),
    ...workbook.dependencies.map((d) => ({
      tab: 'dependencies' as const,
      row: d.row,
      id: d.id,
      fields: [
        e('dependencyId', d.id),
        e('requestingTeamId', d.requestingTeamId),
        e('forId', d.forId),
        e('providingTeamId', d.providingTeamId),
        e('request', d.request),
        w('status', d.status),
        w('requestedOn', d.requestedOn),
      ],
    })),
  ];
}

/** `tab:row:column` of every unreadable cell: such a cell is INVALID_VALUE, never also MISSING_FIELD. */
export function problemCells(problems: readonly CellProblem[]): Set<string> {
  return new Set(problems.map((p) => `${p.tab}:${p.row}:${p.column}`));
}

function checkMissing(workbook: Workbook): Finding[] {
  const unreadable = problemCells(workbook.problems);
  const noColumn = new Set(workbook.missingColumns.map((m) => `${m.tab}:${m.column}`));
  const findings: Finding[] = [];
  for (const r of requiredFields(workbook)) {
    for (const f of r.fields) {
      if (f.value === '' && !unreadable.has(`${r.tab}:${r.row}:${f.column}`) && !noColumn.has(`${r.tab}:${f.column}`)) {
        findings.push({ code: 'MISSING_FIELD', severity: f.severity, tab: r.tab, row: r.row, id: r.id, params: { column: f.column } });
      }
    }
  }
  return findings;
}

/** DUPLICATE_ID (error) on every row after the first that reuses an ID; params column and firstRow. */
function checkDuplicates(workbook: Workbook): Finding[] {
  const lists: Array<[TabKey, string, ReadonlyArray<{ row: number; id: string }>]> = [
    ['cycles', 'cycleId', workbook.cycles],
    ['teams', 'teamId', workbook.teams],
    ['people', 'email', workbook.people.map((p) => ({ row: p.row, id: p.email }))],
    ['objectives', 'objectiveId', workbook.objectives],
    ['keyResults', 'krId', workbook.keyResults],
    ['initiatives', 'initiativeId', workbook.initiatives],
    ['dependencies', 'dependencyId', workbook.dependencies],
  ];
  const findings: Finding[] = [];
  for (const [tab, column, rows] of lists) {
    const firstRow = new Map<string, number>();
    for (const { row, id } of rows) {
      if (id === '') continue;
      const first = firstRow.get(id);
      if (first === undefined) firstRow.set(id, row);
      else findings.push({ code: 'DUPLICATE_ID', severity: 'error', tab, row, id, params: { column, firstRow: first } });
    }
  }
  return findings;
}

/**
 * UNKNOWN_REFERENCE; params column, ref and refTab (the tab the ID should be in). Errors: an
 * objective's cycle, parent and team; a KR's objective and team; an initiative's KR; a dependency's
 * teams, For (an objective or KR) and backing KR; a team's parent. Warnings: a check-in's KR (the
 * check-in is kept, not counted) and every e-mail that is not in People (owners, team leads).
 */
function checkReferences(workbook: Workbook, archived: ReadonlyMap<string, string>): Finding[] {
  const ids = <T>(rows: readonly T[], id: (r: T) => string) => new Set(rows.map(id));
  const cycles = ids(workbook.cycles, (c) => c.id);
  const teams = ids(workbook.teams, (t) => t.id);
  const people = ids(workbook.people, (p) => p.email);
  const objectives = ids(workbook.objectives, (o) => o.id);
  // A parent may be an objective of an archived cycle (a carried objective keeps its parent): history, known.
  const parents = new Set([...objectives, ...archived.keys()]);
  const krs = ids(workbook.keyResults, (k) => k.id);
  const findings: Finding[] = [];
  const ref = (at: Row, column: string, value: string, known: ReadonlySet<string>, refTab: TabKey, severity: Severity = 'error') => {
    if (value !== '' && !known.has(value)) findings.push({ code: 'UNKNOWN_REFERENCE', severity, ...at, params: { column, ref: value, refTab } });
  };
  const person = (at: Row, column: string, value: string) => ref(at, column, value, people, 'people', 'warning');
  for (const t of workbook.teams) {
    const at = { tab: 'teams' as const, row: t.row, id: t.id };
    ref(at, 'parentTeamId', t.parentId, teams, 'teams');
    person(at, 'leadEmail', t.leadEmail);
  }
  for (const p of workbook.people) ref({ tab: 'people', row: p.row, id: p.email }, 'teamId', p.teamId, teams, 'teams', 'warning');
  for (const o of workbook.objectives) {
    const at = { tab: 'objectives' as const, row: o.row, id: o.id };
    ref(at, 'cycleId', o.cycleId, cycles, 'cycles');
    ref(at, 'parentObjectiveId', o.parentId, parents, 'objectives');
    ref(at, 'teamId', o.teamId, teams, 'teams');
    person(at, 'ownerEmail', o.ownerEmail);
  }
  for (const k of workbook.keyResults) {
    const at = { tab: 'keyResults' as const, row: k.row, id: k.id };
    ref(at, 'objectiveId', k.objectiveId, objectives, 'objectives');
    ref(at, 'teamId', k.teamId, teams, 'teams');
    person(at, 'ownerEmail', k.ownerEmail);
  }
  for (const c of workbook.checkIns) ref({ tab: 'checkIns', row: c.row, id: c.krId }, 'krId', c.krId, krs, 'keyResults', 'warning');
  for (const i of workbook.initiatives) {
    const at = { tab: 'initiatives' as const, row: i.row, id: i.id };
    ref(at, 'krId', i.krId, krs, 'keyResults');
    person(at, 'ownerEmail', i.ownerEmail);
  }
  const objectiveOrKr = new Set([...objectives, ...krs]);
  for (const d of workbook.dependencies) {
    const at = { tab: 'dependencies' as const, row: d.row, id: d.id };
    ref(at, 'requestingTeamId', d.requestingTeamId, teams, 'teams');
    ref(at, 'forId', d.forId, objectiveOrKr, 'objectives');
    ref(at, 'providingTeamId', d.providingTeamId, teams, 'teams');
    ref(at, 'backingKrId', d.backingKrId, krs, 'keyResults');
  }
  return findings;
}

/**
 * INVALID_VALUE, one per unreadable cell; params column (key), header (as the sheet shows it), input
 * (as typed) and problem (INVALID_NUMBER, INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_EMAIL,
 * INVALID_CHOICE or FORMULA). A cell that had to be filled (a check-in's Timestamp) is MISSING_FIELD
 * instead. An error, except in Check-ins, where the row is kept but not counted, and in Settings, where
 * the default applies: warnings. A setting's column is its key (companyName, graceDays…) and its header
 * is '': the catalogue names the setting in the workbook language.
 */
function checkUnreadable(problems: readonly CellProblem[], settingProblems: readonly SettingProblem[]): Finding[] {
  return [
    ...problems.map(
      (p): Finding => ({
        code: p.problem.code === 'MISSING' ? 'MISSING_FIELD' : 'INVALID_VALUE',
        severity: p.tab === 'checkIns' ? 'warning' : 'error',
        tab: p.tab,
        row: p.row,
        id: p.id,
        params: { column: p.column, header: p.header, input: p.problem.input, problem: p.problem.code },
      }),
    ),
    ...settingProblems.map(
      (p): Finding =>
        p.problem.code === 'DUPLICATE'
          ? // A second Admins row is an error: the admin list is then distrusted and the last valid one applies.
            {
              code: 'DUPLICATE_ID',
              severity: p.key === 'admins' ? 'error' : 'warning',
              tab: 'settings',
              row: p.row,
              id: p.key,
              params: { column: p.key, firstRow: Number(p.problem.input) },
            }
          : {
              code: p.problem.code === 'MISSING' ? 'MISSING_FIELD' : 'INVALID_VALUE',
              severity: 'warning',
              tab: 'settings',
              row: p.row,
              id: p.key,
              params: { column: p.key, header: '', input: p.problem.input, problem: p.problem.code },
            },
    ),
  ];
}

/**
 * Columns whose blank cell is an error (requiredFields): a tab without one of them cannot be used.
 * Without any other column people type, the tab works but that data is lost: a warning.
 */
const REQUIRED_COLUMNS: Partial<Record<TabKey, readonly string[]>> = {
  cycles: ['cycleId', 'start', 'end'],
  people: ['email'],
  teams: ['teamId'],
  objectives: ['objectiveId', 'cycleId', 'level', 'teamId', 'objective'],
  keyResults: ['krId', 'objectiveId', 'keyResult', 'kind', 'start', 'target'],
  checkIns: ['timestamp', 'krId', 'value'],
  initiatives: ['initiativeId', 'krId'],
  dependencies: ['dependencyId', 'requestingTeamId', 'forId', 'providingTeamId', 'request'],
};

/**
 * MISSING_COLUMN, once per column people type that a tab's header lacks (renamed or deleted), instead
 * of one MISSING_FIELD per row; row 0, params column (the key: the catalogue words the expected header
 * in the workbook language).
 */
function checkColumns(workbook: Workbook): Finding[] {
  return workbook.missingColumns.map(
    (m): Finding => ({
      code: 'MISSING_COLUMN',
      severity: (REQUIRED_COLUMNS[m.tab] ?? []).indexOf(m.column) >= 0 ? 'error' : 'warning',
      tab: m.tab,
      row: 0,
      id: '',
      params: { column: m.column },
    }),
  );
}

/**
 * Every record finding of the workbook: MISSING_TAB, MISSING_COLUMN, DUPLICATE_ID, MISSING_FIELD,
 * UNKNOWN_REFERENCE, INVALID_VALUE.
 * @example checkRecords(workbook).map((f) => f.code) // ['MISSING_FIELD']
 */
export function checkRecords(
  workbook: Workbook,
  settingProblems: readonly SettingProblem[] = [],
  archived: ReadonlyMap<string, string> = new Map(),
): Finding[] {
  return [
    ...workbook.missingTabs.map((tab): Finding => ({ code: 'MISSING_TAB', severity: 'error', tab, row: 0, id: '', params: {} })),
    ...workbook.duplicateTabs.map(
      (d): Finding => ({
        code: 'DUPLICATE_TAB',
        severity: 'error',
        tab: d.tab,
        row: 0,
        id: '',
        params: { read: d.names[0] ?? '', ignored: d.names.slice(1).join('”, “') },
      }),
    ),
    ...checkColumns(workbook),
    ...checkDuplicates(workbook),
    ...checkMissing(workbook),
    ...checkReferences(workbook, archived),
    ...checkUnreadable(workbook.problems, settingProblems),
  ];
}

/**
 * INVALID_VALUE (warning) for a check-in dated after today: it is kept, and counts once its day comes;
 * until then it must not pass for the latest one. Params as for unreadable cells, problem FUTURE_DATE.
 */
export function checkFutureCheckIns(workbook: Workbook, today: Day): Finding[] {
  return workbook.checkIns
    .filter((c) => c.day !== null && c.day > today)
    .map(
      (c): Finding => ({
        code: 'INVALID_VALUE',
        severity: 'warning',
        tab: 'checkIns',
        row: c.row,
        id: c.krId,
        params: { column: 'timestamp', header: '', input: formatDay(c.day!), problem: 'FUTURE_DATE' },
      }),
    );
}
