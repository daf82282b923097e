/**
 * The one daily time-driven run: refreshes the KR columns, records initiative changes, sends the reminders
 * that are due (and the review packs a close left unsent), writes the company brief on the check-in day (once
 * a week), rebuilds the Looker tabs and the Dashboard, and logs the tally. It runs as the trigger's owner; it holds the lock to read and refresh,
 * lets it go while it sends (holding the sending lease), and takes it again for the reports. A failure is
 * logged, then thrown, so that Apps Script records the failed execution.
 */
import { dayOf } from '../core/date-parse';
import { weeklyBriefDue } from '../core/weekly-brief';
import { ledgerCounts, moveJournal, readLog, sentLedger } from '../sheet/log';
import { readWorkbook } from '../sheet/workbook-read';
import { writeBrief } from './brief';
import { applyPendingStamps } from '../sheet/check-in-stamps';
import { writeClose } from './close-cycle';
import { closeFinished, closingCycle } from '../sheet/closing-cycle';
import { duePacks, sendPacks, type Pack } from './review-packs';
import { recordInitiativeChanges } from './initiative-log';
import { refreshKrColumns } from './refresh';
import { sendReminders, type RemindTally } from './remind';
import { writeSummary } from './summary';
import { clearContinuation, scheduleContinuation } from './reminder-trigger';
import { runAction } from './run';
import { withLock } from '../sheet/lock';
import { releaseSendingLease, RUN_LIMIT_MS, SENDING_BUDGET_MS, sendUnderLease } from '../sheet/sending-lease';
import type { Services } from '../sheet/services';

/** The daily run, or (`continuation`) one of the runs that finish its mail: the same work, which repeats nothing. */
export function runDaily(s: Services, options: { continuation?: boolean } = {}): void {
  const started = s.now().getTime();
  // Not a writer for the runner: the run takes the lock itself, twice, and sends its mail in between without
  // it (see sending-lease.ts); its Log row is written apart, like a failure's.
  runAction(s, { name: options.continuation ? 'dailyContinue' : 'dailyTrigger', writes: false, who: 'triggerOwner', from: 'trigger' }, (ctx) => {
    const { settings, known } = ctx;
    const before = withLock(s, () => {
      if (options.continuation) clearContinuation(s);
      const journal = moveJournal(s, settings.language);
      const stamped = applyPendingStamps(s, settings.language);
      const read = readWorkbook(s.book, known);
      const krs = refreshKrColumns(s, read);
      const initiativeChanges = recordInitiativeChanges(s, read.workbook.initiatives, settings.language, '').length;
      // The Log as the move left it, read again only when initiative changes were added to it since.
      const log = initiativeChanges > 0 ? readLog(s) : journal.log;
      // A close whose packs did not all go (the quota ran out, its pack run could not be scheduled): its rest.
      const closing = closingCycle(s.props);
      const packs: readonly Pack[] | null = closing === null ? null : duePacks(s, read.workbook, writeClose(s, read, closing).all, log);
      return { journalled: journal.moved, stamped, read, log, krs, initiativeChanges, packs };
    });
    const { read, log, packs } = before;
    const today = dayOf(s.now(), settings.timeZone);
    // The lease's own value: the time this run would be killed by, after which no one need wait for it.
    const lease = started + RUN_LIMIT_MS;
    // Reminders first: what people must hear about never waits on the reports.
    const deadline = started + SENDING_BUDGET_MS;
    const sent = sendUnderLease(s, lease, () => ({
      tally: sendReminders(s, read, log, deadline),
      packs: packs === null ? 0 : sendPacks(s, settings, packs, deadline),
    }));
    const tally = sent?.tally ?? NOTHING_SENT;
    const packsWaiting = packs === null ? 0 : packs.length - (sent?.packs ?? 0);
    return withLock(s, () => {
      releaseSendingLease(s.props, lease);
      // The ledger is the Log and the journals this run's mail went to, which the move below empties.
      const key = weeklyBriefDue(today, settings.checkInWeekday, (sent) => sentLedger(s.props, log).has(sent));
      if (key !== null) writeBrief(s, read.workbook, log, today, null);
      // The mail's rows and the brief's in one append.
      const briefRows = key === null ? [] : [{ time: s.now(), action: 'brief' as const, user: '', outcome: 'written', counts: ledgerCounts(key), error: '' }];
      const moved = moveJournal(s, settings.language, log, briefRows).moved;
      if (packs !== null && packsWaiting === 0) closeFinished(s.props);
      // Mail left for want of time, not of quota: a continuation sends it within the hour.
      const deferred = tally.deferred + packsWaiting;
      const continues = deferred > 0 && s.mail.getRemainingDailyQuota() > 0 && scheduleContinuation(s, String(today)) ? 1 : 0;
      const summary = writeSummary(s, read.workbook);
      return {
        message: '',
        counts: {
          krs: before.krs,
          initiativeChanges: before.initiativeChanges,
          briefs: key === null ? 0 : 1,
          ...summary.counts,
          sent: tally.sent,
          deferred: tally.deferred,
          alreadySent: tally.alreadySent,
          packs: sent?.packs ?? 0,
          packsWaiting,
          journalled: before.journalled + moved,
          stamped: before.stamped,
          continues,
          leased: sent === null ? 0 : 1,
          ...tally.byKind,
        },
      };
    });
  });
}

/** A run that found another one sending: it sends nothing and leaves the mail to that one. */
const NOTHING_SENT: RemindTally = { sent: 0, deferred: 0, alreadySent: 0, byKind: {} };
