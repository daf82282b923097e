/**
 * "Check alignment & quality" (menu, CLI, and the gate before a cycle starts): every check of DESIGN.md
 * §2.2 with the KR linter, written to the Findings tab (sorted by severity, each row linking to the offending
 * row), the Alignment tab (the cycle's tree from company objectives down to KRs), and a summary dialog.
 */
import { activeCycle } from '../core/cadence';
import { checkWorkbook, hasBlockingErrors, type GridUse, type WorkbookCheck } from '../core/checks';
import { buildAlignmentTree, type AlignmentRow } from '../core/alignment-tree';
import { choiceLabel } from '../core/choice-parse';
import { dayOf, type Day } from '../core/date-parse';
import type { Finding } from '../core/finding';
import { lintKeyResult } from '../core/kr-lint';
import { computeKrStates } from '../core/kr-state';
import type { KeyResult, Workbook } from '../core/model';
import { teamHistory } from '../core/review-history';
import type { SettingProblem } from '../core/settings';
import { findingText, severityLabel } from '../i18n/findings';
import type { Lang } from '../core/lang';
import { messages } from '../i18n';
import type { Choice } from '../core/choices';
import { COLUMN_LABELS, TAB_LABELS } from '../i18n/tabs';
import type { TabKey } from '../core/tabs';
import { assertUnlocked } from '../sheet/lock';
import { layOutBlocks, type BlockLayout } from '../sheet/format';
import { gridCells, largestTabs } from '../sheet/grid-cells';
import { outputTab, sidestepNotices, writeOutput } from '../sheet/output';
import { SCORE_FORMAT } from '../sheet/schema';
import type { OwnTab } from '../sheet/tab-registry';
import { findTab, listTabs, readTable, type Table } from '../sheet/table';
import type { ReadWorkbook } from '../sheet/workbook-read';
import { readWorkbook } from '../sheet/workbook-read';
import { parseAmount } from '../core/number-parse';
import { runAction, type ActionContext } from './run';
import type { Services } from '../sheet/services';

/** KR_TASK_LIKE and KR_NOT_MEASURABLE of one KR, from the offline linter. */
export function lintFindings(kr: KeyResult): Finding[] {
  // A Maintain or Milestone KR may well start at its target ("keep CSAT at 4.5"): only the target counts there.
  const numeric = kr.kind === 'Increase' || kr.kind === 'Decrease';
  const lint = lintKeyResult(kr.title, numeric ? { start: kr.start, target: kr.target } : { target: kr.target });
  const at: Pick<Finding, 'severity' | 'tab' | 'row' | 'id'> = { severity: 'warning', tab: 'keyResults', row: kr.row, id: kr.id };
  return lint.codes.map(
    (code): Finding =>
      code === 'KR_TASK_LIKE' ? { code, ...at, params: { title: kr.title, rewrite: lint.suggestion } } : { code, ...at, params: { title: kr.title } },
  );
}

/** The objectives Reviews names, by ID, with their cycle (see CheckWorkbookOptions.archived). */
function reviewedObjectives(table: Table | null): Map<string, string> {
  const objectives = new Map<string, string>();
  if (!table || table.col('objectiveId') < 0 || table.col('cycleId') < 0) return objectives;
  for (const row of table.rows) {
    const id = String(row[table.col('objectiveId')] ?? '').trim();
    if (id !== '') objectives.set(id, String(row[table.col('cycleId')] ?? '').trim());
  }
  return objectives;
}

/** Scores of closed cycles from the Reviews tab. */
function reviewHistory(table: Table | null, workbook: Workbook) {
  if (!table) return [];
  const cell = (row: readonly unknown[], key: string) => (table.col(key) >= 0 ? row[table.col(key)] : '');
  const reviews = table.rows.map((row) => {
    const score = parseAmount(cell(row, 'score'), workbook.settings.language);
    return { cycleId: String(cell(row, 'cycleId')), teamId: String(cell(row, 'teamId')), score: score.ok ? score.value : null };
  });
  return teamHistory(reviews, workbook.cycles);
}

/**
 * The grid cells of the workbook for GRID_NEAR_LIMIT: the largest tab named in the message, the largest tab of
 * the contract as the finding's row (Settings when no tab of it is left, which MISSING_TAB reports anyway).
 */
function gridUse(s: Services): GridUse {
  const grid = gridCells(s.book);
  const bySize = largestTabs(grid, grid.bySheet.length);
  const largest = bySize[0];
  return {
    used: grid.used,
    limit: grid.limit,
    largest: { name: largest?.name ?? '', cells: largest?.cells ?? 0 },
    tab: bySize.find((t) => t.tab !== null)?.tab ?? 'settings',
  };
}

/** Every check on `today`; `reviews` is the Reviews tab, read by the caller that needs it too. */
export function checkAll(s: Services, read: ReadWorkbook, today: Day, reviews: Table | null = readTable(s.book, 'reviews')): WorkbookCheck {
  return checkWorkbook(read.workbook, today, {
    lint: lintFindings,
    history: reviewHistory(reviews, read.workbook),
    settingProblems: read.settingProblems as SettingProblem[],
    grid: gridUse(s),
    archived: reviewedObjectives(reviews),
  });
}

/**
 * Writes the Findings tab: localized rows, each with the address of the offending row, which Sheets shows
 * as a link. A rich-text link per row would cost four builder calls per finding, so a large workbook's
 * check would grow with its findings; a plain address keeps it to one write.
 */
function writeFindings(s: Services, findings: readonly Finding[], lang: Lang): OwnTab {
  const tabs = listTabs(s.book);
  const own = outputTab(s, 'findings', lang, tabs);
  const labels = COLUMN_LABELS.findings;
  const header = (['severity', 'code', 'tab', 'row', 'id', 'message', 'suggestion', 'link'] as const).map((k) => labels[k][lang]);
  const url = s.book.getUrl();
  const gids = new Map<string, number>();
  // Every tab's gid, not only those with findings: the number of calls stays the same whatever is found.
  for (const key of Object.keys(TAB_LABELS) as TabKey[]) {
    const sheet = findTab(s.book, key, tabs);
    if (sheet) gids.set(key, sheet.getSheetId());
  }
  const link = (f: Finding) => {
    const gid = gids.get(f.tab) ?? -1;
    return gid >= 0 ? `${url}#gid=${gid}&range=A${Math.max(f.row, 1)}` : '';
  };
  const rows = findings.map((f) => {
    const text = findingText(f, lang);
    return [severityLabel(f.severity, lang), f.code, TAB_LABELS[f.tab][lang], f.row > 0 ? f.row : '', f.id, text.message, text.suggestion, link(f)];
  });
  writeOutput(own.sheet, [header, ...rows], { header: true });
  layOutBlocks(own.sheet, findingsLayout(rows.length));
  return own;
}

/** The Alignment columns: the indented tree wide and wrapped (a deep KR's title stays readable), scores as 0.00. */
function alignmentLayout(rows: number): BlockLayout[] {
  const column = (index: number, width: number, extra: Partial<BlockLayout> = {}): BlockLayout => ({
    row: 2,
    column: index,
    rows,
    columns: 1,
    width,
    ...extra,
  });
  return [column(1, 460, { wrap: true }), column(2, 90), column(3, 90), column(4, 200), column(5, 70, { format: SCORE_FORMAT }), column(6, 110)];
}

/** Findings: the message and suggestion wrapped, so a long one is read whole. */
function findingsLayout(rows: number): BlockLayout[] {
  return [{ row: 2, column: 6, rows, columns: 2, wrap: true }];
}

/** Writes the Alignment tab: the active cycle's tree, indented, with scores and statuses. */
function writeAlignment(s: Services, workbook: Workbook, today: Day): OwnTab {
  const lang = workbook.settings.language;
  const cycle = activeCycle(workbook.cycles, today);
  const tree = cycle ? buildAlignmentTree(workbook, computeKrStates(workbook, today), cycle.id) : [];
  const t = messages(lang).alignment;
  const status = (r: AlignmentRow) =>
    r.status === null
      ? ''
      : r.kind === 'kr'
        ? choiceLabel('krStatus', r.status as Choice<'krStatus'>, lang)
        : choiceLabel('objectiveStatus', r.status as Choice<'objectiveStatus'>, lang);
  const rows = tree.map((r) => [
    `${'    '.repeat(r.depth)}${r.kind === 'kr' ? '• ' : ''}${r.kind === 'orphans' ? t.orphans : r.title}`,
    r.id,
    r.teamId,
    r.owner,
    r.score === null ? '' : r.score,
    status(r),
  ]);
  const header = [...t.header];
  const own = outputTab(s, 'alignment', lang);
  writeOutput(own.sheet, [header, ...rows], { header: true });
  layOutBlocks(own.sheet, alignmentLayout(rows.length));
  return own;
}

/** Runs the checks and writes Findings and Alignment; returns the check for gates, and notes for the message. */
export function checkAndWrite(s: Services, read: ReadWorkbook, reviews?: Table | null): WorkbookCheck & { notices: string[] } {
  const today = dayOf(s.now(), read.workbook.settings.timeZone);
  const result = checkAll(s, read, today, reviews);
  const lang = read.workbook.settings.language;
  const tabs = [writeFindings(s, result.findings, lang), writeAlignment(s, read.workbook, today)];
  return { ...result, notices: sidestepNotices(messages(lang), tabs) };
}

/** What the admin said at the gate: the override's reason ('' when the checks found no error). */
export interface GateAnswer {
  readonly why: string;
}

/**
 * The gate before a cycle starts, asked before the lock is taken: with error findings (checked on an
 * unlocked read) the admin must confirm and say why; the override is logged with who and why. Null when
 * the admin declined. The errors are counted again under the lock; a confirmed override covers them.
 */
export function askGate(ctx: ActionContext, check: WorkbookCheck): GateAnswer | null {
  assertUnlocked('the gate dialog');
  if (!hasBlockingErrors(check.findings)) return { why: '' };
  const ui = ctx.s.app.getUi();
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  if (ui.alert(ctx.t.cycle.gate(errors), ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
  const answer = ui.prompt(ctx.t.cycle.askWhy, ui.ButtonSet.OK_CANCEL);
  const why = answer.getResponseText().trim();
  return answer.getSelectedButton() === ui.Button.OK && why !== '' ? { why } : null;
}

export function runCheck(s: Services): void {
  runAction(s, { name: 'check', writes: true, who: 'anyone', from: 'menu' }, ({ settings, known, t }) => {
    const read = readWorkbook(s.book, known);
    const { findings, score, notices } = checkAndWrite(s, read);
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    const top = findings.slice(0, 5).map((f) => `• ${findingText(f, settings.language).message}`);
    return {
      message: [
        t.check.summary(score, count('error'), count('warning'), count('info')),
        ...top,
        findings.length > 5 ? t.check.more(findings.length - 5) : '',
        ...notices,
      ]
        .filter((l) => l !== '')
        .join('\n'),
      counts: { score, errors: count('error'), warnings: count('warning'), infos: count('info') },
    };
  });
}
