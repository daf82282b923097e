/**
 * The review packs of a close: each team lead's graded KRs and the team's initiatives re-prioritised or never
 * started, asking for the team's reflection. They are sent without the document's lock, under the sending
 * lease, as the daily run sends reminders, each recorded as it goes: a pack goes once per cycle and team.
 */
import type { CloseCyclePlan } from '../core/close-cycle';
import { initiativesOfCycle, summarizeInitiatives, type InitiativeSummary } from '../core/initiative-history';
import type { Workbook } from '../core/model';
import { planReviewPacks } from '../core/review-pack';
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

/** The cycle's initiatives re-prioritised or never started, from the Log's history of changes. */
export function packInitiatives(log: readonly LogRecord[], workbook: Workbook, plan: CloseCyclePlan): InitiativeSummary {
  const cycle = plan.cycle!;
  return summarizeInitiatives(initiativeHistory(log, workbook.settings.timeZone), initiativesOfCycle(workbook, cycle.id), cycle);
}

/** The ledger key of a review pack: each goes out once per cycle and team. */
function packKey(cycleId: string, teamId: string): string {
  return `pack:${cycleId}:${teamId}`;
}

/** The packs of the close planned as `plan` (every review of the cycle) that the ledger does not hold yet, worded. */
export function duePacks(s: Services, workbook: Workbook, plan: CloseCyclePlan, log: readonly LogRecord[]): Pack[] {
  const cycle = plan.cycle!;
  const { settings } = workbook;
  const sent = sentLedger(s.props, log);
  const url = s.book.getUrl();
  return planReviewPacks(workbook, plan, packInitiatives(log, workbook, plan))
    .filter((pack) => !sent.has(packKey(cycle.id, pack.teamId)))
    .map((pack) => {
      const mail = renderReviewPack({ ...pack, lang: settings.language, company: settings.companyName, reviewsUrl: url });
      return { key: packKey(cycle.id, pack.teamId), to: pack.to, subject: mail.subject, body: mail.text, html: mail.html };
    });
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
