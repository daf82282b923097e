/**
 * Reminders (DESIGN.md §2.4): plan today's digests from the workbook and the Log's ledger, check the
 * remaining MailApp quota first, send what fits, and log each sent one with its ledger key, so nothing goes
 * twice and what did not fit goes out on the next run. "Preview reminders" plans the same and sends nothing.
 */
import { dayOf } from '../core/date-parse';
import type { KeyResult } from '../core/model';
import { renderMessage, type MailLinks, type RenderedMail } from '../core/reminder-mail';
import { fitQuota, planReminders, type PlannedMessage } from '../core/reminder-plan';
import { appendLog, ledgerCounts, ledgerOf, readLog, type LogEntry, type LogRecord } from '../sheet/log';
import type { ReadWorkbook } from '../sheet/workbook-read';
import type { Services } from '../sheet/services';
import { errorText } from '../sheet/retry';

export interface RemindTally {
  readonly sent: number;
  readonly deferred: number;
  /** Reminders already sent this week for the same person and kind. */
  readonly alreadySent: number;
  readonly byKind: Readonly<Record<string, number>>;
}

/** Links of the e-mails: the sheet, each KR's row, and the web-app page when deployed. */
export function mailLinks(s: Services, read: ReadWorkbook): MailLinks {
  const url = s.book.getUrl();
  const table = read.tables.keyResults;
  const rows = new Map<string, number>(read.workbook.keyResults.map((kr: KeyResult) => [kr.id, kr.row]));
  const gid = table ? table.sheet.getSheetId() : 0;
  return {
    sheetUrl: url,
    krRowUrl: (krId) => `${url}#gid=${gid}&range=A${rows.get(krId) ?? 1}`,
    webAppUrl: s.triggers.getService().getUrl(),
  };
}

export interface PlannedMail {
  readonly planned: PlannedMessage;
  readonly mail: RenderedMail;
}

/** Today's reminders as they would go out, with how many were already sent. */
export function planMail(s: Services, read: ReadWorkbook, log: readonly LogRecord[] = readLog(s.book)): { mails: PlannedMail[]; alreadySent: number } {
  const { workbook } = read;
  const sent = ledgerOf(log);
  const today = dayOf(s.now(), workbook.settings.timeZone);
  const planned = planReminders({ workbook, today, sent });
  const everything = planReminders({ workbook, today, sent: new Set() });
  const links = mailLinks(s, read);
  const company = workbook.settings.companyName;
  return {
    mails: planned.map((p) => ({ planned: p, mail: renderMessage(p, links, company) })),
    alreadySent: everything.length - planned.length,
  };
}

/**
 * Sends today's reminders within the quota and before `deadline` (ms), logging each one; what is left goes
 * out on the next run. The caller holds the document lock.
 */
export function sendReminders(s: Services, read: ReadWorkbook, log: readonly LogRecord[], deadline = Infinity): RemindTally {
  const { mails, alreadySent } = planMail(s, read, log);
  const { send, deferred } = fitQuota(mails.map((m) => m.planned), s.mail.getRemainingDailyQuota());
  const byKey = new Map(mails.map((m) => [m.planned.key, m.mail]));
  const { settings } = read.workbook;
  const logged: LogEntry[] = [];
  const byKind: Record<string, number> = {};
  let failure: unknown = null;
  for (const planned of send) {
    if (s.now().getTime() >= deadline) break; // Apps Script stops a run at 6 minutes: the rest goes next time
    const mail = byKey.get(planned.key)!;
    try {
      s.mail.sendEmail({ to: planned.to, subject: mail.subject, body: mail.text, htmlBody: mail.html, name: settings.companyName || 'OKR' });
    } catch (error) {
      failure = error; // e.g. the quota ran out mid-run: what is left goes out next time
      break;
    }
    byKind[planned.kind] = (byKind[planned.kind] ?? 0) + 1;
    logged.push({ time: s.now(), action: `reminder:${planned.kind}`, user: planned.to, outcome: 'sent', counts: ledgerCounts(planned.key), error: '' });
  }
  appendLog(s, settings.language, ...logged);
  if (failure !== null && !isQuotaError(failure)) throw failure; // logged first: what went out is never sent again
  return { sent: logged.length, deferred: deferred.length + (send.length - logged.length), alreadySent, byKind };
}

function isQuotaError(error: unknown): boolean {
  return /too many times for one day: email/i.test(errorText(error));
}
