/**
 * The one daily time-driven run: refreshes the KR columns, sends the reminders that are due, and logs
 * the tally. It runs as the trigger's owner, under the document lock; a failure is logged, then thrown so
 * that Apps Script records the failed execution.
 */
import { readWorkbook } from '../sheet/workbook-read';
import { refreshKrColumns } from './refresh';
import { sendReminders } from './remind';
import { runAction } from './run';
import type { Services } from './services';

export function runDaily(s: Services): void {
  runAction(s, { name: 'dailyTrigger', writes: true, from: 'trigger' }, ({ settings }) => {
    const read = readWorkbook(s.book, { settings, problems: [] });
    const krs = refreshKrColumns(s, read);
    const tally = sendReminders(s, read);
    return {
      message: '',
      counts: { krs, sent: tally.sent, deferred: tally.deferred, alreadySent: tally.alreadySent, ...tally.byKind },
    };
  });
}
