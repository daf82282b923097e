/**
 * Saving check-ins from the sidebar or the web-app page: each entry is validated (known KR, a readable
 * value, the right to check it in), valid ones are appended to Check-ins in one write under the document
 * lock, and the KR columns are refreshed from the same read.
 */
import { canCheckIn, teamsOf } from '../core/check-in-rights';
import { choiceLabel, parseChoice } from '../core/choice-parse';
import { dayOf } from '../core/date-parse';
import type { CheckIn } from '../core/model';
import { parseAmount } from '../core/number-parse';
import type { Lang } from '../i18n/lang';
import { TAB_LABELS } from '../i18n/tabs';
import { MAX_CELL_CHARS } from '../sheet/cell';
import { errorText } from '../sheet/retry';
import { appendRecords, type Table } from '../sheet/table';
import { readWorkbook } from '../sheet/workbook-read';
import type { CheckInInput, CheckInResult } from '../ui/api';
import { applyPendingStamps } from '../sheet/check-in-stamps';
import { pageKrs, personLang } from './check-in-page';
import { messages } from '../i18n';
import { refreshKrColumns } from './refresh';
import { isAdmin, RefusedError, runAction } from './run';
import type { Services } from '../sheet/services';

export interface SaveOptions {
  readonly source: 'sidebar' | 'email';
}

/** The text fields of a check-in as the page sent them; anything else is not a check-in. */
const TEXT_FIELDS = ['krId', 'value', 'confidence', 'progressNote', 'problems', 'plans'] as const;

/** Whether `entries` is what the page sends: a list of objects whose fields are text (or missing). */
function isCheckInList(entries: unknown): entries is CheckInInput[] {
  return Array.isArray(entries) && entries.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e)
    && TEXT_FIELDS.every((k) => { const v = (e as Record<string, unknown>)[k]; return v === undefined || v === null || typeof v === 'string' || typeof v === 'number'; }));
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * Saves check-ins from the sidebar or the web-app page through the action runner (the lock, the Log row).
 * Each entry is validated (known KR, a readable value, the right to check it in); nothing of a refused entry
 * is saved, and the reply says so. Notes longer than a cell holds are shortened, and the reply says that too.
 */
export function saveCheckIns(s: Services, entries: unknown, options: SaveOptions): CheckInResult {
  let result: CheckInResult | null = null;
  runAction(s, { name: options.source === 'email' ? 'checkIn:email' : 'checkIn:sidebar', writes: true, who: 'anyone', from: 'page' }, (ctx) => {
    const { settings, user } = ctx;
    if (!isCheckInList(entries)) throw new RefusedError(ctx.t.errors.badRequest);
    const lang = settings.language;
    applyPendingStamps(s, lang);
    const read = readWorkbook(s.book, ctx.known);
    const { workbook } = read;
    // The person reads the page, and types numbers, in their own language (People), as the page shows them.
    const own = personLang(workbook, user);
    const t = messages(own);
    const table = read.tables.checkIns;
    if (!table) throw new RefusedError(t.errors.missingTab(TAB_LABELS.checkIns[lang]));
    const krs = new Map(workbook.keyResults.map((kr) => [kr.id, kr]));
    const teams = teamsOf(workbook, user);
    const admin = isAdmin(ctx, user);
    const problems: { krId: string; message: string }[] = [];
    const now = s.now();
    const fresh: CheckIn[] = [];
    for (const entry of entries) {
      const krId = text(entry.krId).trim();
      const kr = krs.get(krId);
      const typed = text(entry.value).trim();
      if (!kr) { problems.push({ krId, message: t.checkIn.notSavedUnknownKr(krId) }); continue; }
      // Any global function can be called from any page, so the rule holds for every caller: people check in
      // their own and their team's KRs; admins any (canCheckIn is the same rule onEdit applies).
      if (!canCheckIn(workbook, kr, user, teams, admin)) { problems.push({ krId: kr.id, message: t.checkIn.notYours(kr.id) }); continue; }
      if (typed === '') { problems.push({ krId: kr.id, message: t.checkIn.valueRequired(kr.id) }); continue; }
      const value = parseAmount(typed, own);
      if (!value.ok) { problems.push({ krId: kr.id, message: t.checkIn.notSavedUnreadable(kr.id, typed) }); continue; }
      const notes = (['progressNote', 'problems', 'plans'] as const).map((k) => text(entry[k]));
      if (notes.some((note) => note.length > MAX_CELL_CHARS)) problems.push({ krId: kr.id, message: t.checkIn.shortened(kr.id, MAX_CELL_CHARS) });
      const confidence = parseChoice('confidence', text(entry.confidence));
      fresh.push({
        row: table.rows.length + 2 + fresh.length, at: now, day: dayOf(now, settings.timeZone), krId: kr.id, value: value.value,
        confidence: confidence.ok ? confidence.value : null, progressNote: notes[0]!, problems: notes[1]!, plans: notes[2]!, by: user, source: options.source,
      });
    }
    const after = { ...workbook, checkIns: workbook.checkIns.concat(fresh) };
    let refreshed = true;
    if (fresh.length > 0) {
      appendCheckIns(table, fresh, lang);
      // The check-ins are saved now: a failing refresh of the KR columns must not tell the person otherwise.
      // The columns catch up on the next refresh (menu, edit or daily run); the Log row says it failed.
      try {
        refreshKrColumns(s, { ...read, workbook: after });
      } catch (error) {
        refreshed = false;
        console.error(`check-ins saved, KR columns not refreshed: ${errorText(error)}`);
      }
    }
    const message = refreshed ? t.checkIn.saved(fresh.length) : `${t.checkIn.saved(fresh.length)} ${t.checkIn.refreshLater}`;
    result = { saved: fresh.length, message, problems, krs: pageKrs(after, user, now) };
    return { message: '', counts: { saved: fresh.length, refused: entries.length - fresh.length, refreshFailed: refreshed ? 0 : 1 } };
  });
  return result!;
}

function appendCheckIns(table: Table, fresh: readonly CheckIn[], lang: Lang): void {
  appendRecords(table, fresh.map((c) => ({
    timestamp: c.at, krId: c.krId, value: c.value, confidence: c.confidence ? choiceLabel('confidence', c.confidence, lang) : '',
    progressNote: c.progressNote, problems: c.problems, plans: c.plans, by: c.by,
    source: c.source ? choiceLabel('checkInSource', c.source, lang) : '',
  })), { oneByOne: true });
}
