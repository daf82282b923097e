// What a reminder mail links to and which stale key results an escalation lists: the choices of the mail that are
// not words. The mail itself is worded at the edge (src/i18n/reminder-text.ts).
import type { KrItem } from './reminder-plan';

export interface MailLinks {
  readonly sheetUrl: string;
  /** The deployed web app, when the admin deployed it: its page is where people check in. */
  readonly webAppUrl: string | null;
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * The stale key results an escalation lists at most: the lead of a large company would otherwise get a
 * list nobody reads. The rest are counted by team.
 */
export const ESCALATION_LIMIT = 10;

/**
 * The check-in page of the web app, opened on one KR (the page reads `kr` from its query:
 * https://developers.google.com/apps-script/guides/web#url_parameters).
 * @example checkInUrl('https://x/exec', 'KR 1') // 'https://x/exec?kr=KR%201'
 */
export const checkInUrl = (webAppUrl: string, krId: string): string => `${webAppUrl}${webAppUrl.indexOf('?') >= 0 ? '&' : '?'}kr=${encodeURIComponent(krId)}`;

/** One team's stale key results in an escalation: how many it has, and those listed, the oldest check-in first. */
export interface EscalationGroup {
  readonly teamName: string;
  readonly total: number;
  readonly shown: readonly KrItem[];
}

/**
 * Stale KRs grouped by team, the largest group first (then by team name), at most ESCALATION_LIMIT of them listed
 * in all; `hidden` counts, per team, those left out.
 * @example escalationGroups(krs).hidden // [{ teamName: 'Sales', count: 2 }]
 */
export function escalationGroups(krs: readonly KrItem[]): {
  groups: EscalationGroup[];
  hidden: Array<{ readonly teamName: string; readonly count: number }>;
} {
  const byTeam = new Map<string, KrItem[]>();
  for (const item of krs) byTeam.set(item.teamName, [...(byTeam.get(item.teamName) ?? []), item]);
  const teams = [...byTeam.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const groups: EscalationGroup[] = [];
  const hidden: Array<{ teamName: string; count: number }> = [];
  let left = ESCALATION_LIMIT;
  for (const [teamName, items] of teams) {
    const oldestFirst = [...items].sort((a, b) => (a.lastCheckIn ?? -Infinity) - (b.lastCheckIn ?? -Infinity));
    const shown = oldestFirst.slice(0, left);
    if (shown.length > 0) groups.push({ teamName, total: items.length, shown });
    left -= shown.length;
    if (items.length > shown.length) hidden.push({ teamName, count: items.length - shown.length });
  }
  return { groups, hidden };
}
