/**
 * The Dashboard tab as one rectangle of cells (written in one call): the headline figures, then three
 * tables side by side that the charts read: progress by objective, the score distribution, and the check-in
 * rate by team and week.
 */
import { startOfDay } from '../core/date-parse';
import type { Dashboard } from '../core/dashboard';
import type { WeekRate } from '../core/dashboard-rate';
import type { Catalogue } from '../i18n';
import type { Lang } from '../core/lang';
import type { BlockLayout } from '../sheet/format';
import { PERCENT_FORMAT, readerDateFormat, readerDateTimeFormat, SCORE_FORMAT } from '../sheet/schema';

type Cell = string | number | Date;

export type DashboardTable = 'progress' | 'distribution' | 'rate';

export interface TableArea {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface DashboardGrid {
  readonly rows: Cell[][];
  readonly width: number;
  readonly tables: Readonly<Record<DashboardTable, TableArea>>;
  /** Number formats, wrapping and widths: a fixed number of blocks, whatever the data. */
  readonly layout: readonly BlockLayout[];
}

/** Where the tables start (1-based row), below the headline block. */
const TABLE_ROW = 11;
/** The headline cells with a number format: the update time, the company score, the rate and its week. */
const UPDATED_CELL = { row: 2, column: 2 } as const;
const SCORE_CELL = { row: 4, column: 2 } as const;
const RATE_CELL = { row: 5, column: 2 } as const;
const RATE_WEEK_CELL = { row: 5, column: 3 } as const;

/**
 * The Dashboard on `now`; `headlineRate` is the headline check-in rate (headlineCheckinRate: the last full week's,
 * named by its start beside it).
 */
export function dashboardGrid(
  dashboard: Dashboard,
  headlineRate: WeekRate | null,
  t: Catalogue['dashboard'],
  lang: Lang,
  company: string,
  now: Date,
  timeZone: string,
): DashboardGrid {
  const { headline } = dashboard;
  const figure = (value: number | null) => (value === null ? t.none : value);
  const header: Cell[][] = [
    [t.title(company)],
    [t.updated, now],
    // A saved .xlsx holds no chart (no well-kept library writes Sheets charts), so the tab says where they are.
    [t.chartsNote],
    [t.companyScore, figure(headline.companyScore)],
    headlineRate === null ? [t.checkinRate, t.none] : [t.checkinRate, headlineRate.rate, startOfDay(headlineRate.weekStart, timeZone)],
    [t.atRisk, headline.krsAtRisk],
    [t.offTrack, headline.krsOffTrack],
    [t.stale, headline.krsStale],
    [t.total, headline.krsTotal],
    [],
  ];
  const progress: Cell[][] = [[t.objective, t.score], ...dashboard.objectiveProgressRows.map((o) => [`${o.objectiveId} ${o.title}`, o.score ?? 0])];
  const distribution: Cell[][] = [[t.bin, t.count], ...dashboard.scoreDistribution.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, b.count])];
  const pivot = dashboard.checkinRateByTeamWeek;
  const rate: Cell[][] = [
    [t.week, ...pivot.teams.map((team) => team.team || team.teamId)],
    ...pivot.rows.map((r) => [startOfDay(r.weekStart, timeZone), ...r.rates.map((x) => x ?? '')]),
  ];
  const blocks: [DashboardTable, Cell[][]][] = [
    ['progress', progress],
    ['distribution', distribution],
    ['rate', rate],
  ];
  const tables = {} as Record<DashboardTable, TableArea>;
  let column = 1;
  for (const [name, block] of blocks) {
    tables[name] = { row: TABLE_ROW, column, rows: block.length, columns: block[0]!.length };
    column += block[0]!.length + 1;
  }
  const width = Math.max(column - 2, 2);
  const height = TABLE_ROW - 1 + Math.max(...blocks.map(([, block]) => block.length));
  const rows: Cell[][] = Array.from({ length: height }, (_, i) => {
    const row: Cell[] = new Array(width).fill('');
    (header[i] ?? []).forEach((cell, j) => {
      row[j] = cell;
    });
    return row;
  });
  for (const [name, block] of blocks) {
    const area = tables[name];
    block.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        rows[area.row - 1 + i]![area.column - 1 + j] = cell;
      }),
    );
  }
  const cell = (at: { row: number; column: number }, format: string): BlockLayout => ({ ...at, rows: 1, columns: 1, format });
  const body = (area: TableArea, column: number, columns: number, format: string): BlockLayout => ({
    row: area.row + 1,
    column: area.column + column,
    rows: area.rows - 1,
    columns,
    format,
  });
  const layout: BlockLayout[] = [
    // The labels and the objectives' titles: wide, and wrapped where a title is longer still.
    { row: TABLE_ROW + 1, column: 1, rows: tables.progress.rows - 1, columns: 1, wrap: true, width: 320 },
    { row: 1, column: 2, rows: 0, columns: 1, width: 120 },
    { row: 1, column: 3, rows: 0, columns: 1, width: 100 },
    { row: 1, column: tables.distribution.column, rows: 0, columns: 2, width: 100 },
    { row: 1, column: tables.rate.column, rows: 0, columns: tables.rate.columns, width: 100 },
    cell(UPDATED_CELL, readerDateTimeFormat(lang)),
    cell(SCORE_CELL, SCORE_FORMAT),
    cell(RATE_CELL, PERCENT_FORMAT),
    cell(RATE_WEEK_CELL, readerDateFormat(lang)),
    body(tables.progress, 1, 1, SCORE_FORMAT),
    body(tables.distribution, 1, 1, '0'),
    body(tables.rate, 0, 1, readerDateFormat(lang)),
    body(tables.rate, 1, tables.rate.columns - 1, PERCENT_FORMAT),
  ];
  return { rows, width, tables, layout };
}
