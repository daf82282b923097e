/**
 * The one daily time-driven run: refreshes the KR columns, records initiative changes, sends the reminders
 * that are due, writes the company brief on the check-in day (once a week), rebuilds the Looker tabs and
 * the Dashboard, and logs the tally. It runs as the trigger's owner under the document lock; a failure is
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
import { sendReminders } from './remind';
import { writeSummary } from './summary';
import { clearContinuation, scheduleContinuation } from './reminder-trigger';
import { runAction } from './run';
import type { Services } from '../sheet/services';

/**
 * Mail is sent until this long after the run started, leaving a minute for the reports and the run within
 * 4 minutes, well inside Apps Script's 6 (https://developers.google.com/apps-script/guides/services/quotas);
 * the rest goes in a continuation run (scheduleContinuation), or on the next day's run.
 */
export const SENDING_BUDGET_MS = 3 * 60 * 1000;

/** The daily run, or (`continuation`) one of the runs that finish its mail: the same work, which repeats nothing. */
export function runDaily(s: Services, options: { continuation?: boolean } = {}): void {
  const started = s.now().getTime();
  runAction(s, { name: options.continuation ? 'dailyContinue' : 'dailyTrigger', writes: true, who: 'triggerOwner', from: 'trigger' }, (ctx) => {
    const { settings, known } = ctx;
    if (options.continuation) clearContinuation(s);
    const journalled = moveJournalToLog(s, settings.language);
    const stamped = applyPendingStamps(s, settings.language);
    const read = readWorkbook(s.book, known);
    const log = readLog(s);
    const today = dayOf(s.now(), settings.timeZone);
    const krs = refreshKrColumns(s, read);
    const initiativeChanges = recordInitiativeChanges(s, read.workbook.initiatives, settings.language, '').length;
    // Reminders first: what people must hear about never waits on the reports.
    const tally = sendReminders(s, read, log, started + SENDING_BUDGET_MS);
    // Mail left for want of time, not of quota: a continuation sends it within the hour.
    const continues = tally.deferred > 0 && s.mail.getRemainingDailyQuota() > 0 && scheduleContinuation(s, String(today)) ? 1 : 0;
    const closing = closingCycle(s);
    const packs = closing === null ? { sent: 0, waiting: 0 } : finishClose(s, ctx, read, closing);
    let briefs = 0;
    const key = briefKey(weekStartOf(today, settings.checkInWeekday));
    if (weekdayOf(today) === settings.checkInWeekday && !sentLedger(s.props, log).has(key)) {
      writeBrief(s, read.workbook, log, today, null);
      appendLog(s, settings.language, { time: s.now(), action: 'brief', user: '', outcome: 'written', counts: ledgerCounts(key), error: '' });
      briefs = 1;
    }
    const summary = writeSummary(s, read.workbook);
    return {
      message: '',
      counts: {
        krs, initiativeChanges, briefs, ...summary.counts, sent: tally.sent, deferred: tally.deferred, alreadySent: tally.alreadySent,
        packs: packs.sent, packsWaiting: packs.waiting, journalled, stamped, continues, ...tally.byKind,
      },
    };
  });
}
