/**
 * Saving check-ins from the sidebar or the web-app page: each entry is validated (known KR, a readable
 * value, the right to check it in) before the lock; valid ones are appended to Check-ins under the lock, and
 * the rows of their KRs are refreshed from them.
 */
import { canCheckIn, teamsOf } from '../core/check-in-rights';
import { choiceLabel, parseChoice } from '../core/choice-parse';
import { dayOf } from '../core/date-parse';
import type { CheckIn } from '../core/model';
import { parseAmount } from '../core/number-parse';
import type { Lang } from '../core/lang';
import { TAB_LABELS } from '../i18n/tabs';
import { MAX_CELL_CHARS } from '../sheet/cell';
import { errorText } from '../sheet/retry';
import { appendRecords, readHeader, type Table } from '../sheet/table';
import type { ReadWorkbook } from '../sheet/workbook-read';
import type { CheckInInput, CheckInResult } from '../ui/api';
import { applyPendingStamps } from '../sheet/check-in-stamps';
import { pageKrs, personLang, readForPage } from './check-in-page';
import { messages } from '../i18n';
import { refreshKrRows } from './refresh';
import { isAdmin, RefusedError, runAsking, type ActionContext } from './run';
import type { Services } from '../sheet/services';

export interface SaveOptions {
  readonly source: 'sidebar' | 'email';
}

/** The text fields of a check-in as the page sent them; anything else is not a check-in. */
const TEXT_FIELDS = ['krId', 'value', 'confidence', 'progressNote', 'problems', 'plans'] as const;

/** Whether `entries` is what the page sends: a list of objects whose fields are text (or missing). */
function isCheckInList(entries: unknown): entries is CheckInInput[] {
  return (
    Array.isArray(entries) &&
    entries.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        !Array.isArray(e) &&
        TEXT_FIELDS.every((k) => {
          const v = (e as Record<string, unknown>)[k];
          return v === undefined || v === null || typeof v === 'string' || typeof v === 'number';
        }),
    )
  );
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** What the unlocked read decided: the check-ins to append, the refusals, and the read they came from. */
interface Checked {
  readonly read: ReadWorkbook;
  readonly table: Table;
  readonly fresh: readonly CheckIn[];
  readonly problems: readonly { krId: string; message: string }[];
  readonly own: Lang;
}

/**
 * Saves check-ins from the sidebar or the web-app page through the action runner (the lock, the Log row).
 * Each entry is validated (known KR, a readable value, the right to check it in); nothing of a refused entry
 * is saved, and the reply says so. Notes longer than a cell holds are shortened, and the reply says that too.
 * The reading and validating happen before the lock (readForPage: no Check-ins read), so that the lock is
 * held only for the appends and the KR rows they change: 1,000 people saving on a Monday wait on each
 * other for that alone.
 */
export function saveCheckIns(s: Services, entries: unknown, options: SaveOptions): CheckInResult {
  let result: CheckInResult | null = null;
  const name = options.source === 'email' ? 'checkIn:email' : 'checkIn:sidebar';
  runAsking<Checked>(
    s,
    { name, writes: true, who: 'anyone', from: 'page' },
    (ctx) => {
      if (!isCheckInList(entries)) throw new RefusedError(ctx.t.errors.badRequest);
      return { answer: validate(ctx, entries, options) };
    },
    (ctx, { read, table, fresh, problems, own }) => {
      const { settings, user } = ctx;
      const t = messages(own);
      applyPendingStamps(s, settings.language);
      let refreshed = true;
      if (fresh.length > 0) {
        appendCheckIns(table, fresh, settings.language);
        // The check-ins are saved now: a failing refresh of the KR columns must not tell the person otherwise.
        // The columns catch up on the next refresh (menu, edit or daily run); the Log row says it failed.
        try {
          refreshed = refreshKrRows(s, read, fresh, { verifyRows: true }).skipped === 0;
        } catch (error) {
          refreshed = false;
          console.error(`check-ins saved, KR columns not refreshed: ${errorText(error)}`);
        }
      }
      const after = { ...read.workbook, checkIns: read.workbook.checkIns.concat(fresh) };
      const message = refreshed ? t.checkIn.saved(fresh.length) : `${t.checkIn.saved(fresh.length)} ${t.checkIn.refreshLater}`;
      result = { saved: fresh.length, message, problems: problems.slice(), krs: pageKrs(after, user, s.now()) };
      return { message: '', counts: { saved: fresh.length, refused: (entries as unknown[]).length - fresh.length, refreshFailed: refreshed ? 0 : 1 } };
    },
  );
  return result!;
}

/**
 * Reads the workbook as the page does, but only the rows of the KRs being saved (a 1,000-person company has
 * 8,000), and validates each entry, before any lock.
 */
function validate(ctx: ActionContext, entries: readonly CheckInInput[], options: SaveOptions): Checked {
  const { s, settings, user } = ctx;
  const lang = settings.language;
  const read = readForPage(s, ctx.known, { keyResults: new Set(entries.map((e) => text(e.krId).trim())) });
  const { workbook } = read;
  // The person reads the page, and types numbers, in their own language (People), as the page shows them.
  const own = personLang(workbook, user);
  const t = messages(own);
  const table = readHeader(s.book, 'checkIns');
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
    if (!kr) {
      problems.push({ krId, message: t.checkIn.notSavedUnknownKr(krId) });
      continue;
    }
    // Any global function can be called from any page, so the rule holds for every caller: people check in
    // their own and their team's KRs; admins any (canCheckIn is the same rule onEdit applies).
    if (!canCheckIn(workbook, kr, user, teams, admin)) {
      problems.push({ krId: kr.id, message: t.checkIn.notYours(kr.id) });
      continue;
    }
    if (typed === '') {
      problems.push({ krId: kr.id, message: t.checkIn.valueRequired(kr.id) });
      continue;
    }
    const value = parseAmount(typed, own);
    if (!value.ok) {
      problems.push({ krId: kr.id, message: t.checkIn.notSavedUnreadable(kr.id, typed) });
      continue;
    }
    const notes = (['progressNote', 'problems', 'plans'] as const).map((k) => text(entry[k]));
    if (notes.some((note) => note.length > MAX_CELL_CHARS)) problems.push({ krId: kr.id, message: t.checkIn.shortened(kr.id, MAX_CELL_CHARS) });
    const confidence = parseChoice('confidence', text(entry.confidence));
    // The row is a placeholder: appendRow finds the bottom when it runs, and nothing reads this number back.
    fresh.push({
      row: Number.MAX_SAFE_INTEGER,
      at: now,
      day: dayOf(now, settings.timeZone),
      krId: kr.id,
      value: value.value,
      confidence: confidence.ok ? confidence.value : null,
      progressNote: notes[0]!,
      problems: notes[1]!,
      plans: notes[2]!,
      by: user,
      source: options.source,
    });
  }
  return { read, table, fresh, problems, own };
}

function appendCheckIns(table: Table, fresh: readonly CheckIn[], lang: Lang): void {
  appendRecords(
    table,
    fresh.map((c) => ({
      timestamp: c.at,
      krId: c.krId,
      value: c.value,
      confidence: c.confidence ? choiceLabel('confidence', c.confidence, lang) : '',
      progressNote: c.progressNote,
      problems: c.problems,
      plans: c.plans,
      by: c.by,
      source: c.source ? choiceLabel('checkInSource', c.source, lang) : '',
    })),
    { oneByOne: true },
  );
}
