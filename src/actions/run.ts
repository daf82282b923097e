/**
 * The one action runner: settings, the admin check, the document lock, the Log row, and the message a
 * person sees. Menu actions show a localized alert; trigger runs log and then fail visibly.
 */
import type { SettingProblem, Settings } from '../core/settings';
import { messages, type Catalogue } from '../i18n';
import { langOfLocale, type Lang } from '../i18n/lang';
import { TAB_LABELS, type TabKey } from '../i18n/tabs';
import { appendLog } from '../sheet/log';
import { BusyError, withDocumentLock } from '../sheet/lock';
import { errorText } from '../sheet/retry';
import { readSettings } from '../sheet/settings-read';
import type { Services } from '../sheet/services';

export interface ActionContext {
  readonly s: Services;
  readonly settings: Settings;
  /** Settings as read, with their problems: what readWorkbook takes so that it does not read them again. */
  readonly known: { readonly settings: Settings; readonly problems: SettingProblem[] };
  readonly t: Catalogue;
  readonly user: string;
}

export interface ActionOptions {
  /** Log name of the action. */
  readonly name: string;
  /** Writers take the document lock; previews do not. */
  readonly writes: boolean;
  /** Only the admins of Settings may run it (anyone, while no admin is listed yet). */
  readonly adminOnly?: boolean;
  /** Menu actions answer with an alert; triggers and sidebar calls do not. */
  readonly from: 'menu' | 'trigger' | 'sidebar';
}

/** What an action reports: the message for a person and the counts for the Log. */
export interface ActionOutcome {
  readonly message: string;
  readonly counts?: Readonly<Record<string, number>>;
}

export class RefusedError extends Error {
  readonly code = 'REFUSED';
}

export function currentUser(s: Services): string {
  return (s.session.getActiveUser().getEmail() || s.session.getEffectiveUser().getEmail() || '').toLowerCase();
}

export function isAdmin(settings: Settings, user: string): boolean {
  return settings.admins.length === 0 || settings.admins.indexOf(user) >= 0;
}

/**
 * Runs `work` and returns its outcome; a failure is logged, shown (menu) and rethrown (trigger, sidebar).
 * When even the Log cannot be written (the spreadsheet service is down), the failure goes to the
 * execution log (console), the one place left, and the original error still surfaces.
 */
export function runAction(s: Services, options: ActionOptions, work: (ctx: ActionContext) => ActionOutcome): ActionOutcome | null {
  const started = s.now();
  const user = currentUser(s);
  let lang = langOfLocale(s.book.getSpreadsheetLocale());
  try {
    const known = readSettings(s.book);
    const { settings } = known;
    lang = settings.language;
    const t = messages(lang);
    if (options.adminOnly && !isAdmin(settings, user)) throw new RefusedError(t.errors.adminOnly(user));
    const ctx: ActionContext = { s, settings, known, t, user };
    const outcome = options.writes ? withDocumentLock(s, () => work(ctx)) : work(ctx);
    appendLog(s, lang, { time: started, action: options.name, user, outcome: t.log.ok, counts: outcome.counts ?? {}, error: '' });
    if (options.from === 'menu' && outcome.message !== '') s.app.getUi().alert(outcome.message);
    return outcome;
  } catch (error) {
    const t = messages(lang);
    const refused = error instanceof RefusedError;
    const message = refused ? error.message : error instanceof BusyError ? t.errors.busy : t.errors.failed(errorText(error));
    try {
      appendLog(s, lang, { time: started, action: options.name, user, outcome: refused ? t.log.refused : t.log.failed, counts: {}, error: errorText(error) });
    } catch (logError) {
      console.error(`${options.name} failed (${errorText(error)}) and the Log could not be written: ${errorText(logError)}`);
    }
    if (options.from !== 'menu') throw error instanceof RefusedError || error instanceof BusyError ? new Error(message) : error;
    s.app.getUi().alert(message);
    return null;
  }
}

/** The message of an action, preceded by one line per missing input tab, so a missing tab is never a silent zero. */
export function withMissingTabs(t: Catalogue, lang: Lang, missing: readonly TabKey[], message: string): string {
  return [...missing.map((tab) => t.errors.missingTab(TAB_LABELS[tab][lang])), message].join('\n');
}
