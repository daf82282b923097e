/**
 * The only file Apps Script sees: every export becomes a global function (scripts/build.mjs). Each entry
 * point builds the services from the Apps Script globals and hands them to an action.
 */
import { saveCheckIns } from './actions/check-in-save';
import { loadPage } from './actions/check-in-page';
import { menuItems } from './actions/menu';
import { onCheckInEdit, type EditEvent } from './actions/check-in-edit';
import { runRefresh } from './actions/refresh';
import { runSetup, runSwitchLanguage } from './actions/setup-run';
import type { Services } from './actions/services';
import { messages } from './i18n';
import { readSettings } from './sheet/settings-read';
import type { CheckInInput, CheckInResult, PageData, SidebarApi } from './ui/api';

function services(): Services {
  return {
    app: SpreadsheetApp,
    book: SpreadsheetApp.getActiveSpreadsheet(),
    mail: MailApp,
    lock: LockService,
    props: PropertiesService.getDocumentProperties(),
    triggers: ScriptApp,
    html: HtmlService,
    session: Session,
    utilities: Utilities,
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

/** Simple trigger: stamps and checks check-ins typed in the sheet. */
export function onEdit(e: EditEvent): void {
  onCheckInEdit(services(), e);
}

/** Menu: opens the check-in sidebar (a static page; its data comes through google.script.run). */
export function menuCheckIn(): void {
  const s = services();
  const t = messages(readSettings(s.book).settings.language);
  s.app.getUi().showSidebar(s.html.createHtmlOutputFromFile('checkin').setTitle(t.sidebar.title));
}

export function sidebarLoad(): PageData {
  return loadPage(services());
}

export function sidebarCheckIn(entries: CheckInInput[]): CheckInResult {
  return saveCheckIns(services(), entries, { source: 'sidebar', ownOnly: false });
}

({ sidebarLoad, sidebarCheckIn }) satisfies SidebarApi;
