/**
 * Reminders (DESIGN.md §2.4): plan today's mails from the workbook and the Log's ledger, check the
 * remaining MailApp quota first, send what fits, and log each sent one with its ledger keys, so nothing goes
 * twice and what did not fit goes out on the next run. "Preview reminders" plans the same and sends nothing.
 */
import { dayOf } from '../core/date-parse';
import type { MailLinks, RenderedMail } from '../core/reminder-mail';
import { renderMessage } from '../i18n/reminder-text';
import { fitQuota, planReminders, type PlannedMessage } from '../core/reminder-plan';
import { ledgerCounts, readLog, recordLog, runJournal, sentLedger, type LogEntry, type LogRecord } from '../sheet/log';
import { holdsLock } from '../sheet/lock';
import type { Lang } from '../core/lang';
import { headerText } from '../core/text';
import type { ReadWorkbook } from '../sheet/workbook-read';
import type { Services } from '../sheet/services';
import { errorText } from '../sheet/retry';

export interface RemindTally {
  /** Mails sent. */
  readonly sent: number;
  /** Mails left for the next run. */
  readonly deferred: number;
  /** Sections of today's plan already sent this week for the same person and kind. */
  readonly alreadySent: number;
  /** Sections sent, by kind. */
  readonly byKind: Readonly<Record<string, number>>;
}

/** Links of the e-mails: the sheet, and the web-app page when deployed. */
export function mailLinks(s: Services): MailLinks {
  return { sheetUrl: s.book.getUrl(), webAppUrl: s.triggers.getService().getUrl() };
}

export interface PlannedMail {
  readonly planned: PlannedMessage;
  readonly mail: RenderedMail;
}

/** Today's reminders as they would go out, with how many of today's sections were already sent. */
export function planMail(s: Services, read: ReadWorkbook, log: readonly LogRecord[] = readLog(s)): { mails: PlannedMail[]; alreadySent: number } {
  const { workbook } = read;
  const today = dayOf(s.now(), workbook.settings.timeZone);
  const { due, alreadySent } = planReminders({ workbook, today, sent: sentLedger(s.props, log) });
  const links = mailLinks(s);
  const company = workbook.settings.companyName;
  return { mails: due.map((p) => ({ planned: p, mail: renderMessage(p, links, company) })), alreadySent: alreadySent.length };
}

/**
 * Sends today's reminders within the quota and before `deadline` (ms), recording each mail as it goes, one
 * Log row per section key (recordLog: the Log, or the script properties when the Log fails), so that a run
 * that fails or is cut off after any mail never sends it again; what is left goes out on the next run.
 * Without the lock (the daily run sends unlocked, holding the sending lease), each mail is recorded in the
 * run's own journal instead (runJournal), moved into the Log at the next hold. `byKind` counts sections;
 * `sent` counts mails.
 */
export function sendReminders(s: Services, read: ReadWorkbook, log: readonly LogRecord[], deadline = Infinity): RemindTally {
  const journal = holdsLock() ? undefined : runJournal(s.props, `run${s.now().getTime()}`);
  const { mails, alreadySent } = planMail(s, read, log);
  const { send, deferred } = fitQuota(
    mails.map((m) => m.planned),
    s.mail.getRemainingDailyQuota(),
  );
  const { settings } = read.workbook;
  const byKind: Record<string, number> = {};
  let sent = 0;
  for (const [index, planned] of send.entries()) {
    if (s.now().getTime() >= deadline) break; // Apps Script stops a run at 6 minutes: the rest goes next time
    const mail = mails[index]!.mail; // fitQuota keeps the plan's order: `send` is its first part
    const went = sendRecorded(
      s,
      settings,
      { to: planned.to, subject: mail.subject, body: mail.text, html: mail.html },
      (time) =>
        planned.sections.map((section) => ({
          time,
          action: `reminder:${section.kind}`,
          user: planned.to,
          outcome: 'sent',
          counts: ledgerCounts(section.key),
          error: '',
        })),
      journal,
    );
    if (!went) break; // the quota ran out mid-run: what is left goes out next time
    sent += 1;
    for (const section of planned.sections) byKind[section.kind] = (byKind[section.kind] ?? 0) + 1;
  }
  return { sent, deferred: deferred.length + (send.length - sent), alreadySent, byKind };
}

/**
 * The one way a mail goes out: sent, then recorded at once (recordLog: the Log, or the script properties
 * when the Log fails), or in `journal` when given, so that a run cut off after it never sends it again.
 * False when the daily quota refused it (nothing went); a Log that could not be written ends the run once
 * the mail is recorded.
 */
export function sendRecorded(
  s: Services,
  settings: { language: Lang; companyName: string },
  mail: { to: string; subject: string; body: string; html: string },
  entries: (time: Date) => LogEntry[],
  journal?: (entries: readonly LogEntry[]) => void,
): boolean {
  try {
    s.mail.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, htmlBody: mail.html, name: headerText(settings.companyName) || 'OKR' });
  } catch (error) {
    if (isQuotaError(error)) return false;
    throw error;
  }
  const recorded = entries(s.now());
  if (journal) {
    try {
      journal(recorded);
      return true;
    } catch {
      // The properties refused it: the Log (or, failing that, the shared journal) must have it instead.
    }
  }
  const failed = recordLog(s, settings.language, recorded);
  if (failed !== null) throw failed; // recorded in the journal: the next run knows it went
  return true;
}

function isQuotaError(error: unknown): boolean {
  return /too many times for one day: email/i.test(errorText(error));
}
