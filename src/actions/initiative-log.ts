/**
 * Initiatives keep their priority history: every change of priority or status since the last look, with
 * who (when known), reason and date, lands in Log. The last seen state is kept in the script properties.
 */
import { dayOf } from '../core/date-parse';
import {
  decodeInitiativeSnapshot,
  diffInitiatives,
  encodeInitiativeSnapshot,
  type DatedInitiativeChange,
  type InitiativeChange,
} from '../core/initiative-history';
import type { Lang } from '../core/lang';
import type { Initiative } from '../core/model';
import type { LogAction } from '../i18n/log';
import { appendLog, changeOf, type LogRecord } from '../sheet/log';
import { readState, writeState } from '../sheet/state-store';
import type { Services } from '../sheet/services';

const STATE_KEY = 'okr.initiatives';
const ACTION: LogAction = 'initiative';

/** Logs what changed since the last look (as `user`, '' when a trigger noticed it) and remembers the state. */
export function recordInitiativeChanges(s: Services, initiatives: readonly Initiative[], lang: Lang, user: string): InitiativeChange[] {
  const stored = readState(s.props, STATE_KEY);
  const current = initiatives.filter((i) => i.id !== '');
  const encoded = encodeInitiativeSnapshot(current);
  if (stored === encoded) return [];
  // The first look only remembers: without a previous state there is no change to tell.
  const changes = stored === null ? [] : diffInitiatives(decodeInitiativeSnapshot(stored), current);
  const now = s.now();
  appendLog(
    s,
    lang,
    ...changes.map((change) => ({
      time: now,
      action: ACTION,
      user,
      outcome: change.field,
      counts: { change: JSON.stringify(change) },
      error: '',
    })),
  );
  writeState(s.props, STATE_KEY, encoded);
  return changes;
}

/** The initiative changes the Log remembers, with their day in `timeZone`. */
export function initiativeHistory(records: readonly LogRecord[], timeZone: string): DatedInitiativeChange[] {
  const out: DatedInitiativeChange[] = [];
  for (const record of records) {
    // record.action is the identifier whatever language the row was written in (readLog).
    if (record.action !== ACTION || record.time === null) continue;
    const json = changeOf(record);
    if (json === null) continue;
    try {
      const change = JSON.parse(json) as InitiativeChange;
      if (typeof change.initiativeId === 'string') out.push({ ...change, day: dayOf(record.time, timeZone) });
    } catch {
      // A Log row someone edited by hand is not history any more; the rest still is.
    }
  }
  return out;
}
