/**
 * Check-ins typed in the sheet (the onEdit simple trigger): stamps Timestamp, By and Source where they are
 * blank, notes an unreadable value, an unknown KR or someone else's KR on the cell (the row is kept, never
 * dropped), then refreshes the KR columns. Simple triggers may edit the bound file but not send mail or
 * create triggers, and stop at 30 s (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
import { canCheckIn, teamsOf } from '../core/check-in-rights';
import { parseAmount } from '../core/number-parse';
import { messages } from '../i18n';
import { resolveAdmins } from '../sheet/admins';
import { BusyError, withLock } from '../sheet/lock';
import { applyPendingStamps, rememberStamp, stampRows, type Edited } from '../sheet/check-in-stamps';
import { readWorkbook } from '../sheet/workbook-read';
import { readSettings } from '../sheet/settings-read';
import { refreshKrRows } from './refresh';
import { parseChoice } from '../core/choice-parse';
import { dayOf } from '../core/date-parse';
import type { CheckIn } from '../core/model';
import { currentUser } from './run';
import type { Services } from '../sheet/services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface EditEvent {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly user?: { getEmail(): string };
}

/** onEdit waits this long for the lock: well inside the 30 s a simple trigger may run. */
export const EDIT_LOCK_WAIT_MS = 8000;

/** Notes the program puts on check-in cells start with this, so that a person's own notes are never cleared. */
export const NOTE_PREFIX = 'OKR · ';

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
 * Stamps the edited rows, notes what cannot count on their Value cells, and brings the KR columns of the
 * check-ins it stamped up to date from those check-ins alone (refreshKrRows). It reads the rows of the KRs
 * typed, the objectives, people, teams and cycles, but never the Check-ins tab whole: on a company's
 * workbook that is the one read a 30 s simple trigger cannot afford. A row whose Timestamp the person typed may not be the latest: it
 * waits for the next full refresh (daily run, "Refresh progress", a sidebar save).
 */
function checkEditedRows(s: Services, sheet: Sheet, known: ReturnType<typeof readSettings>, edited: Edited): void {
  const { settings } = known;
  const lang = settings.language;
  const t = messages(lang);
  const { rows, col } = stampRows(sheet, edited, lang);
  // Only the rows of the KRs typed: a 1,000-person company's Key Results are 150,000 cells, some 1.5 s.
  const typedKrs = new Set(rows.map((row) => String(col('krId') >= 0 ? (row[col('krId')] ?? '') : '').trim()));
  const read = readWorkbook(s.book, known, ['checkIns', 'initiatives', 'dependencies'], { keyResults: typedKrs });
  const valueIndex = col('value');
  if (valueIndex < 0) return;
  const { workbook } = read;
  const krs = new Map(workbook.keyResults.map((kr) => [kr.id, kr]));
  const admins = resolveAdmins(s.props, known).list;
  const cells = sheet.getRange(edited.first, valueIndex + 1, edited.count, 1);
  const before = cells.getNotes().map((r) => String(r[0] ?? ''));
  const latest: CheckIn[] = [];
  const notes = rows.map((row, i) => {
    const krId = String(row[col('krId')] ?? '').trim();
    const value = row[valueIndex];
    const author = String((col('by') >= 0 ? row[col('by')] : '') || edited.by)
      .trim()
      .toLowerCase();
    const kr = krs.get(krId);
    const amount = value === '' ? null : parseAmount(value, lang);
    let note = '';
    if (krId !== '' && !kr) note = t.checkIn.unknownKr(krId);
    else if (kr && author !== '' && !canCheckIn(workbook, kr, author, teamsOf(workbook, author), admins.indexOf(author) >= 0))
      note = t.checkIn.notYoursSheet(kr.id);
    else if (amount && !amount.ok) note = t.checkIn.unreadableValue(String(value));
    else if (kr && amount && amount.ok && col('timestamp') >= 0 && row[col('timestamp')] === '') {
      const confidence = parseChoice('confidence', col('confidence') >= 0 ? row[col('confidence')] : '');
      latest.push({
        row: edited.first + i,
        at: edited.at,
        day: dayOf(edited.at, settings.timeZone),
        krId: kr.id,
        value: amount.value,
        confidence: confidence.ok ? confidence.value : null,
        progressNote: '',
        problems: '',
        plans: '',
        by: author,
        source: 'sheet',
      });
    }
    const mine = before[i]!.indexOf(NOTE_PREFIX) === 0;
    return note !== '' ? `${NOTE_PREFIX}${note}` : mine ? '' : before[i]!;
  });
  if (notes.some((note, i) => note !== before[i])) cells.setNotes(notes.map((n) => [n]));
  refreshKrRows(s, read, latest);
}
