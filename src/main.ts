/**
 * The only file Apps Script sees: every export becomes a global function (scripts/build.mjs). Each entry
 * point builds the services from the Apps Script globals and hands them to an action.
 */
import { saveCheckIns } from './actions/check-in-save';
import { loadPage, webAppPage } from './actions/check-in-page';
import { runBriefMenu } from './actions/brief';
import { runCheck } from './actions/check';
import { runCloseCycle } from './actions/close-cycle';
import { runArchive, runArchiveContinue } from './actions/archive-cycle';
import { runDaily } from './actions/daily-run';
import { runPackRun } from './actions/pack-run';
import { runStartCycle } from './actions/start-cycle';
import { runLooker } from './actions/looker';
import { runSummary } from './actions/summary';
import { runDiagnostics } from './actions/diagnostics';
import { runRemindPreview } from './actions/remind-preview';
import { menuItems } from './actions/menu';
import { runRemindersOff, runRemindersOn } from './actions/reminder-trigger';
import type { EditEvent } from './actions/check-in-edit';
import { onSheetEdit } from './actions/edit';
import { runRefresh } from './actions/refresh';
import { runSetup, runSwitchLanguage } from './actions/setup-run';
import type { Services } from './sheet/services';
import { messages } from './i18n';
import { retrying, retryingMail } from './sheet/retry';
import { readSettings } from './sheet/settings-read';
import { NotConnectedError, storedBookId } from './sheet/book-id';
import type { CheckInInput, CheckInResult, PageData } from './ui/page-data';

/**
 * The services of one execution. The workbook is the active one; a web app has none, so it opens the
 * workbook whose id Set up stored (NotConnectedError before that). Properties are the script's: the one
 * store every context reaches (a web app may have no document properties: unverified, assumed so).
 */
function services(): Services {
  const retried = retrying((ms) => Utilities.sleep(ms));
  const props = PropertiesService.getScriptProperties();
  const active = SpreadsheetApp.getActiveSpreadsheet();
  const id = active ? null : storedBookId(props);
  if (!active && id === null) throw new NotConnectedError();
  return {
    app: retried(SpreadsheetApp),
    book: retried(active ?? SpreadsheetApp.openById(id!)),
    mail: retryingMail(MailApp, (ms) => Utilities.sleep(ms)),
    lock: LockService,
    props,
    triggers: ScriptApp,
    html: HtmlService,
    session: Session,
    utilities: Utilities,
    charts: Charts,
    now: () => new Date(),
  };
}

/** Simple trigger: builds the OKR menu. Needs no authorization, so it only reads Settings. */
export function onOpen(): void {
  const s = services();
  const t = messages(readSettings(s.book).settings.language);
  const menu = s.app.getUi().createMenu(t.menu.title);
  for (const item of menuItems(t)) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item.caption, item.handler);
  }
  menu.addToUi();
}

export function menuSetup(): void {
  runSetup(services());
}

export function menuSwitchLanguage(): void {
  runSwitchLanguage(services());
}

export function menuRefresh(): void {
  runRefresh(services());
}

/** Simple trigger: stamps and checks check-ins typed in the sheet, logs initiative changes. */
export function onEdit(e: EditEvent): void {
  onSheetEdit(services(), e);
}

/** Menu: opens the check-in sidebar (a static page; its data comes through google.script.run). */
export function menuCheckIn(): void {
  const s = services();
  const t = messages(readSettings(s.book).settings.language);
  s.app.getUi().showSidebar(s.html.createHtmlOutputFromFile('checkin').setTitle(t.sidebar.title));
}

/** `focusKrId`: the web-app link's ?kr=, which the page read from its data-focus attribute. */
export function sidebarLoad(focusKrId?: string): PageData {
  return loadPage(services(), focusKrId);
}

/** Saves check-ins from the sidebar or the web-app page; `source` is 'email' on the page the reminders link to. */
export function sidebarCheckIn(entries: CheckInInput[], source?: string): CheckInResult {
  return saveCheckIns(services(), entries, { source: source === 'email' ? 'email' : 'sidebar' });
}

/**
 * The check-in web app (deployed to execute as the user accessing it, so people act with their own rights):
 * the same static page as the sidebar, marked as reached from the e-mail, opened on the link's ?kr=.
 */
export function doGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  return webAppPage(HtmlService, () => services(), e?.parameter?.kr);
}

export function menuRemindersOn(): void {
  runRemindersOn(services());
}

export function menuRemindersOff(): void {
  runRemindersOff(services());
}

export function menuDiagnostics(): void {
  runDiagnostics(services());
}

export function menuPreviewReminders(): void {
  runRemindPreview(services());
}

/** The installable daily trigger (see actions/reminder-trigger.ts). */
export function dailyTrigger(): void {
  runDaily(services());
}

/** A one-off clock trigger that finishes a daily run's mail (see actions/reminder-trigger.ts). */
export function dailyContinue(): void {
  runDaily(services(), { continuation: true });
}

/** A one-off clock trigger that mails a close's review packs (see actions/pack-run.ts). */
export function packRun(): void {
  runPackRun(services());
}

export function menuBrief(): void {
  runBriefMenu(services());
}

export function menuSummary(): void {
  runSummary(services());
}

export function menuLooker(): void {
  runLooker(services());
}

export function menuCheck(): void {
  runCheck(services());
}

export function menuStartCycle(): void {
  runStartCycle(services());
}

export function menuCloseCycle(): void {
  runCloseCycle(services());
}

export function menuArchive(): void {
  runArchive(services());
}

/** A one-off clock trigger that goes on with an archive the menu's minute could not finish (see actions/archive-cycle.ts). */
export function archiveContinue(): void {
  runArchiveContinue(services());
}
