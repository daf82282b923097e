/**
 * Saving check-ins from the sidebar or the web-app page: each entry is validated (known KR, a readable
 * value, the right to check it in) before the lock; valid ones are appended to Check-ins under the lock, and
 * the rows of their KRs are refreshed from them.
 */
import { acceptCheckIns, type CheckInEntry, type CheckInProblem } from '../core/check-in-accept';
import { choiceLabel, parseChoice } from '../i18n/choice-labels';
import type { CheckIn } from '../core/model';
import type { Lang } from '../core/lang';
import { TAB_LABELS } from '../i18n/tabs';
import { MAX_CELL_CHARS } from '../sheet/cell';
import { errorText } from '../sheet/retry';
import { appendRecords, readHeader, type Table } from '../sheet/table';
import type { ReadWorkbook } from '../sheet/workbook-read';
import type { CheckInInput, CheckInResult } from '../ui/page-data';
import { applyPendingStamps } from '../sheet/check-in-stamps';
import { pageKrs, personLang, readForPage } from './check-in-page';
import { messages, type Catalogue } from '../i18n';
import { refreshKrRows } from './refresh';
import { RefusedError, runAsking, type ActionContext } from './run';
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
  const verdicts = acceptCheckIns(
    entries.map((entry) => pageEntry(entry, user)),
    { workbook, admins: ctx.admins.list, lang: own, at: s.now(), source: options.source, mode: 'submitted' },
  );
  const problems: { krId: string; message: string }[] = [];
  const fresh: CheckIn[] = [];
  for (const verdict of verdicts) {
    if (!verdict.ok) {
      problems.push({ krId: verdict.problem.krId, message: problemText(verdict.problem, t) });
      continue;
    }
    const { checkIn } = verdict;
    // appendRecords shortens what a cell cannot hold (asCellText); the person is told which KR's notes were.
    if ([checkIn.progressNote, checkIn.problems, checkIn.plans].some((note) => note.length > MAX_CELL_CHARS))
      problems.push({ krId: checkIn.krId, message: t.checkIn.shortened(checkIn.krId, MAX_CELL_CHARS) });
    fresh.push(checkIn);
  }
  return { read, table, fresh, problems, own };
}

/**
 * An entry as the page sent it, by `user`: any global function can be called from any page, so the author is
 * always the caller, never a field. The row is a placeholder: appendRow finds the bottom when it runs, and
 * nothing reads this number back.
 */
function pageEntry(entry: CheckInInput, user: string): CheckInEntry {
  const confidence = parseChoice('confidence', text(entry.confidence));
  return {
    row: Number.MAX_SAFE_INTEGER,
    krId: text(entry.krId).trim(),
    value: text(entry.value).trim(),
    confidence: confidence.ok ? confidence.value : null,
    progressNote: text(entry.progressNote),
    problems: text(entry.problems),
    plans: text(entry.plans),
    by: user,
  };
}

/** What the page says of an entry it did not save. */
function problemText(problem: CheckInProblem, t: Catalogue): string {
  switch (problem.code) {
    case 'NO_KR':
    case 'UNKNOWN_KR':
      return t.checkIn.notSavedUnknownKr(problem.krId);
    case 'NOT_ALLOWED':
      return t.checkIn.notYours(problem.krId);
    case 'NO_VALUE':
      return t.checkIn.valueRequired(problem.krId);
    case 'UNREADABLE_VALUE':
      return t.checkIn.notSavedUnreadable(problem.krId, problem.input);
  }
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
