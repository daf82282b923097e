/**
 * Saving check-ins from the sidebar or the web-app page: each entry is validated (known KR, a readable
 * value, the right to check it in), valid ones are appended to Check-ins in one write under the document
 * lock, and the KR columns are refreshed from the same read.
 */
import { isOwnKr, teamsOf } from '../core/check-in-rights';
import { choiceLabel, parseChoice } from '../core/choice-parse';
import { dayOf } from '../core/date-parse';
import type { CheckIn } from '../core/model';
import { parseAmount } from '../core/number-parse';
import { messages } from '../i18n';
import { appendRecords, type Table } from '../sheet/table';
import { BusyError, withDocumentLock } from '../sheet/lock';
import { readSettings } from '../sheet/settings-read';
import { readWorkbook } from '../sheet/workbook-read';
import type { CheckInInput, CheckInResult } from '../ui/api';
import { pageKrs } from './check-in-page';
import { refreshKrColumns } from './refresh';
import { currentUser, isAdmin } from './run';
import type { Services } from '../sheet/services';

export interface SaveOptions {
  readonly source: 'sidebar' | 'email';
}

export function saveCheckIns(s: Services, entries: readonly CheckInInput[], options: SaveOptions): CheckInResult {
  const known = readSettings(s.book);
  const { settings } = known;
  const lang = settings.language;
  const t = messages(lang);
  const user = currentUser(s);
  return withBusyMessage(t.errors.busy, () => withDocumentLock(s, () => {
    const read = readWorkbook(s.book, known);
    const { workbook } = read;
    const table = read.tables.checkIns;
    if (!table) throw new Error(t.errors.missingTab(t.sidebar.title));
    const krs = new Map(workbook.keyResults.map((kr) => [kr.id, kr]));
    const teams = teamsOf(workbook, user);
    const problems: { krId: string; message: string }[] = [];
    const now = s.now();
    const fresh: CheckIn[] = [];
    for (const entry of entries) {
      const kr = krs.get(String(entry.krId));
      const text = String(entry.value ?? '').trim();
      if (!kr) { problems.push({ krId: entry.krId, message: t.checkIn.unknownKr(String(entry.krId)) }); continue; }
      // Any global function can be called from any page, so the rule holds for every caller: people check in
      // their own and their team's KRs; admins any.
      if (!isOwnKr(workbook, kr, user, teams) && !isAdmin(settings, user)) {
        problems.push({ krId: kr.id, message: t.checkIn.notYours(kr.id) }); continue;
      }
      if (text === '') { problems.push({ krId: kr.id, message: t.checkIn.valueRequired(kr.id) }); continue; }
      const value = parseAmount(text, lang);
      if (!value.ok) { problems.push({ krId: kr.id, message: t.checkIn.unreadableValue(text) }); continue; }
      const confidence = parseChoice('confidence', entry.confidence);
      fresh.push({
        row: table.rows.length + 2 + fresh.length, at: now, day: dayOf(now, settings.timeZone), krId: kr.id, value: value.value,
        confidence: confidence.ok ? confidence.value : null, progressNote: String(entry.progressNote ?? ''),
        problems: String(entry.problems ?? ''), plans: String(entry.plans ?? ''), by: user, source: options.source,
      });
    }
    if (fresh.length > 0) {
      appendCheckIns(table, fresh, lang);
      refreshKrColumns(s, { ...read, workbook: { ...workbook, checkIns: workbook.checkIns.concat(fresh) } });
    }
    const after = { ...workbook, checkIns: workbook.checkIns.concat(fresh) };
    return { saved: fresh.length, message: t.checkIn.saved(fresh.length), problems, krs: pageKrs(after, user, now) };
  }));
}

/** The page shows what the server throws: a busy lock becomes the localized "try again". */
function withBusyMessage<T>(busy: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof BusyError ? new Error(busy) : error;
  }
}

function appendCheckIns(table: Table, fresh: readonly CheckIn[], lang: 'en' | 'vi'): void {
  appendRecords(table, fresh.map((c) => ({
    timestamp: c.at, krId: c.krId, value: c.value, confidence: c.confidence ? choiceLabel('confidence', c.confidence, lang) : '',
    progressNote: c.progressNote, problems: c.problems, plans: c.plans, by: c.by,
    source: c.source ? choiceLabel('checkInSource', c.source, lang) : '',
  })));
}
