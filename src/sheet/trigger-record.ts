/** The record of the daily trigger (its owner above all): Apps Script shows each account only its own triggers. */
import type { Services } from './services';

export const RECORD_KEY = 'okr.reminderTrigger';

export interface TriggerRecord {
  readonly owner: string;
  readonly uid: string;
  readonly hour: number;
  readonly timeZone: string;
}

export function readTriggerRecord(s: Pick<Services, 'props'>): TriggerRecord | null {
  const stored = s.props.getProperty(RECORD_KEY) ?? 'null';
  try {
    const parsed = JSON.parse(stored);
    return parsed && typeof parsed.owner === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
