/**
 * "Close cycle & review" (admin): grades every KR of the active cycle into Reviews, carries unfinished
 * aspirational objectives into the next cycle as drafts, activates the next cycle (through the gate), and
 * mails each team lead its review pack asking for the team's reflection. It only adds rows and changes
 * statuses: nothing is deleted, and a second run adds nothing.
 */
import { activeCycle } from '../core/cadence';
import { choiceLabel } from '../core/choice-parse';
import { planCloseCycle, reviewKey, type CloseCyclePlan } from '../core/close-cycle';
import { dayOf, formatDay, startOfDay } from '../core/date-parse';
import type { Workbook } from '../core/model';
import type { Lang } from '../core/lang';
import { VERDICT_LABELS } from '../i18n/review';
import { renderReviewPack } from '../core/review-pack';
import { readTable, appendRecords, type Table } from '../sheet/table';
import { appendLog, ledgerCounts, moveJournalToLog, readLog, runJournal, sentLedger } from '../sheet/log';
import { initiativesOfCycle, summarizeInitiatives, type InitiativeSummary } from '../core/initiative-history';
import { initiativeHistory } from './initiative-log';
import { readWorkbook, type ReadWorkbook } from '../sheet/workbook-read';
import { askGate, checkAll, checkAndWrite } from './check';
import { withLock } from '../sheet/lock';
import { sendRecorded } from './remind';
import { runAsking, type ActionContext, type ActionOutcome, type Asked } from './run';
import type { Services } from '../sheet/services';

function existingReviewKeys(table: Table | null): Set<string> {
  const keys = new Set<string>();
  if (!table) return keys;
  for (const row of table.rows) keys.add(reviewKey(String(row[table.col('cycleId')] ?? ''), String(row[table.col('krId')] ?? '')));
  return keys;
}

function writePlan(s: Services, read: ReadWorkbook, plan: CloseCyclePlan, reviews: Table | null, lang: Lang): void {
  const { tables } = read;
  if (reviews) {
    appendRecords(
      reviews,
      plan.reviews.map((r) => ({
        cycleId: r.cycleId,
        objectiveId: r.objectiveId,
        objective: r.objective,
        type: r.objectiveType ? choiceLabel('objectiveType', r.objectiveType, lang) : '',
        teamId: r.teamId,
        krId: r.krId,
        keyResult: r.keyResult,
        finalValue: r.finalValue,
        score: r.score,
        verdict: r.verdict ? VERDICT_LABELS[r.verdict][lang] : '',
        objectiveScore: r.objectiveScore,
      })),
    );
  }
  if (plan.nextCycle?.isNew && tables.cycles) {
    const { cycle } = plan.nextCycle;
    appendRecords(tables.cycles, [
      {
        cycleId: cycle.id,
        name: cycle.name[lang],
        start: startOfDay(cycle.start, read.workbook.settings.timeZone),
        end: startOfDay(cycle.end, read.workbook.settings.timeZone),
        status: choiceLabel('cycleStatus', 'Planning', lang),
      },
    ]);
  }
  // Key results before their objectives: a run cut off between the two is completed by the next one
  // (an objective counts as carried once its copy exists, and then its KRs would not be carried again).
  if (tables.keyResults) {
    appendRecords(
      tables.keyResults,
      plan.carryOver.keyResults.map((kr) => ({
        krId: kr.id,
        objectiveId: kr.objectiveId,
        keyResult: kr.title,
        teamId: kr.teamId,
        ownerEmail: kr.ownerEmail,
        kind: kr.kind ? choiceLabel('krKind', kr.kind, lang) : '',
        unit: kr.unit,
        start: kr.start,
        target: kr.target,
        weight: kr.weight,
      })),
    );
  }
  if (tables.objectives) {
    appendRecords(
      tables.objectives,
      plan.carryOver.objectives.map((o) => ({
        objectiveId: o.id,
        cycleId: o.cycleId,
        level: o.level ? choiceLabel('level', o.level, lang) : '',
        teamId: o.teamId,
        ownerEmail: o.ownerEmail,
        objective: o.title,
        parentObjectiveId: o.parentId,
        type: o.type ? choiceLabel('objectiveType', o.type, lang) : '',
        status: choiceLabel('objectiveStatus', 'Draft', lang),
      })),
    );
  }
  // Status changes are read after the appends above: a cycle row added just now sits below the table's last row.
  const cycles = readTable(s.book, 'cycles');
  if (!cycles) return;
  const statusCol = cycles.col('status');
  const idCol = cycles.col('cycleId');
  for (const change of plan.cycleStatusChanges) {
    const index = cycles.rows.findIndex((row) => String(row[idCol]).trim() === change.cycleId);
    if (index >= 0 && statusCol >= 0) cycles.sheet.getRange(index + 2, statusCol + 1).setValue(choiceLabel('cycleStatus', change.to, lang));
  }
}

/** The review pack of one team lead: the team's graded KRs, its initiatives re-prioritised or never started. */
interface Pack {
  readonly key: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly html: string;
}

function reviewPacks(ctx: ActionContext, workbook: Workbook, plan: CloseCyclePlan, initiatives: InitiativeSummary, url: string): Pack[] {
  const cycle = plan.cycle!;
  const packs: Pack[] = [];
  for (const team of workbook.teams) {
    const rows = plan.reviews.filter((r) => r.teamId === team.id);
    if (rows.length === 0 || team.leadEmail === '') continue;
    const lead = workbook.people.find((p) => p.email === team.leadEmail);
    const krIds = new Set(rows.map((r) => r.krId));
    const mail = renderReviewPack({
      lang: ctx.settings.language,
      company: ctx.settings.companyName,
      cycleName: cycle.name || cycle.id,
      leadName: lead?.name || team.leadEmail,
      krs: rows.map((r) => ({ ...r, unit: workbook.keyResults.find((k) => k.id === r.krId)?.unit ?? '' })),
      initiatives: [
        ...initiatives.reprioritised
          .filter((i) => krIds.has(i.krId))
          .map((i) => ({ id: i.initiativeId, title: i.title, path: [i.changes[0]!.from, ...i.changes.map((c) => c.to)].join(' → ') })),
        ...initiatives.neverStarted.filter((i) => krIds.has(i.krId)).map((i) => ({ id: i.initiativeId, title: i.title, path: null })),
      ],
      reviewsUrl: url,
    });
    packs.push({ key: packKey(cycle.id, team.id), to: team.leadEmail, subject: mail.subject, body: mail.text, html: mail.html });
  }
  return packs;
}

/** The ledger key of a review pack: each goes out once per cycle and team. */
function packKey(cycleId: string, teamId: string): string {
  return `pack:${cycleId}:${teamId}`;
}

/**
 * The close in progress, kept in the script properties from before the first write until the last pack is
 * sent: a retry (or the daily run) finishes that close and never closes the cycle activated by it.
 */
const CLOSING_KEY = 'okr.closingCycle';

export function closingCycle(s: Services): string | null {
  const id = s.props.getProperty(CLOSING_KEY);
  return id === null || id === '' ? null : id;
}

/**
 * Writes what is left of the close of `cycleId` and sends the packs not yet sent, each recorded as it
 * goes; what the mail quota cannot take waits for the next run. Safe to run again at any point. The caller
 * holds the lock. Returns the plan and the packs sent and still waiting.
 */
export function finishClose(
  s: Services,
  ctx: ActionContext,
  read: ReadWorkbook,
  cycleId: string,
  reviews: Table | null = readTable(s.book, 'reviews'),
): { plan: CloseCyclePlan; sent: number; waiting: number; initiatives: InitiativeSummary } {
  const { settings } = ctx;
  const today = dayOf(s.now(), settings.timeZone);
  // One plan of every review of the cycle: the packs show them all, written now or by a run cut short; the
  // Reviews tab gets those it does not hold yet (what planCloseCycle would give with the existing keys).
  const all = planCloseCycle(read.workbook, cycleId, today, new Set());
  const existing = existingReviewKeys(reviews);
  const plan = { ...all, reviews: all.reviews.filter((r) => !existing.has(r.key)) };
  writePlan(s, read, plan, reviews, settings.language);
  const log = readLog(s);
  const cycle = plan.cycle!;
  const initiatives = summarizeInitiatives(initiativeHistory(log, settings.timeZone), initiativesOfCycle(read.workbook, cycle.id), cycle);
  const sentKeys = sentLedger(s.props, log);
  const due = reviewPacks(ctx, read.workbook, all, initiatives, s.book.getUrl()).filter((p) => !sentKeys.has(p.key));
  // Each pack is recorded in this run's own journal as it goes (a property write), and the journal moves into
  // the Log in one write once the packs are out: a Log row each was two calls under the lock, some 40 s for a
  // hundred teams. A run cut off in between has its packs in the journal, which the ledger reads.
  const journal = runJournal(s.props, `close${s.now().getTime()}`);
  let sent = 0;
  for (const pack of due) {
    if (s.mail.getRemainingDailyQuota() < 1) break;
    if (
      !sendRecorded(
        s,
        settings,
        pack,
        (time) => [{ time, action: 'reviewPack', user: pack.to, outcome: 'sent', counts: ledgerCounts(pack.key), error: '' }],
        journal,
      )
    )
      break;
    sent += 1;
  }
  moveJournalToLog(s, settings.language, log);
  const waiting = due.length - sent;
  if (waiting === 0) s.props.deleteProperty(CLOSING_KEY);
  return { plan, sent, waiting, initiatives };
}

/** What the admin answered before the lock: the cycle to close and the gate's override reason. */
interface CloseAnswer {
  readonly cycleId: string;
  readonly why: string;
  /** A close cut short earlier: finish it, ask nothing, close nothing else. */
  readonly resume: boolean;
  /** What writing Findings and Alignment at the question had to say (a person's tab kept out of the way). */
  readonly notices: readonly string[];
}

function askClose(ctx: ActionContext): Asked<CloseAnswer> {
  const { s, t, settings } = ctx;
  const pending = closingCycle(s);
  if (pending !== null) return { answer: { cycleId: pending, why: '', resume: true, notices: [] } };
  const ui = s.app.getUi();
  const read = readWorkbook(s.book, ctx.known);
  const today = dayOf(s.now(), settings.timeZone);
  const cycle = activeCycle(read.workbook.cycles, today);
  if (!cycle) return { outcome: { message: t.cycle.noActive } };
  if (
    cycle.end !== null &&
    today < cycle.end &&
    ui.alert(t.cycle.notOver(cycle.name || cycle.id, formatDay(cycle.end)), ui.ButtonSet.YES_NO) !== ui.Button.YES
  ) {
    return { outcome: { message: '' } };
  }
  // Findings are written before the question (under a lock of their own, released before the dialog), so
  // that the admin can read what the gate found.
  const check = withLock(s, () => checkAndWrite(s, read));
  const gate = askGate(ctx, check);
  if (!gate) return { outcome: { message: t.cycle.refusedByGate(check.findings.filter((f) => f.severity === 'error').length) } };
  return { answer: { cycleId: cycle.id, why: gate.why, resume: false, notices: check.notices } };
}

function actClose(ctx: ActionContext, answer: CloseAnswer): ActionOutcome {
  const { s, t, settings, user } = ctx;
  const read = readWorkbook(s.book, ctx.known);
  const today = dayOf(s.now(), settings.timeZone);
  const named = read.workbook.cycles.find((c) => c.id === answer.cycleId);
  const name = named ? named.name || named.id : answer.cycleId;
  if (answer.resume) {
    const { sent, waiting } = finishClose(s, ctx, read, answer.cycleId);
    return { message: t.cycle.resumed(name, sent, waiting), counts: { packs: sent, waiting } };
  }
  const cycle = activeCycle(read.workbook.cycles, today);
  if (!cycle || cycle.id !== answer.cycleId) return { message: t.cycle.changedMeanwhile(name) };
  // The errors are counted again on what the lock holds, but not written: Findings and Alignment were written
  // at the question, a minute ago, and writing them again (96,000 cells in a 1,000-person company) would hold
  // the lock some ten seconds longer for the same report.
  // Reviews once for both: a company's history there is some 100,000 cells a closed quarter.
  const reviews = readTable(s.book, 'reviews');
  const check = checkAll(s, read, today, reviews);
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && answer.why === '') return { message: t.cycle.newErrors(errors) };
  if (answer.why !== '')
    appendLog(s, settings.language, { time: s.now(), action: 'gateOverride', user, outcome: 'override', counts: { cycle: cycle.id }, error: answer.why });
  s.props.setProperty(CLOSING_KEY, cycle.id);
  const { plan, sent, waiting, initiatives } = finishClose(s, ctx, read, cycle.id, reviews);
  const next = plan.nextCycle ? plan.nextCycle.cycle.id : '';
  const message =
    t.cycle.closed(name, plan.reviews.length, plan.carryOver.objectives.length, next) +
    t.cycle.archiveHint +
    (plan.uncarried.length > 0 ? t.cycle.uncarried(plan.uncarried.join(', ')) : '') +
    t.cycle.initiativesCount(initiatives.reprioritised.length, initiatives.neverStarted.length) +
    (waiting > 0 ? t.cycle.packsWaiting(waiting) : '');
  return {
    message: [message, ...answer.notices].join('\n'),
    counts: { reviews: plan.reviews.length, carried: plan.carryOver.objectives.length, packs: sent, waiting },
  };
}

export function runCloseCycle(s: Services): void {
  runAsking(s, { name: 'closeCycle', writes: true, who: 'admin', from: 'menu' }, askClose, actClose);
}
