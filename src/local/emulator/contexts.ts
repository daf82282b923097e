/**
 * The execution contexts of Apps Script as the local runtime enforces them: what each kind of run may
 * call, how long it may run, and whose e-mail address the script may see.
 */
import { EXECUTION_LIMIT_MS } from './latency';

/**
 * menu: a menu click, or google.script.run from a sidebar or dialog. simpleTrigger: onOpen / onEdit.
 * installableTrigger: a trigger ScriptApp created, run as its owner. webApp: doGet and google.script.run
 * from the page it served.
 */
export type ExecutionContext = 'menu' | 'simpleTrigger' | 'installableTrigger' | 'webApp';

export interface ContextRules {
  readonly authMode: 'FULL' | 'LIMITED';
  readonly limitMs: number;
  /** Whether SpreadsheetApp.getUi() works. */
  readonly ui: boolean;
  /** Whether the run has its container: an active spreadsheet and a document lock. */
  readonly container: boolean;
}

/**
 * Simple triggers "cannot run for longer than 30 seconds" and run without authorization
 * (https://developers.google.com/apps-script/guides/triggers#restrictions); every other run has the 6-minute
 * limit (https://developers.google.com/apps-script/guides/services/quotas). Installable triggers have no Ui
 * (the editor may not even be open). A web app has no document lock: getDocumentLock() "returns null …
 * such as from a standalone script or webapp" (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock());
 * whether a bound script's web app has an active spreadsheet or a Ui is reported both ways
 * (https://developers.google.com/apps-script/guides/bound#special_methods lists them as methods of bound
 * scripts), so the emulator takes the stricter answer: neither.
 */
export const CONTEXT_RULES: Readonly<Record<ExecutionContext, ContextRules>> = {
  menu: { authMode: 'FULL', limitMs: EXECUTION_LIMIT_MS, ui: true, container: true },
  simpleTrigger: { authMode: 'LIMITED', limitMs: 30_000, ui: true, container: true },
  installableTrigger: { authMode: 'FULL', limitMs: EXECUTION_LIMIT_MS, ui: false, container: true },
  webApp: { authMode: 'FULL', limitMs: EXECUTION_LIMIT_MS, ui: false, container: false },
};

/** "The onEdit() trigger only queues up to 2 trigger events": https://developers.google.com/apps-script/guides/triggers#restrictions */
export const MAX_QUEUED_EDITS = 2;

/** What a run past its limit throws (the reported wording; the reference gives none). */
export const KILLED_MESSAGE = 'Exceeded maximum execution time';

/** What getUi() throws outside a Ui context, as scripts report it from time-driven triggers and web apps. */
export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

/** The web app's "Execute as" (manifest webapp.executeAs): https://developers.google.com/apps-script/manifest/web-app-api-executable#webapp */
export type WebAppExecuteAs = 'USER_ACCESSING' | 'USER_DEPLOYING';

/** Consumer accounts belong to no Workspace domain. */
const CONSUMER_DOMAINS = ['gmail.com', 'googlemail.com'];

/** The Workspace domain of an account; null for a consumer account or a blank address. */
export function workspaceDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = email.slice(at + 1).toLowerCase();
  return domain === '' || CONSUMER_DOMAINS.includes(domain) ? null : domain;
}

/**
 * Whether a run the person did not authorize (a simple trigger, a web app executing as its owner) may see
 * their address: "not available in any context that allows a script to run without that user's
 * authorization … However, these restrictions generally do not apply if the developer runs the script
 * themselves or belongs to the same Google Workspace domain as the user"
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). "Generally" is read
 * strictly: visible only to the owner themselves or within the owner's Workspace domain.
 */
export function isEmailVisible(user: string, owner: string, ownerDomain: string | null): boolean {
  if (user === '') return false;
  if (user.toLowerCase() === owner.toLowerCase()) return true;
  return ownerDomain !== null && workspaceDomainOf(user) === ownerDomain;
}

/** Who a run is: the address Session.getActiveUser() shows and the account it runs as (getEffectiveUser). */
export interface RunIdentity {
  readonly active: string;
  readonly effective: string;
}

/**
 * getEffectiveUser: "If the script is a web app set to 'execute as me' (the developer), this returns the
 * developer's user account. If the script is running under an installable trigger, this returns the
 * account of the user who created the trigger. In most other scenarios, this returns the same account as
 * getActiveUser()" (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
 * In a simple trigger that is the same, possibly blank, address.
 */
export function identityOf(context: ExecutionContext, user: string, owner: string, ownerDomain: string | null, executeAs: WebAppExecuteAs): RunIdentity {
  const visible = isEmailVisible(user, owner, ownerDomain) ? user : '';
  switch (context) {
    case 'menu':
      return { active: user, effective: user };
    case 'simpleTrigger':
      return { active: visible, effective: visible };
    case 'installableTrigger':
      return { active: owner, effective: owner };
    case 'webApp':
      return executeAs === 'USER_ACCESSING' ? { active: user, effective: user } : { active: visible, effective: owner };
  }
}

/** A run stopped at its limit: what run() throws to its caller, whatever the code caught. */
export class ExecutionKilledError extends Error {
  readonly code = 'KILLED';
  constructor() {
    super(KILLED_MESSAGE);
  }
}
