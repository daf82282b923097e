/** Reads every input tab once into the typed Workbook, with the problems of every unreadable cell. */
import { dayOf } from '../core/date-parse';
import { isBlank } from '../core/parsed';
import type { CellProblem, Workbook } from '../core/model';
import type { SettingProblem, Settings } from '../core/settings';
import type { TabKey } from '../i18n/tabs';
import { rowReader, type ReadContext, type RowReader } from './row-reader';
import { readSettings } from './settings-read';
import { findTab, listTabs, readTable, type Table, type TabList } from './table';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every(isBlank);
}

/** Reads one tab's data rows through `build`, skipping blank rows; `idKey` names the row in problems. */
function readRows<T>(book: Book, tab: TabKey, idKey: string, ctx: ReadContext, missing: TabKey[], tables: Tables,
  build: (r: RowReader, row: number) => T, tabs: TabList): T[] {
  const table = readTable(book, tab, tabs);
  tables[tab] = table ?? undefined;
  if (!table) {
    missing.push(tab);
    return [];
  }
  const out: T[] = [];
  table.rows.forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = i + 2;
    const idIndex = table.col(idKey);
    const id = idIndex >= 0 ? String(cells[idIndex] ?? '').trim() : '';
    out.push(build(rowReader(tab, table, cells, row, id, ctx), row));
  });
  return out;
}

/** The tables as read, for actions that write program-owned columns back without reading again. */
export type Tables = { [K in TabKey]?: Table };

export interface ReadWorkbook {
  readonly workbook: Workbook;
  readonly settingProblems: readonly SettingProblem[];
  readonly tables: Tables;
}

export function readWorkbook(book: Book, known?: { settings: Settings; problems: SettingProblem[] }): ReadWorkbook {
  const { settings, problems: settingProblems } = known ?? readSettings(book);
  const problems: CellProblem[] = [];
  const missingTabs: TabKey[] = [];
  const tables: Tables = {};
  const tabs = listTabs(book);
  if (!findTab(book, 'settings', tabs)) missingTabs.push('settings');
  const ctx: ReadContext = { lang: settings.language, timeZone: settings.timeZone, problems };
  const read = <T>(tab: TabKey, idKey: string, build: (r: RowReader, row: number) => T) => readRows(book, tab, idKey, ctx, missingTabs, tables, build, tabs);

  const cycles = read('cycles', 'cycleId', (r, row) => ({
    row, id: r.text('cycleId'), name: r.text('name'), start: r.day('start'), end: r.day('end'), status: r.choice('status', 'cycleStatus'),
  }));
  const people = read('people', 'email', (r, row) => ({
    row, email: r.email('email'), name: r.text('name'), teamId: r.text('teamId'), managerEmail: r.email('managerEmail'),
    language: r.choice('language', 'language'),
  }));
  const teams = read('teams', 'teamId', (r, row) => ({
    row, id: r.text('teamId'), name: r.text('name'), parentId: r.text('parentTeamId'), leadEmail: r.email('leadEmail'),
  }));
  const objectives = read('objectives', 'objectiveId', (r, row) => ({
    row, id: r.text('objectiveId'), cycleId: r.text('cycleId'), level: r.choice('level', 'level'), teamId: r.text('teamId'),
    ownerEmail: r.email('ownerEmail'), title: r.text('objective'), parentId: r.text('parentObjectiveId'),
    type: r.choice('type', 'objectiveType'), status: r.choice('status', 'objectiveStatus'),
  }));
  const keyResults = read('keyResults', 'krId', (r, row) => ({
    row, id: r.text('krId'), objectiveId: r.text('objectiveId'), title: r.text('keyResult'), teamId: r.text('teamId'),
    ownerEmail: r.email('ownerEmail'), kind: r.choice('kind', 'krKind'), unit: r.text('unit'), start: r.number('start'),
    target: r.number('target'), weight: r.number('weight'),
  }));
  const checkIns = read('checkIns', 'krId', (r, row) => {
    const stamp = r.raw('timestamp');
    const at = Object.prototype.toString.call(stamp) === '[object Date]' && !isNaN((stamp as Date).getTime()) ? (stamp as Date) : null;
    const day = at ? dayOf(at, settings.timeZone) : r.day('timestamp');
    return {
      row, at, day, krId: r.text('krId'), value: r.number('value'), confidence: r.choice('confidence', 'confidence'),
      progressNote: r.text('progressNote'), problems: r.text('problems'), plans: r.text('plans'), by: r.email('by'),
      source: r.choice('source', 'checkInSource'),
    };
  });
  const initiatives = read('initiatives', 'initiativeId', (r, row) => ({
    row, id: r.text('initiativeId'), krId: r.text('krId'), title: r.text('initiative'), ownerEmail: r.email('ownerEmail'),
    priority: r.number('priority'), status: r.choice('status', 'initiativeStatus'), reason: r.text('reason'),
  }));
  const dependencies = read('dependencies', 'dependencyId', (r, row) => ({
    row, id: r.text('dependencyId'), requestingTeamId: r.text('requestingTeamId'), forId: r.text('forId'),
    providingTeamId: r.text('providingTeamId'), request: r.text('request'), requestedOn: r.day('requestedOn'),
    neededBy: r.day('neededBy'), status: r.choice('status', 'dependencyStatus'), backingKrId: r.text('backingKrId'),
    response: r.text('response'), decidedBy: r.email('decidedBy'),
  }));
  return {
    workbook: { settings, cycles, people, teams, objectives, keyResults, checkIns, initiatives, dependencies, problems, missingTabs },
    settingProblems,
    tables,
  };
}
