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
import { formatKrValue } from '../core/kr-format';
import type { Workbook } from '../core/model';
import { formatAmount } from '../core/number-parse';
import type { Lang } from '../i18n/lang';
import { VERDICT_LABELS } from '../i18n/review';
import { readTable, appendRecords, type Table } from '../sheet/table';
import { appendLog, readLog } from '../sheet/log';
import { initiativesOfCycle, summarizeInitiatives, type InitiativeSummary } from '../core/initiative-history';
import { initiativeHistory } from './initiative-log';
import { readWorkbook, type ReadWorkbook } from '../sheet/workbook-read';
import { checkAndWrite, passGate } from './check';
import { runAction, type ActionContext } from './run';
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
    appendRecords(reviews, plan.reviews.map((r) => ({
      cycleId: r.cycleId, objectiveId: r.objectiveId, objective: r.objective,
      type: r.objectiveType ? choiceLabel('objectiveType', r.objectiveType, lang) : '', teamId: r.teamId, krId: r.krId,
      keyResult: r.keyResult, finalValue: r.finalValue, score: r.score, verdict: r.verdict ? VERDICT_LABELS[r.verdict][lang] : '',
      objectiveScore: r.objectiveScore,
    })));
  }
  if (plan.nextCycle?.isNew && tables.cycles) {
    const { cycle } = plan.nextCycle;
    appendRecords(tables.cycles, [{ cycleId: cycle.id, name: cycle.name[lang], start: startOfDay(cycle.start, read.workbook.settings.timeZone), end: startOfDay(cycle.end, read.workbook.settings.timeZone),
      status: choiceLabel('cycleStatus', 'Planning', lang) }]);
  }
  if (tables.objectives) {
    appendRecords(tables.objectives, plan.carryOver.objectives.map((o) => ({
      objectiveId: o.id, cycleId: o.cycleId, level: o.level ? choiceLabel('level', o.level, lang) : '', teamId: o.teamId,
      ownerEmail: o.ownerEmail, objective: o.title, parentObjectiveId: o.parentId,
      type: o.type ? choiceLabel('objectiveType', o.type, lang) : '', status: choiceLabel('objectiveStatus', 'Draft', lang),
    })));
  }
  if (tables.keyResults) {
    appendRecords(tables.keyResults, plan.carryOver.keyResults.map((kr) => ({
      krId: kr.id, objectiveId: kr.objectiveId, keyResult: kr.title, teamId: kr.teamId, ownerEmail: kr.ownerEmail,
      kind: kr.kind ? choiceLabel('krKind', kr.kind, lang) : '', unit: kr.unit, start: kr.start, target: kr.target, weight: kr.weight,
    })));
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

/** One e-mail per team lead: the team's graded KRs, its initiatives re-prioritised or never started, and the request to fill the reflection columns. */
function mailReviewPacks(s: Services, ctx: ActionContext, workbook: Workbook, plan: CloseCyclePlan, initiatives: InitiativeSummary): number {
  const lang = ctx.settings.language;
  const url = s.book.getUrl();
  let sent = 0;
  for (const team of workbook.teams) {
    const rows = plan.reviews.filter((r) => r.teamId === team.id);
    if (rows.length === 0 || team.leadEmail === '') continue;
    const lead = workbook.people.find((p) => p.email === team.leadEmail);
    const lines = rows.map((r) => {
      const kr = workbook.keyResults.find((k) => k.id === r.krId);
      const value = r.finalValue === null ? '—' : formatKrValue(r.finalValue, kr?.unit ?? '', lang);
      const score = r.score === null ? '—' : formatAmount(Math.round(r.score * 100) / 100, lang);
      return `- ${r.krId} · ${r.keyResult} · ${value} · ${score} · ${r.verdict ? VERDICT_LABELS[r.verdict][lang] : '—'}`;
    });
    const krIds = new Set(rows.map((r) => r.krId));
    const initiativeLines = [
      ...initiatives.reprioritised.filter((i) => krIds.has(i.krId))
        .map((i) => ctx.t.cycle.reprioritised(i.initiativeId, i.title, [i.changes[0]!.from, ...i.changes.map((c) => c.to)].join(' → '))),
      ...initiatives.neverStarted.filter((i) => krIds.has(i.krId)).map((i) => ctx.t.cycle.neverStarted(i.initiativeId, i.title)),
    ];
    const initiativeText = initiativeLines.length > 0 ? `\n\n${ctx.t.cycle.initiativesHeading}\n${initiativeLines.join('\n')}` : '';
    const body = `${ctx.t.cycle.packIntro(lead?.name || team.leadEmail, plan.cycle!.name || plan.cycle!.id)}\n\n${lines.join('\n')}${initiativeText}\n\n${url}`;
    s.mail.sendEmail({ to: team.leadEmail, subject: ctx.t.cycle.packSubject(ctx.settings.companyName, plan.cycle!.name || plan.cycle!.id), body, name: ctx.settings.companyName || 'OKR' });
    sent += 1;
  }
  return sent;
}

export function runCloseCycle(s: Services): void {
  runAction(s, { name: 'closeCycle', writes: true, adminOnly: true, from: 'menu' }, (ctx) => {
    const { t, settings, user } = ctx;
    const ui = s.app.getUi();
    const read = readWorkbook(s.book, ctx.known);
    const today = dayOf(s.now(), settings.timeZone);
    const cycle = activeCycle(read.workbook.cycles, today);
    if (!cycle) return { message: t.cycle.noActive };
    const name = cycle.name || cycle.id;
    if (cycle.end !== null && today < cycle.end && ui.alert(t.cycle.notOver(name, formatDay(cycle.end)), ui.ButtonSet.YES_NO) !== ui.Button.YES) {
      return { message: '' };
    }
    const reviews = readTable(s.book, 'reviews');
    const check = checkAndWrite(s, read, reviews);
    const gate = passGate(ctx, check);
    if (!gate.ok) return { message: t.cycle.refusedByGate(check.findings.filter((f) => f.severity === 'error').length) };
    if (gate.why !== '') appendLog(s, settings.language, { time: s.now(), action: 'gateOverride', user, outcome: 'override', counts: { cycle: cycle.id }, error: gate.why });
    const plan = planCloseCycle(read.workbook, cycle.id, today, existingReviewKeys(reviews));
    writePlan(s, read, plan, reviews, settings.language);
    const initiatives = summarizeInitiatives(initiativeHistory(readLog(s.book), settings.timeZone), initiativesOfCycle(read.workbook, cycle.id), cycle);
    const packs = mailReviewPacks(s, ctx, read.workbook, plan, initiatives);
    const next = plan.nextCycle ? plan.nextCycle.cycle.id : '';
    const message = t.cycle.closed(name, plan.reviews.length, plan.carryOver.objectives.length, next)
      + (plan.uncarried.length > 0 ? t.cycle.uncarried(plan.uncarried.join(', ')) : '')
      + t.cycle.initiativesCount(initiatives.reprioritised.length, initiatives.neverStarted.length);
    return { message, counts: { reviews: plan.reviews.length, carried: plan.carryOver.objectives.length, packs } };
  });
}
