/**
 * Check-ins typed in the sheet (the onEdit simple trigger): stamps Timestamp, By and Source where they are
 * blank, notes an unreadable value, an unknown KR or someone else's KR on the cell (the row is kept, never
 * dropped), then refreshes the KR columns. Simple triggers may edit the bound file but not send mail or
 * create triggers, and stop at 30 s (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
import { acceptCheckIns, type CheckInProblem } from '../core/check-in-accept';
import { messages, type Catalogue } from '../i18n';
import { resolveAdmins } from '../sheet/admins';
import { BusyError, withLock } from '../sheet/lock';
import { applyPendingStamps, rememberStamp, stampRows, type Edited } from '../sheet/check-in-stamps';
import { readWorkbook } from '../sheet/workbook-read';
import { readSettings } from '../sheet/settings-read';
import { writeProgramNotes } from '../sheet/program-notes';
import { typedCheckIns } from '../sheet/typed-check-ins';
import { refreshKrRows } from './refresh';
import { currentUser } from './run';
import type { Services } from '../sheet/services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface EditEvent {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly user?: { getEmail(): string };
}

/** onEdit waits this long for the lock: well inside the 30 s a simple trigger may run. */
export const EDIT_LOCK_WAIT_MS = 8000;

/**
 * Called for edits of the Check-ins tab. When the lock stays busy past EDIT_LOCK_WAIT_MS, the rows and the
 * time are kept in the script properties (one key per edit: nothing to lose to a concurrent write) and the
 * next run that holds the lock stamps them: a check-in without its Timestamp would count nowhere.
 */
export function onCheckInEdit(s: Services, e: EditEvent): void {
  if (e.range.getLastRow() < 2) return;
  const known = readSettings(s.book);
  const first = Math.max(e.range.getRow(), 2);
  const count = e.range.getLastRow() - first + 1;
  // In a simple trigger the editor's address is blank unless they share the script owner's domain
  // (https://developers.google.com/apps-script/reference/base/session#getActiveUser()): By stays blank then.
  const by = ((e.user?.getEmail() ?? '') || currentUser(s)).toLowerCase();
  const at = s.now();
  try {
    withLock(
      s,
      () => {
        applyPendingStamps(s, known.settings.language);
        checkEditedRows(s, e.range.getSheet(), known, { first, count, at, by });
      },
      EDIT_LOCK_WAIT_MS,
    );
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    rememberStamp(s.props, { first, count, at, by });
  }
}

/**
 * Stamps the edited rows, notes what cannot count on their Value cells (acceptCheckIns), and brings the KR
 * columns of the check-ins it stamped up to date from those check-ins alone (refreshKrRows). It reads the rows
 * of the KRs typed, the objectives, people, teams and cycles, but never the Check-ins tab whole: on a company's
 * workbook that is the one read a 30 s simple trigger cannot afford. A row whose Timestamp the person typed may
 * not be the latest: it waits for the next full refresh (daily run, "Refresh progress", a sidebar save).
 */
function checkEditedRows(s: Services, sheet: Sheet, known: ReturnType<typeof readSettings>, edited: Edited): void {
  const { settings } = known;
  const lang = settings.language;
  const t = messages(lang);
  const stamped = stampRows(sheet, edited, lang);
  const typed = typedCheckIns(stamped, edited, lang, settings.timeZone);
  // Only the rows of the KRs typed: a 1,000-person company's Key Results are 150,000 cells, some 1.5 s.
  const read = readWorkbook(s.book, known, ['checkIns', 'initiatives', 'dependencies'], { keyResults: new Set(typed.map((c) => c.entry.krId)) });
  const valueIndex = stamped.table.col('value');
  if (valueIndex < 0) return;
  const verdicts = acceptCheckIns(
    typed.map((c) => c.entry),
    { workbook: read.workbook, admins: resolveAdmins(s.props, known).list, lang, at: edited.at, source: 'sheet', mode: 'typed' },
  );
  writeProgramNotes(
    sheet,
    { row: edited.first, column: valueIndex + 1 },
    verdicts.map((v) => (v.ok ? '' : noteOf(v.problem, t))),
  );
  refreshKrRows(
    s,
    read,
    verdicts.flatMap((v, i) => (v.ok && typed[i]!.stampedNow ? [v.checkIn] : [])),
  );
}

/** The note on a Value cell that cannot count; none for a row still being typed (no KR ID or value yet). */
function noteOf(problem: CheckInProblem, t: Catalogue): string {
  switch (problem.code) {
    case 'UNKNOWN_KR':
      return t.checkIn.unknownKr(problem.krId);
    case 'NOT_ALLOWED':
      return t.checkIn.notYoursSheet(problem.krId);
    case 'UNREADABLE_VALUE':
      return t.checkIn.unreadableValue(problem.input);
    case 'NO_KR':
    case 'NO_VALUE':
      return '';
  }
}
