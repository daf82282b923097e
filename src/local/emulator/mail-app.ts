/** The emulated MailApp: every message lands in an outbox, with Apps Script's recipient quota, size limits and address checks. */
import type { LocalEnv } from './env';
import { signatureError } from './session';

export interface MailAppOptions {
  /** Recipients per day: 1,500 on Workspace, 100 on consumer accounts (https://developers.google.com/apps-script/guides/services/quotas). */
  readonly quota?: number;
  /** The account sending (the effective user): mail from a trigger goes out as its owner, on the owner's quota. */
  readonly currentUser: () => string;
}

export interface SentMessage {
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | null;
  readonly name: string | null;
  readonly replyTo: string | null;
  readonly noReply: boolean;
  readonly attachments: readonly unknown[];
  readonly sentAt: Date;
}

const DAY_MS = 24 * 3600 * 1000;
/** https://developers.google.com/apps-script/guides/services/quotas ("Current limitations"; Workspace figures). */
const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_BODY_BYTES = 400 * 1024;
const OPTION_KEYS = ['to', 'cc', 'bcc', 'subject', 'body', 'htmlBody', 'name', 'replyTo', 'noReply', 'attachments'];

/**
 * One plain address. Apps Script's own check is not documented: this one refuses display names
 * (`Ann <a@b.c>`) and missing domains, the stricter reading.
 */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

function addresses(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  if (typeof list !== 'string') throw new Error(`Invalid email: ${String(list)}`);
  return list.split(',').map((address) => address.trim());
}

function optionalText(message: Record<string, unknown>, key: string): string | null {
  const value = message[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`Invalid argument: ${key}`);
  return value;
}

/** (recipient, subject, body, options?) or ({to, subject, body, …}): https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object) */
function messageOf(args: readonly unknown[]): Record<string, unknown> {
  const [a, b, c, d] = args;
  if (args.length === 1 && typeof a === 'object' && a !== null) return a as Record<string, unknown>;
  if ((args.length === 3 || args.length === 4) && typeof a === 'string' && typeof b === 'string' && typeof c === 'string') {
    if (typeof d === 'string') throw new Error('not emulated: MailApp.sendEmail(to, replyTo, subject, body)');
    if (d !== undefined && (typeof d !== 'object' || d === null)) throw signatureError('MailApp.sendEmail', args);
    return { ...(d as Record<string, unknown> | undefined), to: a, subject: b, body: c };
  }
  throw signatureError('MailApp.sendEmail', args);
}

export function createMailApp(env: LocalEnv, options: MailAppOptions) {
  const quota = options.quota ?? 1500;
  /** Per user, a window opened by the first send and closed 24 h later (a rolling day, not midnight). */
  const windows = new Map<string, { start: number; used: number }>();

  const remainingFor = (user: string): number => {
    const window = windows.get(user);
    return window && env.now() < window.start + DAY_MS ? quota - window.used : quota;
  };

  const outbox: SentMessage[] = [];
  return {
    outbox,
    sendEmail(...args: unknown[]): void {
      env.call('MailApp.sendEmail');
      env.requireAuthorization('MailApp.sendEmail');
      const message = messageOf(args);
      const unknown = Object.keys(message).find((key) => !OPTION_KEYS.includes(key));
      // MailApp has no `from` (GmailApp does) and ignores unknown keys silently; throwing catches the mistake.
      if (unknown) throw new Error(`not emulated: MailApp.sendEmail option ${unknown}`);
      const to = addresses(message.to);
      const cc = addresses(message.cc);
      const bcc = addresses(message.bcc);
      if (to.length === 0) throw new Error('Failed to send email: no recipient');
      const invalid = [...to, ...cc, ...bcc].find((address) => !EMAIL.test(address));
      if (invalid !== undefined) throw new Error(`Invalid email: ${invalid}`);
      const recipients = to.length + cc.length + bcc.length;
      if (recipients > MAX_RECIPIENTS_PER_MESSAGE) throw new Error('Limit Exceeded: Email Recipients Per Message.');
      const subject = optionalText(message, 'subject');
      const body = optionalText(message, 'body');
      const htmlBody = optionalText(message, 'htmlBody');
      // Whether Apps Script sends with no subject or no body is unverified: the emulator requires both.
      if (subject === null) throw new Error('Invalid argument: subject');
      if (body === null && htmlBody === null) throw new Error('Invalid argument: body');
      if (Buffer.byteLength(body ?? '') > MAX_BODY_BYTES || Buffer.byteLength(htmlBody ?? '') > MAX_BODY_BYTES) {
        throw new Error('Limit Exceeded: Email Body Size.');
      }
      const name = optionalText(message, 'name');
      const replyTo = optionalText(message, 'replyTo');
      if (replyTo !== null && !EMAIL.test(replyTo)) throw new Error(`Invalid email: ${replyTo}`);
      const attachments = message.attachments ?? [];
      if (!Array.isArray(attachments)) throw new Error('Invalid argument: attachments');
      const from = options.currentUser();
      // A message needing more recipients than are left fails whole (stricter: real partial behaviour is unknown).
      if (recipients > remainingFor(from)) throw new Error('Service invoked too many times for one day: email.');
      const window = windows.get(from);
      if (window && env.now() < window.start + DAY_MS) window.used += recipients;
      else windows.set(from, { start: env.now(), used: recipients });
      outbox.push({
        from,
        to,
        cc,
        bcc,
        subject,
        body: body ?? '',
        htmlBody,
        name,
        replyTo,
        noReply: message.noReply === true,
        attachments,
        sentAt: new Date(env.now()),
      });
    },
    /** Recipients the current user may still mail in the current window: https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() */
    getRemainingDailyQuota(): number {
      env.call('MailApp.getRemainingDailyQuota');
      env.requireAuthorization('MailApp.getRemainingDailyQuota');
      return remainingFor(options.currentUser());
    },
  };
}

export type LocalMailApp = ReturnType<typeof createMailApp>;
