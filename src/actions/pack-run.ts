/**
 * The run that mails a close's review packs, started by a one-off clock trigger a minute after Close cycle
 * (scheduleRun), as the admin who closed. It finishes what a cut-off close left unwritten, then sends
 * the packs without the lock under the sending lease; what the quota or the time leaves, another pack run
 * sends (or, once the quota is out, the daily run). The close counts as finished once the last pack went.
 */
import { moveJournal, readLog } from '../sheet/log';
import { closeFinished, closingCycle } from '../sheet/closing-cycle';
import { withLock } from '../sheet/lock';
import { releaseSendingLease, RUN_LIMIT_MS, SENDING_BUDGET_MS, sendUnderLease } from '../sheet/sending-lease';
import type { Services } from '../sheet/services';
import { readWorkbook } from '../sheet/workbook-read';
import { writeClose } from './close-cycle';
import { clearRun, PACKS_HANDLER, scheduleRun } from './reminder-trigger';
import { duePacks, sendPacks } from './review-packs';
import { runAction } from './run';

export function runPackRun(s: Services): void {
  const started = s.now().getTime();
  // Not a writer for the runner: the run takes the lock itself, twice, and sends in between without it.
  runAction(s, { name: 'packRun', writes: false, who: 'admin', from: 'trigger' }, (ctx) => {
    const { settings } = ctx;
    const before = withLock(s, () => {
      clearRun(s, PACKS_HANDLER);
      const cycleId = closingCycle(s.props);
      if (cycleId === null) return null;
      const read = readWorkbook(s.book, ctx.known);
      const { all } = writeClose(s, read, cycleId);
      // The ledger is the Log and the journals still in the properties: the last hold moves them.
      return duePacks(s, read.workbook, all, readLog(s));
    });
    if (before === null) return { message: '', counts: { packs: 0 } };
    const lease = started + RUN_LIMIT_MS;
    const sent = sendUnderLease(s, lease, () => sendPacks(s, settings, before, started + SENDING_BUDGET_MS));
    return withLock(s, () => {
      releaseSendingLease(s.props, lease);
      moveJournal(s, settings.language);
      const waiting = before.length - (sent ?? 0);
      // Another run held the lease (the daily run's sending), or time ran out: a pack run a minute later sends
      // the rest. Once the quota is out, the daily run of a later day does.
      if (waiting === 0) closeFinished(s.props);
      else if (s.mail.getRemainingDailyQuota() > 0) scheduleRun(s, PACKS_HANDLER);
      return { message: '', counts: { packs: sent ?? 0, waiting, leased: sent === null ? 0 : 1 } };
    });
  });
}
