/**
 * The one action runner: settings, who may run it, the lock, the Log row, and the message a person sees.
 * Menu actions show a localized alert; trigger and page calls log and then fail visibly. An action that
 * asks a person something asks first, unlocked, then takes the lock, reads again and acts: Apps Script
 * drops locks while a dialog is open (https://developers.google.com/apps-script/reference/base/ui).
 */
import type { SettingProblem, Settings } from '../core/settings';
import { messages, type Catalogue } from '../i18n';
import { langOfLocale, type Lang } from '../core/lang';
import type { LogAction } from '../i18n/log';
import { TAB_LABELS } from '../i18n/tabs';
import type { TabKey } from '../core/tabs';
import { resolveAdmins, type Admins } from '../sheet/admins';
import { appendLog, recordLog } from '../sheet/log';
import { BusyError, withLock } from '../sheet/lock';
import { errorText } from '../sheet/retry';
import { readSettings } from '../sheet/settings-read';
import type { Services } from '../sheet/services';
import { readTriggerRecord } from '../sheet/trigger-record';

export interface ActionContext {
  readonly s: Services;
  readonly settings: Settings;
  /** Settings as read, with their problems: what readWorkbook takes so that it does not read them again. */
  readonly known: { readonly settings: Settings; readonly problems: SettingProblem[] };
  readonly t: Catalogue;
  readonly user: string;
  readonly admins: Admins;
}

/**
 * Who may run an action. `admin`: the admins of Settings, or the last valid list when Settings cannot be
 * read (open only while the workbook has never had one, and then only to Set up). `triggerOwner`: the
 * account that owns the daily trigger, or an admin while reminders are off.
 */
export type Who = 'anyone' | 'admin' | 'triggerOwner';

export interface ActionOptions {
  /** Log name of the action: one with a label in i18n/log.ts, which the Log shows in the workbook's language. */
  readonly name: LogAction;
  /** Writers hold the lock while they work; previews take it only to write their Log row. */
  readonly writes: boolean;
  readonly who: Who;
  /** Menu actions answer with an alert; triggers and page calls do not. */
  readonly from: 'menu' | 'trigger' | 'page';
  /** Set up may make the first admin of a workbook that never had one. */
  readonly firstAdmin?: boolean;
}

/** What an action reports: the message for a person and the counts for the Log. */
export interface ActionOutcome {
  readonly message: string;
  readonly counts?: Readonly<Record<string, number>>;
}

/** What a question step gives: the answer to act on, or an outcome that ends the action (cancelled…). */
export type Asked<A> = { readonly answer: A } | { readonly outcome: ActionOutcome };

export class RefusedError extends Error {
  readonly code = 'REFUSED';
}

/**
 * Who is running this: the active user only. The effective user is the account the code runs as (a web app
 * deployed to execute as its owner, a trigger's owner): taking it when the active user is blank would let a
 * visitor act as the owner (https://developers.google.com/apps-script/reference/base/session).
 */
export function currentUser(s: Services): string {
  return (s.session.getActiveUser().getEmail() || '').toLowerCase();
}

function context(s: Services, user: string): ActionContext {
  const known = readSettings(s.book);
  const { settings } = known;
  return { s, settings, known, t: messages(settings.language), user, admins: resolveAdmins(s.props, known) };
}

/** Throws RefusedError unless `ctx.user` may run an action of `options`. */
function checkWho(ctx: ActionContext, options: ActionOptions): void {
  const { admins, user, t } = ctx;
  const admin = isAdmin(ctx, user);
  if (options.who === 'admin') {
    if (admin) return;
    if (options.firstAdmin && admins.source === 'none') {
      if (user === '') throw new RefusedError(t.errors.signInFirst);
      return;
    }
    throw new RefusedError(admins.source === 'none' ? t.errors.noAdminYet : t.errors.adminOnly(user));
  }
  if (options.who === 'triggerOwner') {
    const record = readTriggerRecord(ctx.s);
    if (record ? record.owner === user : admin) return;
    throw new RefusedError(record ? t.errors.triggerOwnerOnly(record.owner) : t.errors.adminOnly(user));
  }
}

/** Whether `user` is an admin, by the list the runner resolved (Settings, or the last valid one). */
export function isAdmin(ctx: { readonly admins: Admins }, user: string): boolean {
  return user !== '' && ctx.admins.list.indexOf(user) >= 0;
}

/** Runs `work` (under the lock when it writes) and returns its outcome; see `run`. */
export function runAction(s: Services, options: ActionOptions, work: (ctx: ActionContext) => ActionOutcome): ActionOutcome | null {
  return run(s, options, (locked) => locked(work));
}

/**
 * Asks (dialogs allowed, no lock held), then runs `act` with a context read again under the lock: what
 * changed while the dialog was open is what the action works on.
 */
export function runAsking<A>(
  s: Services,
  options: ActionOptions,
  ask: (ctx: ActionContext) => Asked<A>,
  act: (ctx: ActionContext, answer: A) => ActionOutcome,
): ActionOutcome | null {
  return run(s, options, (locked, unlocked) => {
    const asked = ask(unlocked());
    return 'outcome' in asked ? { outcome: asked.outcome, logged: false } : locked((ctx) => act(ctx, asked.answer));
  });
}

interface Ran {
  readonly outcome: ActionOutcome;
  /** Whether the Log row was written already (under the writer's hold). */
  readonly logged: boolean;
}
type Locked = (work: (ctx: ActionContext) => ActionOutcome) => Ran;

/**
 * The runner behind both. A writer's Log row is written under the same hold as its work, and every other
 * Log row takes the lock just for itself, so Log rows are only ever appended. A failure is logged, shown
 * (menu) and rethrown (trigger, page). When even the Log cannot be written (the spreadsheet service is
 * down), the failure goes to the execution log (console), the one place left, and the error surfaces.
 */
function run(s: Services, options: ActionOptions, body: (locked: Locked, unlocked: () => ActionContext) => Ran): ActionOutcome | null {
  const started = s.now();
  const user = currentUser(s);
  let lang: Lang = langOfLocale(s.book.getSpreadsheetLocale());
  let latest: ActionContext | null = null;
  const entry = (outcome: string, counts: Readonly<Record<string, number>>, error: string) => ({
    time: started,
    action: options.name,
    user,
    outcome,
    counts,
    error,
  });
  const log = (outcome: string, counts: Readonly<Record<string, number>>, error: string) => appendLog(s, lang, entry(outcome, counts, error));
  // A row written outside a writer's hold waits at most 5 s for the lock, then goes to the journal (recordLog):
  // a busy lock must not turn a preview's answer into "busy", nor lose a failure's row.
  const logApart = (outcome: string, counts: Readonly<Record<string, number>>, error: string) => {
    const failed = recordLog(s, lang, [entry(outcome, counts, error)], 5000);
    if (failed !== null) console.warn(`${options.name}: the Log row waits in the script properties (${errorText(failed)})`);
  };
  const prepare = (): ActionContext => {
    const ctx = context(s, user);
    lang = ctx.settings.language;
    latest = ctx;
    checkWho(ctx, options);
    return ctx;
  };
  const locked: Locked = (work) => {
    if (!options.writes) return { outcome: work(latest ?? prepare()), logged: false };
    return {
      outcome: withLock(s, () => {
        // A page's question step shows no dialog and anyone may run it: nothing waited on a person since its
        // settings were read, a second ago, and no right is to be checked again. Every other writer reads them
        // again under the lock: a dialog may have lasted minutes, and an admin's rights count as the lock finds them.
        const ctx = options.from === 'page' && options.who === 'anyone' && latest ? latest : prepare();
        const done = work(ctx);
        log(ctx.t.log.ok, done.counts ?? {}, '');
        return done;
      }),
      logged: true,
    };
  };
  try {
    const { outcome, logged } = body(locked, prepare);
    if (!logged) logApart(messages(lang).log.ok, outcome.counts ?? {}, '');
    const message = latest ? withAdminNotice(latest, outcome.message) : outcome.message;
    if (options.from === 'menu' && message !== '') s.app.getUi().alert(message);
    return outcome;
  } catch (error) {
    const t = messages(lang);
    const refused = error instanceof RefusedError;
    const message = refused ? error.message : error instanceof BusyError ? t.errors.busy : t.errors.failed(errorText(error));
    logApart(refused ? t.log.refused : t.log.failed, {}, errorText(error));
    if (options.from !== 'menu') throw refused || error instanceof BusyError ? new Error(message) : error;
    s.app.getUi().alert(message);
    return null;
  }
}

/** A message, followed by the notice that the admins came from the last valid list when Settings could not be read. */
function withAdminNotice(ctx: ActionContext, message: string): string {
  if (ctx.admins.source !== 'stored' || message === '') return message;
  return `${message}\n\n${ctx.t.errors.adminsFallback(ctx.admins.list.join(', '))}`;
}

/** The message of an action, preceded by one line per missing input tab, so a missing tab is never a silent zero. */
export function withMissingTabs(t: Catalogue, lang: Lang, missing: readonly TabKey[], message: string): string {
  return [...missing.map((tab) => t.errors.missingTab(TAB_LABELS[tab][lang])), message].join('\n');
}
