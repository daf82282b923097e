/**
 * The review packs of a close: each team lead's graded KRs and the team's initiatives re-prioritised or never
 * started, asking for the team's reflection. They are sent without the document's lock, under the sending
 * lease, as the daily run sends reminders, each recorded as it goes: a pack goes once per cycle and team.
 */
import type { CloseCyclePlan } from '../core/close-cycle';
import { initiativesOfCycle, summarizeInitiatives, type InitiativeSummary } from '../core/initiative-history';
import type { Team, Workbook } from '../core/model';
import { renderReviewPack } from '../i18n/review-pack-text';
import { holdsLock } from '../sheet/lock';
import { ledgerCounts, runJournal, sentLedger, type LogRecord } from '../sheet/log';
import type { Services } from '../sheet/services';
import { initiativeHistory } from './initiative-log';
import { sendRecorded } from './remind';

/** The review pack of one team lead. */
export interface Pack {
  readonly key: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly html: string;
}

/** The teams of `plan` that get a pack: those with a graded KR and a lead. */
export function packTeams(workbook: Workbook, plan: CloseCyclePlan): Team[] {
  const graded = new Set(plan.reviews.map((r) => r.teamId));
  return workbook.teams.filter((team) => graded.has(team.id) && team.leadEmail !== '');
}

/** The cycle's initiatives re-prioritised or never started, from the Log's history of changes. */
export function packInitiatives(log: readonly LogRecord[], workbook: Workbook, plan: CloseCyclePlan): InitiativeSummary {
  const cycle = plan.cycle!;
  return summarizeInitiatives(initiativeHistory(log, workbook.settings.timeZone), initiativesOfCycle(workbook, cycle.id), cycle);
}

/** The ledger key of a review pack: each goes out once per cycle and team. */
function packKey(cycleId: string, teamId: string): string {
  return `pack:${cycleId}:${teamId}`;
}

/** The packs of the close planned as `plan` (every review of the cycle) that the ledger does not hold yet. */
export function duePacks(s: Services, workbook: Workbook, plan: CloseCyclePlan, log: readonly LogRecord[]): Pack[] {
  const cycle = plan.cycle!;
  const { settings } = workbook;
  const sent = sentLedger(s.props, log);
  const initiatives = packInitiatives(log, workbook, plan);
  const units = firstBy(
    workbook.keyResults,
    (kr) => kr.id,
    (kr) => kr.unit,
  );
  const names = firstBy(
    workbook.people,
    (p) => p.email,
    (p) => p.name,
  );
  const url = s.book.getUrl();
  return packTeams(workbook, plan)
    .filter((team) => !sent.has(packKey(cycle.id, team.id)))
    .map((team) => {
      const rows = plan.reviews.filter((r) => r.teamId === team.id);
      const krIds = new Set(rows.map((r) => r.krId));
      const mail = renderReviewPack({
        lang: settings.language,
        company: settings.companyName,
        cycleName: cycle.name || cycle.id,
        leadName: names.get(team.leadEmail) || team.leadEmail,
        krs: rows.map((r) => ({ ...r, unit: units.get(r.krId) ?? '' })),
        initiatives: [
          ...initiatives.reprioritised
            .filter((i) => krIds.has(i.krId))
            .map((i) => ({ id: i.initiativeId, title: i.title, path: [i.changes[0]!.from, ...i.changes.map((c) => c.to)].join(' → ') })),
          ...initiatives.neverStarted.filter((i) => krIds.has(i.krId)).map((i) => ({ id: i.initiativeId, title: i.title, path: null })),
        ],
        reviewsUrl: url,
      });
      return { key: packKey(cycle.id, team.id), to: team.leadEmail, subject: mail.subject, body: mail.text, html: mail.html };
    });
}

/** `value` of the first item of each key: a duplicated ID reads as its first row, as the checks report it. */
function firstBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => string): Map<string, string> {
  const found = new Map<string, string>();
  for (const item of items) if (!found.has(key(item))) found.set(key(item), value(item));
  return found;
}

/**
 * Sends `due` in order within the mail quota and before `deadline` (ms); returns how many went. Without the
 * lock each pack is recorded in this run's own journal (a property write), which the next hold moves into the
 * Log; a run cut off in between has its packs in the journal, which the ledger reads.
 */
export function sendPacks(s: Services, settings: Workbook['settings'], due: readonly Pack[], deadline: number): number {
  const journal = holdsLock() ? undefined : runJournal(s.props, `packs${s.now().getTime()}`);
  let sent = 0;
  for (const pack of due) {
    if (s.now().getTime() >= deadline || s.mail.getRemainingDailyQuota() < 1) break;
    const went = sendRecorded(
      s,
      settings,
      pack,
      (time) => [{ time, action: 'reviewPack', user: pack.to, outcome: 'sent', counts: ledgerCounts(pack.key), error: '' }],
      journal,
    );
    if (!went) break;
    sent += 1;
  }
  return sent;
}
