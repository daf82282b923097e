/**
 * "Refresh summary & dashboard" (and the daily run): keeps KR weekly up block by block (a week's rows are
 * written when they changed), rewrites Check-in rate (one row per team and week) in one write, and rebuilds
 * the Dashboard with its figures and native charts, replacing its old charts.
 */
import { dayOf } from '../core/date-parse';
import { buildDashboard } from '../core/dashboard';
import { headlineCheckinRate, type WeekRate } from '../core/dashboard-rate';
import type { Workbook } from '../core/model';
import { buildCheckinRate, checkinRateValues } from '../core/summary-checkin-rate';
import { buildKrWeekly, krWeeklyValues, type KrWeeklyRow } from '../core/summary-kr-weekly';
import { writeBlocks, type Block } from '../sheet/week-blocks';
import { messages } from '../i18n';
import { CHECKIN_RATE_COLUMNS, KR_WEEKLY_COLUMNS } from '../core/looker-columns';
import { outputTab, sidestepNotices, writeOutput } from '../sheet/output';
import { listTabs } from '../sheet/table';
import { readWorkbook } from '../sheet/workbook-read';
import { layOutBlocks } from '../sheet/format';
import { dashboardGrid } from './dashboard-layout';
import { runAction, withMissingTabs } from './run';
import type { Services } from '../sheet/services';

/** Where the blocks of KR weekly are described (week-blocks.ts). */
const KR_WEEKLY_BLOCKS_KEY = 'okr.krWeeklyBlocks';

/** KR weekly's rows in blocks of one cycle week each, in the order of the weeks: a past week's block rarely changes. */
function weekBlocks(rows: readonly KrWeeklyRow[], timeZone: string): Block[] {
  const byWeek = new Map<string, KrWeeklyRow[]>();
  for (const row of rows) {
    const key = `${row.cycle_id}|${row.week_start}`;
    const list = byWeek.get(key);
    if (list) list.push(row);
    else byWeek.set(key, [row]);
  }
  return [...byWeek].sort(([, a], [, b]) => a[0]!.week_start - b[0]!.week_start).map(([key, list]) => ({ key, rows: krWeeklyValues(list, timeZone) }));
}

export interface SummaryCounts {
  readonly krWeeks: number;
  readonly teamWeeks: number;
}

/** Rebuilds the Looker tabs and the Dashboard; the notices name a person's tab the program stayed out of. */
export function writeSummary(s: Services, workbook: Workbook): { counts: SummaryCounts; notices: string[] } {
  const { language: lang, timeZone } = workbook.settings;
  const now = s.now();
  const today = dayOf(now, timeZone);
  const tabs = listTabs(s.book);
  const krWeeks = buildKrWeekly(workbook, today, now);
  const own = (['krWeekly', 'checkinRate', 'dashboard'] as const).map((key) => outputTab(s, key, lang, tabs));
  writeBlocks(own[0]!.sheet, s.props, KR_WEEKLY_BLOCKS_KEY, KR_WEEKLY_COLUMNS.slice(), weekBlocks(krWeeks, timeZone), KR_WEEKLY_COLUMNS.indexOf('updated_at'));
  const teamWeeks = buildCheckinRate(workbook, today);
  writeOutput(own[1]!.sheet, [CHECKIN_RATE_COLUMNS.slice(), ...checkinRateValues(teamWeeks, timeZone)], { header: true });
  writeDashboard(s, workbook, own[2]!.sheet, headlineCheckinRate(teamWeeks, today, workbook.settings.checkInWeekday));
  return { counts: { krWeeks: krWeeks.length, teamWeeks: teamWeeks.length }, notices: sidestepNotices(messages(lang), own) };
}

function writeDashboard(s: Services, workbook: Workbook, sheet: GoogleAppsScript.Spreadsheet.Sheet, rate: WeekRate | null): void {
  const { language: lang, timeZone, companyName } = workbook.settings;
  const t = messages(lang).dashboard;
  const dashboard = buildDashboard(workbook, dayOf(s.now(), timeZone));
  const grid = dashboardGrid(dashboard, rate, t, lang, companyName, s.now(), timeZone);
  writeOutput(sheet, grid.rows, { header: false });
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  layOutBlocks(sheet, grid.layout);
  // Rebuilt charts replace the old ones: never a pile of duplicates.
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const chartType = s.charts.ChartType;
  const charts = [
    { table: 'progress', type: chartType.BAR, title: t.progressChart, row: 2 },
    { table: 'distribution', type: chartType.COLUMN, title: t.distributionChart, row: 22 },
    { table: 'rate', type: chartType.LINE, title: t.rateChart, row: 42 },
  ] as const;
  for (const chart of charts) {
    const area = grid.tables[chart.table];
    if (area.rows < 2) continue; // a header without data draws nothing worth a chart
    const range = sheet.getRange(area.row, area.column, area.rows, area.columns);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(chart.type)
        .addRange(range)
        .setNumHeaders(1)
        .setPosition(chart.row, grid.width + 2, 0, 0)
        .setOption('title', chart.title)
        .setOption('legend', { position: 'bottom' })
        .build(),
    );
  }
}

export function runSummary(s: Services): void {
  runAction(s, { name: 'summary', writes: true, who: 'anyone', from: 'menu' }, ({ settings, known, t }) => {
    const { workbook } = readWorkbook(s.book, known);
    const { counts, notices } = writeSummary(s, workbook);
    const done = [t.summary.done(counts.krWeeks, counts.teamWeeks), ...notices].join('\n');
    return { message: withMissingTabs(t, settings.language, workbook.missingTabs, done), counts: { ...counts } };
  });
}
