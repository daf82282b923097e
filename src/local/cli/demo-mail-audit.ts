/**
 * What the demo checks in its outbox: reminder mails that ask for a check-in of a key result already
 * finished when the mail went out (DESIGN.md §5: none for a Done KR, nor for a KR of a Done or Dropped
 * objective). The demo knows each KR's history because it typed it; the mail says which KRs it asks
 * about in its plain text, one `- <KR ID> · <title>` line each under a section title.
 */
import type { Choice } from '../../i18n/choices';
import { reminderMessages } from '../../i18n/reminders';
import { progressOf, STATUS_RULE } from '../../core/score';

/** A KR as the demo typed it: its range, and every check-in value with the instant it was typed (null: unreadable). */
export interface TypedKr {
  readonly krId: string;
  readonly kind: Choice<'krKind'> | null;
  readonly start: number;
  readonly target: number;
  /** Its objective is Done or Dropped (the demo types objective statuses once, before the first week). */
  readonly objectiveClosed: boolean;
  readonly checkIns: readonly { readonly at: Date; readonly value: number | null }[];
}

export interface AuditedMail {
  readonly body: string;
  readonly sentAt: Date;
}

/** The sections that ask for check-ins; any other title (wins, requests waiting) ends one. */
const ASKING = ['due', 'overdue', 'lead', 'escalation'] as const;
const OTHERS = ['dependencies', 'wins'] as const;

const titles = (kinds: readonly ((typeof ASKING)[number] | (typeof OTHERS)[number])[]): Set<string> =>
  new Set((['en', 'vi'] as const).flatMap((lang) => kinds.map((k) => reminderMessages(lang).section[k])));
const ASKING_TITLES = titles(ASKING);
const OTHER_TITLES = titles(OTHERS);

/** The KR IDs (of `krIds`) that the sections asking for a check-in name in a plain-text body, each once. */
export function askedKrIds(body: string, krIds: readonly string[]): string[] {
  const named = new Set<string>();
  let asking = false;
  for (const line of body.split(/\r?\n/)) {
    const text = line.trim();
    if (ASKING_TITLES.has(text)) asking = true;
    else if (OTHER_TITLES.has(text)) asking = false;
    else if (asking) {
      const id = krIds.find((k) => text.startsWith(`- ${k} · `));
      if (id !== undefined) named.add(id);
    }
  }
  return [...named];
}

/**
 * Whether the KR was finished at `at`: its objective is closed, or the last readable check-in typed before
 * `at` is at the target (statusOf's Done: progress at or above STATUS_RULE.doneProgress), for every kind
 * but Maintain, which the reminders keep asking about while it holds.
 */
export function finishedAt(kr: TypedKr, at: Date): boolean {
  if (kr.objectiveClosed) return true;
  if (kr.kind === null || kr.kind === 'Maintain') return false;
  const before = kr.checkIns.filter((c) => c.value !== null && c.at.getTime() < at.getTime());
  const last = before[before.length - 1];
  if (!last || last.value === null) return false;
  return progressOf({ kind: kr.kind, start: kr.start, target: kr.target }, last.value) >= STATUS_RULE.doneProgress - 1e-9;
}

/** How many of `mails` ask for a check-in of a KR finished when the mail was sent. */
export function mailsForFinishedKrs(mails: readonly AuditedMail[], krs: readonly TypedKr[]): number {
  const byId = new Map(krs.map((kr) => [kr.krId, kr]));
  const ids = [...byId.keys()];
  return mails.filter((mail) => askedKrIds(mail.body, ids).some((id) => finishedAt(byId.get(id)!, mail.sentAt))).length;
}
