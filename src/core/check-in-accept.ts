/**
 * Which check-ins count: the one decision for a check-in saved from the sidebar or the web page and for a row
 * typed in the sheet (onEdit). A check-in counts when its KR is known, its author may check that KR in
 * (canCheckIn) and its value reads as a number; everything else is a problem value, worded at the edge.
 */
import { canCheckIn, teamsOf } from './check-in-rights';
import type { Choice } from './choices';
import { dayOf } from './date-parse';
import type { Lang } from './lang';
import type { CheckIn, KeyResult, Workbook } from './model';
import { parseAmount } from './number-parse';

/** One check-in as it came in, not yet judged: the page's fields, or the cells of a typed row. */
export interface CheckInEntry {
  /** Its sheet row; a page's check-in has none until appendRow places it. */
  readonly row: number;
  /** Trimmed; '' when none was given. */
  readonly krId: string;
  /** As given: the page's text (trimmed) or the cell; '' is blank. */
  readonly value: unknown;
  readonly confidence: Choice<'confidence'> | null;
  readonly progressNote: string;
  readonly problems: string;
  readonly plans: string;
  /** Who checks in; '' when it is not known. */
  readonly by: string;
}

/**
 * How the entries came: `submitted` (the page sends a check-in whole, from a person the page knows: a blank KR
 * ID or author is refused) or `typed` (a row in the sheet is typed cell by cell, and a simple trigger cannot
 * always tell who typed, https://developers.google.com/apps-script/reference/base/session#getActiveUser():
 * a blank author counts, and a blank KR ID waits for the value to be read first).
 */
export type CheckInMode = 'submitted' | 'typed';

export interface AcceptOptions {
  readonly workbook: Workbook;
  readonly admins: readonly string[];
  /** The language numbers are read in: the person's on the page, the workbook's in the sheet. */
  readonly lang: Lang;
  readonly at: Date;
  readonly source: Choice<'checkInSource'>;
  readonly mode: CheckInMode;
}

/** Why an entry does not count. `krId` is the entry's ('' for NO_KR, and for NO_VALUE of a typed row without one). */
export type CheckInProblem =
  | { readonly code: 'NO_KR'; readonly krId: string }
  | { readonly code: 'UNKNOWN_KR'; readonly krId: string }
  | { readonly code: 'NOT_ALLOWED'; readonly krId: string }
  | { readonly code: 'NO_VALUE'; readonly krId: string }
  | { readonly code: 'UNREADABLE_VALUE'; readonly krId: string; readonly input: string };

export type CheckInVerdict = { readonly ok: true; readonly checkIn: CheckIn } | { readonly ok: false; readonly problem: CheckInProblem };

/**
 * The verdict on each entry, in order. The checks run KR, right, value; a typed row is judged on the cells it
 * has, so that a value typed before its KR ID is reported unreadable at once.
 * @example acceptCheckIns([{ krId: 'KR9', value: '5', … }], options)[0] // { ok: false, problem: { code: 'UNKNOWN_KR', krId: 'KR9' } }
 */
export function acceptCheckIns(entries: readonly CheckInEntry[], options: AcceptOptions): CheckInVerdict[] {
  const { workbook, admins } = options;
  const krs = new Map(workbook.keyResults.map((kr) => [kr.id, kr]));
  const teams = new Map<string, ReadonlySet<string>>();
  const may = (kr: KeyResult, by: string): boolean => {
    let found = teams.get(by);
    if (!found) teams.set(by, (found = teamsOf(workbook, by)));
    return canCheckIn(workbook, kr, by, found, by !== '' && admins.indexOf(by) >= 0);
  };
  return entries.map((entry) => verdictOf(entry, entry.krId === '' ? undefined : krs.get(entry.krId), may, options));
}

function verdictOf(entry: CheckInEntry, kr: KeyResult | undefined, may: (kr: KeyResult, by: string) => boolean, options: AcceptOptions): CheckInVerdict {
  const { krId, value, by } = entry;
  const typed = options.mode === 'typed';
  const refuse = (problem: CheckInProblem): CheckInVerdict => ({ ok: false, problem });
  if (krId === '' && !typed) return refuse({ code: 'NO_KR', krId });
  if (krId !== '' && !kr) return refuse({ code: 'UNKNOWN_KR', krId });
  if (kr && (by !== '' || !typed) && !may(kr, by)) return refuse({ code: 'NOT_ALLOWED', krId });
  if (value === '') return refuse({ code: 'NO_VALUE', krId });
  const amount = parseAmount(value, options.lang);
  if (!amount.ok) return refuse({ code: 'UNREADABLE_VALUE', krId, input: String(value) });
  if (!kr) return refuse({ code: 'NO_KR', krId });
  return {
    ok: true,
    checkIn: {
      row: entry.row,
      at: options.at,
      day: dayOf(options.at, options.workbook.settings.timeZone),
      krId: kr.id,
      value: amount.value,
      confidence: entry.confidence,
      progressNote: entry.progressNote,
      problems: entry.problems,
      plans: entry.plans,
      by,
      source: options.source,
    },
  };
}
