/**
 * "Check alignment & quality" (menu, CLI, and the gate before a cycle starts): every check of DESIGN.md
 * §2.2 with the KR linter, written to the Findings tab (sorted by severity, each row linking to the offending
 * row), the Alignment tab (the cycle's tree from company objectives down to KRs), and a summary dialog.
 */
import { activeCycle } from '../core/cadence';
import { checkWorkbook, hasBlockingErrors, type GridUse, type WorkbookCheck } from '../core/checks';
import { buildAlignmentTree, type AlignmentRow } from '../core/alignment-tree';
import { choiceLabel } from '../i18n/choice-labels';
import { dayOf, type Day } from '../core/date-parse';
import type { Finding } from '../core/finding';
import { lintFindings } from '../core/kr-lint-findings';
import { computeKrStates } from '../core/kr-state';
import type { Workbook } from '../core/model';
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
import { reviewedObjectives, reviewScores } from '../sheet/reviews-read';
import type { ReadWorkbook } from '../sheet/workbook-read';
import { readWorkbook } from '../sheet/workbook-read';
import { runAction, type ActionContext } from './run';
import type { Services } from '../sheet/services';

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
export function checkAll(s: Services, read: ReadWorkbook, today: Day, reviews: Table<'reviews'> | null = readTable(s.book, 'reviews')): WorkbookCheck {
  return checkWorkbook(read.workbook, today, {
    lint: lintFindings,
    history: teamHistory(reviewScores(reviews, read.workbook.settings.language), read.workbook.cycles),
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

/**
 * Runs the checks and writes Findings and (`alignment`) Alignment; returns the check, and notes for the
 * message. A gate writes Findings only, which the admin reads before answering: Alignment is the Check
 * menu's report, which closing a cycle does not need, and its 10,000 rows in a 1,000-person company would
 * cost the question some five seconds.
 */
export function checkAndWrite(s: Services, read: ReadWorkbook, tabs: { readonly alignment: boolean }): WorkbookCheck & { notices: string[] } {
  const today = dayOf(s.now(), read.workbook.settings.timeZone);
  const result = checkAll(s, read, today);
  const lang = read.workbook.settings.language;
  const written = [writeFindings(s, result.findings, lang), ...(tabs.alignment ? [writeAlignment(s, read.workbook, today)] : [])];
  return { ...result, notices: sidestepNotices(messages(lang), written) };
}

/**
 * The errors in `read`, counted again under the lock by a gate that asked on an unlocked read: only the
 * checks that can find one run (the linter's warnings, the history's notes and the grid's warning were
 * reported at the question).
 */
export function gateErrors(read: ReadWorkbook, today: Day, reviews: Table<'reviews'> | null): number {
  const check = checkWorkbook(read.workbook, today, { settingProblems: read.settingProblems as SettingProblem[], archived: reviewedObjectives(reviews) });
  return check.findings.filter((f) => f.severity === 'error').length;
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
    const { findings, score, notices } = checkAndWrite(s, read, { alignment: true });
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
