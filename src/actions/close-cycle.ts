/**
 * "Close cycle & review" (admin): grades every KR of the active cycle into Reviews, carries unfinished
 * aspirational objectives into the next cycle as drafts and activates the next cycle (through the gate); a
 * run of its own a minute later mails each team lead its review pack (review-packs.ts). It only adds rows
 * and changes statuses: nothing is deleted, and a second run adds nothing.
 */
import { activeCycle } from '../core/cadence';
import { choiceLabel } from '../i18n/choice-labels';
import { planCloseCycle, type CloseCyclePlan } from '../core/close-cycle';
import { dayOf, formatDay, startOfDay } from '../core/date-parse';
import type { Workbook } from '../core/model';
import type { Lang } from '../core/lang';
import { cycleName, VERDICT_LABELS } from '../i18n/review';
import { readTable, appendRecords, writeCellsById, type Table } from '../sheet/table';
import { appendLog, readLog } from '../sheet/log';
import { closingCycle, markClosing } from '../sheet/closing-cycle';
import { reviewKeys } from '../sheet/reviews-read';
import { readWorkbook, type ReadWorkbook } from '../sheet/workbook-read';
import { askGate, checkAndWrite, gateErrors } from './check';
import { withLock } from '../sheet/lock';
import { packTeams } from '../core/review-pack';
import { packInitiatives } from './review-packs';
import { PACKS_HANDLER, scheduleRun } from './reminder-trigger';
import { runAsking, type ActionContext, type ActionOutcome, type Asked } from './run';
import type { Services } from '../sheet/services';

function writePlan(s: Services, read: ReadWorkbook, plan: CloseCyclePlan, reviews: Table<'reviews'> | null, lang: Lang): void {
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
        name: cycleName(cycle.period, lang),
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
  if (cycles)
    writeCellsById(
      cycles,
      'cycleId',
      'status',
      new Map(plan.cycleStatusChanges.map((change) => [change.cycleId, choiceLabel('cycleStatus', change.to, lang)])),
    );
}

/**
 * Writes what is left of the close of `cycleId` (all of it the first time, what a run cut short did not write
 * after) and returns the whole plan: the packs show every review of the cycle, written now or earlier. Safe
 * to run again at any point; the caller holds the lock and has marked the close (markClosing).
 */
export function writeClose(
  s: Services,
  read: ReadWorkbook,
  cycleId: string,
  reviews: Table<'reviews'> | null = readTable(s.book, 'reviews'),
): { plan: CloseCyclePlan; all: CloseCyclePlan } {
  const { settings } = read.workbook;
  // The Reviews tab gets the reviews it does not hold yet: what planCloseCycle would give with the existing keys.
  const all = planCloseCycle(read.workbook, cycleId, dayOf(s.now(), settings.timeZone), new Set());
  const existing = reviewKeys(reviews);
  const plan = { ...all, reviews: all.reviews.filter((r) => !existing.has(r.key)) };
  writePlan(s, read, plan, reviews, settings.language);
  return { plan, all };
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
  const pending = closingCycle(s.props);
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
  const check = withLock(s, () => checkAndWrite(s, read, { alignment: false }));
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
    const packs = schedulePacks(ctx, read.workbook, writeClose(s, read, answer.cycleId).all);
    return { message: t.cycle.resumed(name) + packs.message, counts: { packs: packs.teams } };
  }
  const cycle = activeCycle(read.workbook.cycles, today);
  if (!cycle || cycle.id !== answer.cycleId) return { message: t.cycle.changedMeanwhile(name) };
  // Without an override the errors are counted again on what the lock holds (an override covers whatever
  // errors there are), but not written: Findings were written at the question, a minute ago.
  // Reviews once for both: a company's history there is some 100,000 cells a closed quarter.
  const reviews = readTable(s.book, 'reviews');
  const errors = answer.why === '' ? gateErrors(read, today, reviews) : 0;
  if (errors > 0) return { message: t.cycle.newErrors(errors) };
  if (answer.why !== '')
    appendLog(s, settings.language, { time: s.now(), action: 'gateOverride', user, outcome: 'override', counts: { cycle: cycle.id }, error: answer.why });
  markClosing(s.props, cycle.id);
  const { plan, all } = writeClose(s, read, cycle.id, reviews);
  const initiatives = packInitiatives(readLog(s), read.workbook, all);
  const packs = schedulePacks(ctx, read.workbook, all);
  const next = plan.nextCycle ? plan.nextCycle.cycle.id : '';
  const message =
    t.cycle.closed(name, plan.reviews.length, plan.carryOver.objectives.length, next) +
    packs.message +
    t.cycle.archiveHint +
    (plan.uncarried.length > 0 ? t.cycle.uncarried(plan.uncarried.join(', ')) : '') +
    t.cycle.initiativesCount(initiatives.reprioritised.length, initiatives.neverStarted.length);
  return {
    message: [message, ...answer.notices].join('\n'),
    counts: { reviews: plan.reviews.length, carried: plan.carryOver.objectives.length, packs: packs.teams },
  };
}

/**
 * Asks for the run that mails the review packs a minute from now (a hundred packs are some 25 s of mail, more
 * than a menu action's minute also holds), and says when they go, or, when no trigger could be made, who
 * sends them instead. Returns the number of team leads due a pack and that sentence.
 */
function schedulePacks(ctx: ActionContext, workbook: Workbook, all: CloseCyclePlan): { teams: number; message: string } {
  const teams = packTeams(workbook, all).length;
  if (teams === 0) return { teams, message: '' };
  return { teams, message: scheduleRun(ctx.s, PACKS_HANDLER) ? ctx.t.cycle.packsSoon(teams) : ctx.t.cycle.packsNotScheduled };
}

export function runCloseCycle(s: Services): void {
  runAsking(s, { name: 'closeCycle', writes: true, who: 'admin', from: 'menu' }, askClose, actClose);
}
