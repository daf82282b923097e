/**
 * The Dashboard tab as one rectangle of cells (written in one call): the headline figures, then three
 * tables side by side that the charts read: progress by objective, the score distribution, and the check-in
 * rate by team and week.
 */
import { startOfDay } from '../core/date-parse';
import type { Dashboard } from '../core/dashboard';
import type { Catalogue } from '../i18n';

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
}

/** Where the tables start (1-based row), below the headline block. */
const TABLE_ROW = 11;
/** The cells of the company score and of this week's check-in rate, for their number formats. */
export const SCORE_CELL = { row: 4, column: 2 } as const;
export const RATE_CELL = { row: 5, column: 2 } as const;

export function dashboardGrid(dashboard: Dashboard, t: Catalogue['dashboard'], company: string, now: Date, timeZone: string): DashboardGrid {
  const { headline } = dashboard;
  const figure = (value: number | null) => (value === null ? t.none : value);
  const header: Cell[][] = [
    [t.title(company)],
    [t.updated, now],
    [],
    [t.companyScore, figure(headline.companyScore)],
    [t.checkinRate, figure(headline.checkinRateThisWeek)],
    [t.atRisk, headline.krsAtRisk],
    [t.offTrack, headline.krsOffTrack],
    [t.stale, headline.krsStale],
    [t.total, headline.krsTotal],
    [],
  ];
  const progress: Cell[][] = [[t.objective, t.score], ...dashboard.objectiveProgressRows.map((o) => [`${o.objectiveId} ${o.title}`, o.score ?? 0])];
  const distribution: Cell[][] = [[t.bin, t.count], ...dashboard.scoreDistribution.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, b.count])];
  const pivot = dashboard.checkinRateByTeamWeek;
  const rate: Cell[][] = [[t.week, ...pivot.teams.map((team) => team.team || team.teamId)],
    ...pivot.rows.map((r) => [startOfDay(r.weekStart, timeZone), ...r.rates.map((x) => x ?? '')])];
  const blocks: [DashboardTable, Cell[][]][] = [['progress', progress], ['distribution', distribution], ['rate', rate]];
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
    (header[i] ?? []).forEach((cell, j) => { row[j] = cell; });
    return row;
  });
  for (const [name, block] of blocks) {
    const area = tables[name];
    block.forEach((cells, i) => cells.forEach((cell, j) => { rows[area.row - 1 + i]![area.column - 1 + j] = cell; }));
  }
  return { rows, width, tables };
}
