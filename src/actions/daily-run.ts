/**
 * The one daily time-driven run: refreshes the KR columns, records initiative changes, sends the reminders
 * that are due, writes the company brief on the check-in day (once a week), rebuilds the Looker tabs and
 * the Dashboard, and logs the tally. It runs as the trigger's owner; it holds the lock to read and refresh,
 * lets it go while it sends (holding the sending lease), and takes it again for the reports. A failure is
 * logged, then thrown, so that Apps Script records the failed execution.
 */
import { weekStartOf } from '../core/calendar';
import { dayOf, weekdayOf } from '../core/date-parse';
import { appendLog, ledgerCounts, moveJournalToLog, readLog, sentLedger } from '../sheet/log';
import { readWorkbook } from '../sheet/workbook-read';
import { briefKey, writeBrief } from './brief';
import { applyPendingStamps } from '../sheet/check-in-stamps';
import { closingCycle, finishClose } from './close-cycle';
import { recordInitiativeChanges } from './initiative-log';
import { refreshKrColumns } from './refresh';
import { sendReminders, type RemindTally } from './remind';
import { writeSummary } from './summary';
import { clearContinuation, scheduleContinuation } from './reminder-trigger';
import { runAction } from './run';
import { withLock } from '../sheet/lock';
import { releaseSendingLease, takeSendingLease } from '../sheet/sending-lease';
import type { Services } from '../sheet/services';

/**
 * Mail is sent until this long after the run started, leaving a minute for the reports and the run within
 * 4 minutes, well inside Apps Script's 6 (https://developers.google.com/apps-script/guides/services/quotas);
 * the rest goes in a continuation run (scheduleContinuation), or on the next day's run.
 */
export const SENDING_BUDGET_MS = 3 * 60 * 1000;

/** Apps Script stops a trigger's run after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas). */
const RUN_LIMIT_MS = 6 * 60 * 1000;

/** The daily run, or (`continuation`) one of the runs that finish its mail: the same work, which repeats nothing. */
export function runDaily(s: Services, options: { continuation?: boolean } = {}): void {
  const started = s.now().getTime();
  // Not a writer for the runner: the run takes the lock itself, twice, and sends its mail in between without
  // it (see sending-lease.ts); its Log row is written apart, like a failure's.
  runAction(s, { name: options.continuation ? 'dailyContinue' : 'dailyTrigger', writes: false, who: 'triggerOwner', from: 'trigger' }, (ctx) => {
    const { settings, known } = ctx;
    const before = withLock(s, () => {
      if (options.continuation) clearContinuation(s);
      const journalled = moveJournalToLog(s, settings.language);
      const stamped = applyPendingStamps(s, settings.language);
      const read = readWorkbook(s.book, known);
      const krs = refreshKrColumns(s, read);
      const initiativeChanges = recordInitiativeChanges(s, read.workbook.initiatives, settings.language, '').length;
      return { journalled, stamped, read, log: readLog(s), krs, initiativeChanges };
    });
    const { read, log } = before;
    const today = dayOf(s.now(), settings.timeZone);
    // The lease's own value: the time this run would be killed by, after which no one need wait for it.
    const lease = started + RUN_LIMIT_MS;
    let leased = false;
    // Reminders first: what people must hear about never waits on the reports.
    let tally = NOTHING_SENT;
    try {
      leased = withLock(s, () => takeSendingLease(s.props, s.now().getTime(), lease));
      if (leased) tally = sendReminders(s, read, log, started + SENDING_BUDGET_MS);
    } catch (error) {
      // Given back at once, so that a retry sends what is left; if even that fails, the lease lapses at its time.
      try {
        withLock(s, () => releaseSendingLease(s.props, lease));
      } catch {
        /* the error that matters is thrown below */
      }
      throw error;
    }
    return withLock(s, () => {
      releaseSendingLease(s.props, lease);
      const moved = moveJournalToLog(s, settings.language, log);
      // Mail left for want of time, not of quota: a continuation sends it within the hour.
      const continues = tally.deferred > 0 && s.mail.getRemainingDailyQuota() > 0 && scheduleContinuation(s, String(today)) ? 1 : 0;
      const closing = closingCycle(s);
      const packs = closing === null ? { sent: 0, waiting: 0 } : finishClose(s, ctx, read, closing);
      const ledger = moved > 0 ? readLog(s) : log;
      let briefs = 0;
      const key = briefKey(weekStartOf(today, settings.checkInWeekday));
      if (weekdayOf(today) === settings.checkInWeekday && !sentLedger(s.props, ledger).has(key)) {
        writeBrief(s, read.workbook, ledger, today, null);
        appendLog(s, settings.language, { time: s.now(), action: 'brief', user: '', outcome: 'written', counts: ledgerCounts(key), error: '' });
        briefs = 1;
      }
      const summary = writeSummary(s, read.workbook);
      return {
        message: '',
        counts: {
          krs: before.krs,
          initiativeChanges: before.initiativeChanges,
          briefs,
          ...summary.counts,
          sent: tally.sent,
          deferred: tally.deferred,
          alreadySent: tally.alreadySent,
          packs: packs.sent,
          packsWaiting: packs.waiting,
          journalled: before.journalled + moved,
          stamped: before.stamped,
          continues,
          leased: leased ? 1 : 0,
          ...tally.byKind,
        },
      };
    });
  });
}

/** A run that found another one sending: it sends nothing and leaves the mail to that one. */
const NOTHING_SENT: RemindTally = { sent: 0, deferred: 0, alreadySent: 0, byKind: {} };
