/**
 * The program's own tabs (Findings, Alignment, the Looker tabs, Dashboard, Brief, Log) are known by the
 * sheet id stored in the script properties when the program created or adopted them, never by their name
 * alone: a person's own tab called "Dashboard" is never cleared, renamed or written. Script properties,
 * not document ones: whether a web app of a bound script gets document properties is unverified.
 */
import type { Lang } from '../core/lang';
import type { TabKey } from '../core/tabs';
import { foldText } from '../core/text';
import { TAB_LABELS } from '../i18n/tabs';
import { columnLabels } from './schema';
import { forgetTabs, listTabs, tabsNamed, type TabList } from './table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export const OUTPUT_TABS = ['findings', 'alignment', 'krWeekly', 'checkinRate', 'dashboard', 'brief', 'log'] as const;
export type OutputTab = (typeof OUTPUT_TABS)[number];

const REGISTRY_KEY = 'okr.outputTabs';

export function isOutputTab(key: TabKey): key is OutputTab {
  return (OUTPUT_TABS as readonly string[]).indexOf(key) >= 0;
}

/** Sheet ids by output tab, as stored; an unreadable record counts as empty (the tabs are found again). */
export function readRegistry(props: Properties): Partial<Record<OutputTab, number>> {
  // Only the parse is guarded: a failing service must fail the run, not pass for "no tab registered",
  // which would make the program write its output to a new tab.
  const stored = props.getProperty(REGISTRY_KEY) ?? '{}';
  try {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<Record<OutputTab, number>>) : {};
  } catch {
    return {};
  }
}

function register(props: Properties, key: OutputTab, sheetId: number): void {
  props.setProperty(REGISTRY_KEY, JSON.stringify({ ...readRegistry(props), [key]: sheetId }));
}

/** A sheet's id never changes, and a listing's sheet objects live one execution: each is asked once. */
const sheetIds = new WeakMap<Sheet, number>();

function sheetIdOf(sheet: Sheet): number {
  const known = sheetIds.get(sheet);
  if (known !== undefined) return known;
  const id = sheet.getSheetId();
  sheetIds.set(sheet, id);
  return id;
}

/** The registered tab of `key`, whatever it is named now; null when it was never made or was deleted. */
export function findOwnTab(book: Book, props: Properties, key: OutputTab, tabs: TabList = listTabs(book)): Sheet | null {
  const id = readRegistry(props)[key];
  if (id === undefined) return null;
  // The tabs named like `key` first: the program's tab usually still bears its name, and each id asked is a call.
  const named = tabsNamed(key, tabs);
  const found = named.concat(tabs.map((tab) => tab.sheet).filter((sheet) => named.indexOf(sheet) < 0)).find((sheet) => sheetIdOf(sheet) === id);
  return found ?? null;
}

/** What happened when an output tab was looked for: a person is told when their own tab was left alone. */
export interface OwnTab {
  readonly sheet: Sheet;
  readonly created: boolean;
  /** The name of a person's tab that was kept out of the program's way ('' when none was in it). */
  readonly sidestepped: string;
}

/**
 * The output tab of `key`, created when it does not exist yet. A tab that merely bears the name is adopted
 * only while it holds nothing but, at most, the program's own header row (an uploaded template): then
 * nothing of a person's can be lost. Otherwise the program's tab gets a free name ("Dashboard (OKR)").
 */
export function ownTab(book: Book, props: Properties, key: OutputTab, lang: Lang, tabs: TabList = listTabs(book)): OwnTab {
  const own = findOwnTab(book, props, key, tabs);
  if (own) return { sheet: own, created: false, sidestepped: '' };
  const namesake = tabsNamed(key, tabs)[0];
  if (namesake && isAdoptable(namesake, key)) {
    register(props, key, namesake.getSheetId());
    return { sheet: namesake, created: false, sidestepped: '' };
  }
  const sheet = book.insertSheet(freeName(TAB_LABELS[key][lang], tabs));
  forgetTabs(book);
  register(props, key, sheet.getSheetId());
  return { sheet, created: true, sidestepped: namesake ? namesake.getName() : '' };
}

/** An empty tab, or one whose only content is the program's own header row for `key` (in either language). */
function isAdoptable(sheet: Sheet, key: OutputTab): boolean {
  const rows = sheet.getLastRow();
  if (rows === 0) return true;
  if (rows > 1) return false;
  const labels = columnLabels(key);
  const known = new Set(Object.keys(labels).reduce<string[]>((all, k) => all.concat(foldText(labels[k]!.en), foldText(labels[k]!.vi)), []));
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
  return known.size > 0 && header.every((cell) => String(cell) === '' || known.has(foldText(String(cell))));
}

function freeName(base: string, tabs: TabList): string {
  const taken = new Set(tabs.map((tab) => tab.folded));
  if (!taken.has(foldText(base))) return base;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `${base} (OKR)` : `${base} (OKR ${n})`;
    if (!taken.has(foldText(name))) return name;
  }
}
