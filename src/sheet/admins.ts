/**
 * Who the admins are. Settings says so, but anyone who can edit a cell could make that list unreadable or
 * empty, so the last valid list is kept in the script properties (out of the sheet's reach) and used,
 * with a notice, whenever Settings cannot be read. Admin rights fail closed: the only open door is the first
 * Set up of a workbook that has never had an admin.
 */
import type { SettingProblem, Settings } from '../core/settings';

type Properties = GoogleAppsScript.Properties.Properties;

export interface Admins {
  readonly list: readonly string[];
  /** `settings`: read from the tab; `stored`: the last valid list, Settings being unreadable; `none`: never had one. */
  readonly source: 'settings' | 'stored' | 'none';
}

const ADMINS_KEY = 'okr.admins';

function readStored(props: Properties): string[] {
  const stored = props.getProperty(ADMINS_KEY) ?? '[]';
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === 'string' && e !== '') : [];
  } catch {
    return [];
  }
}

/** Makes `list` the stored admins (the first Set up, before Settings holds it). */
export function storeAdmins(props: Properties, list: readonly string[]): void {
  props.setProperty(ADMINS_KEY, JSON.stringify(list));
}

/** The admins in force; a valid list in Settings becomes the stored one. */
export function resolveAdmins(props: Properties, known: { readonly settings: Settings; readonly problems: readonly SettingProblem[] }): Admins {
  const list = known.settings.admins;
  const readable = list.length > 0 && !known.problems.some((p) => p.key === 'admins');
  const stored = readStored(props);
  if (readable) {
    if (stored.join(',') !== list.join(',')) storeAdmins(props, list);
    return { list, source: 'settings' };
  }
  return stored.length > 0 ? { list: stored, source: 'stored' } : { list: [], source: 'none' };
}
