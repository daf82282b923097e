/** The priority history of initiatives (DESIGN.md §2.5): changes between two states, the remembered state, the cycle's summary. */
import type { Choice } from './choices';
import type { Day } from './date-parse';
import type { Initiative, Workbook } from './model';

type InitiativeStatus = Choice<'initiativeStatus'>;

/** What an initiative's history remembers of it. */
export type InitiativeState = Pick<Initiative, 'id' | 'krId' | 'priority' | 'status'>;
export type InitiativeSnapshot = readonly InitiativeState[];

/**
 * One change: `priority` (from/to priorities), `status` (from/to statuses), `added` (to: its status) or
 * `removed` (from: its last status). `reason` is the Reason cell after the change, '' when removed.
 */
export interface InitiativeChange {
  readonly initiativeId: string;
  readonly krId: string;
  readonly field: 'priority' | 'status' | 'added' | 'removed';
  readonly from: number | InitiativeStatus | null;
  readonly to: number | InitiativeStatus | null;
  readonly reason: string;
}

/** A change as the Log remembers it: with the day it was seen. */
export type DatedInitiativeChange = InitiativeChange & { readonly day: Day };

/** The first row of each non-blank ID (DUPLICATE_ID reports the others). */
const byId = <T extends { readonly id: string }>(rows: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const row of rows) if (row.id !== '' && !map.has(row.id)) map.set(row.id, row);
  return map;
};

/**
 * The changes from `before` to `after`: for each initiative of `after` (in its order) added, or its
 * priority then status changed; then the initiatives of `before` no longer there, in its order.
 * @example diffInitiatives([{ id: 'I1', krId: 'KR1', priority: 2, status: 'Planned' }], [{ …, priority: 1 }])[0] // { field: 'priority', from: 2, to: 1, … }
 */
export function diffInitiatives(before: readonly InitiativeState[], after: readonly (InitiativeState & { readonly reason?: string })[]): InitiativeChange[] {
  const old = byId(before);
  const now = byId(after);
  const changes: InitiativeChange[] = [];
  for (const a of now.values()) {
    const b = old.get(a.id);
    const change = (field: InitiativeChange['field'], from: InitiativeChange['from'], to: InitiativeChange['to']) =>
      changes.push({ initiativeId: a.id, krId: a.krId, field, from, to, reason: a.reason ?? '' });
    if (!b) change('added', null, a.status);
    else {
      if (b.priority !== a.priority) change('priority', b.priority, a.priority);
      if (b.status !== a.status) change('status', b.status, a.status);
    }
  }
  for (const b of old.values()) {
    if (!now.has(b.id)) changes.push({ initiativeId: b.id, krId: b.krId, field: 'removed', from: b.status, to: null, reason: '' });
  }
  return changes;
}

/** One letter per status keeps the snapshot small: a Properties value holds at most 9 KB (https://developers.google.com/apps-script/guides/services/quotas). */
const STATUS_CODES: Readonly<Record<InitiativeStatus, string>> = { Planned: 'P', 'In progress': 'I', Done: 'D', Dropped: 'X' };
const SNAPSHOT_VERSION = 1;

/**
 * The state as one compact JSON string: `{"v":1,"i":[["I1","KR1",2,"P"]]}` (id, KR ID, priority, status letter).
 * @example encodeInitiativeSnapshot([{ id: 'I1', krId: 'KR1', priority: 2, status: 'Planned' }]) // '{"v":1,"i":[["I1","KR1",2,"P"]]}'
 */
export function encodeInitiativeSnapshot(initiatives: readonly InitiativeState[]): string {
  const rows = [...byId(initiatives).values()].map((i) => [i.id, i.krId, i.priority, i.status === null ? null : STATUS_CODES[i.status]]);
  return JSON.stringify({ v: SNAPSHOT_VERSION, i: rows });
}

const STATUS_OF_CODE = new Map(Object.keys(STATUS_CODES).map((s) => [STATUS_CODES[s as InitiativeStatus], s as InitiativeStatus]));

const decodeEntry = (entry: unknown): InitiativeState | null => {
  if (!Array.isArray(entry) || entry.length !== 4) return null;
  const [id, krId, priority, code] = entry as unknown[];
  if (typeof id !== 'string' || id === '' || typeof krId !== 'string') return null;
  if (priority !== null && (typeof priority !== 'number' || !Number.isFinite(priority))) return null;
  const status = code === null ? null : STATUS_OF_CODE.get(code as string);
  return status === undefined ? null : { id, krId, priority, status };
};

/**
 * The state a snapshot string holds; an empty snapshot for anything that is not one whole snapshot
 * (blank, truncated, another version, one bad entry): a half-trusted history would log false changes.
 * @example decodeInitiativeSnapshot('not json') // []
 */
export function decodeInitiativeSnapshot(text: unknown): InitiativeSnapshot {
  if (typeof text !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const rows = typeof parsed === 'object' && parsed !== null && (parsed as { v?: unknown }).v === SNAPSHOT_VERSION ? (parsed as { i?: unknown }).i : null;
  if (!Array.isArray(rows)) return [];
  const entries = rows.map(decodeEntry);
  return entries.every((e): e is InitiativeState => e !== null) ? entries : [];
}

/**
 * The initiatives under KRs of the cycle's objectives.
 * @example initiativesOfCycle(workbook, '2026-Q4').map((i) => i.id) // ['I1', 'I2']
 */
export function initiativesOfCycle(workbook: Workbook, cycleId: string): Initiative[] {
  const objectives = new Set(workbook.objectives.filter((o) => o.cycleId === cycleId).map((o) => o.id));
  const krs = new Set(workbook.keyResults.filter((kr) => objectives.has(kr.objectiveId)).map((kr) => kr.id));
  return workbook.initiatives.filter((i) => krs.has(i.krId));
}

export interface InitiativeSummaryItem {
  readonly initiativeId: string;
  readonly krId: string;
  readonly title: string;
  readonly ownerEmail: string;
  readonly priority: number | null;
}

export interface InitiativeSummary {
  /** Initiatives whose priority changed during the cycle, with those changes, oldest first. */
  readonly reprioritised: ReadonlyArray<InitiativeSummaryItem & { readonly changes: readonly DatedInitiativeChange[] }>;
  /** Initiatives still Planned, never seen In progress in the whole history. */
  readonly neverStarted: readonly InitiativeSummaryItem[];
}

/**
 * What the review says about `initiatives` (usually initiativesOfCycle's): which were re-prioritised
 * between the cycle's start and end (an open bound when a date is missing) and which were never started.
 * @example summarizeInitiatives(history, initiatives, cycle).neverStarted.map((i) => i.initiativeId) // ['I3']
 */
export function summarizeInitiatives(
  history: readonly DatedInitiativeChange[],
  initiatives: readonly Initiative[],
  cycle: { readonly start: Day | null; readonly end: Day | null },
): InitiativeSummary {
  const during = (day: Day) => (cycle.start === null || day >= cycle.start) && (cycle.end === null || day <= cycle.end);
  const started = new Set(history.filter((c) => (c.field === 'status' || c.field === 'added') && c.to === 'In progress').map((c) => c.initiativeId));
  const item = (i: Initiative): InitiativeSummaryItem => ({ initiativeId: i.id, krId: i.krId, title: i.title, ownerEmail: i.ownerEmail, priority: i.priority });
  const priorityChanges = new Map<string, DatedInitiativeChange[]>();
  for (const c of history) {
    if (c.field === 'priority' && during(c.day)) priorityChanges.set(c.initiativeId, (priorityChanges.get(c.initiativeId) ?? []).concat(c));
  }
  const current = [...byId(initiatives).values()];
  const reprioritised = current.flatMap((i) => {
    const changes = (priorityChanges.get(i.id) ?? []).slice().sort((a, b) => a.day - b.day);
    return changes.length > 0 ? [{ ...item(i), changes }] : [];
  });
  const neverStarted = current.filter((i) => i.status === 'Planned' && !started.has(i.id)).map(item);
  return { reprioritised, neverStarted };
}
