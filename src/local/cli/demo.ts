/**
 * `okr-sheets demo`: the demo company lives through the weeks of its quarter inside the local runtime,
 * running the real bundle's menu actions and triggers, and the workbook is saved as .xlsx.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, dayFromParts, dayOf, formatDay, startOfDay, weekdayOf, type Day } from '../../core/date-parse';
import { parseChoice } from '../../i18n/choice-labels';
import { parseAmount } from '../../core/number-parse';
import { SETTING_LABELS } from '../../i18n/tabs';
import {
  DEMO_COMPANY,
  DEMO_CYCLE,
  DEMO_CYCLES,
  DEMO_DEPENDENCIES,
  DEMO_INITIATIVES,
  DEMO_KRS,
  DEMO_OBJECTIVES,
  DEMO_PEOPLE,
  DEMO_TEAMS,
  DEMO_TIME_ZONE,
  skipsWeek,
  type DemoKr,
} from './demo-data';
import { emptyBook, LocalRuntime } from '../emulator';
import { typeCell, typeRows, typeSetting } from './workbook-typist';
import { mailsForFinishedKrs, type TypedKr } from './demo-mail-audit';
import { writeOutbox } from './eml';
import { writeXlsx } from '../xlsx';
import { TAB_LABELS } from '../../i18n/tabs';
import { actionOfLabel, countsOf } from '../../i18n/log';

export interface DemoOptions {
  readonly code: string;
  readonly files: Readonly<Record<string, string>>;
  readonly outDir: string;
  /** The last day the demo lives through. */
  readonly until: Day;
}

export interface DemoReport {
  /** The runtime after the demo, for tests and reports to look into. */
  readonly runtime: LocalRuntime;
  readonly file: string;
  readonly weeks: number;
  readonly checkIns: number;
  readonly lines: readonly string[];
}

const parseIsoDay = (iso: string): Day => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromParts(y!, m!, d!);
};

/** Midnight of `day` in the demo zone plus `hours`. */
const at = (day: Day, hours: number) => new Date(startOfDay(day, DEMO_TIME_ZONE).getTime() + hours * 3600 * 1000);

function amount(value: unknown): number {
  const parsed = parseAmount(value, 'vi');
  if (!parsed.ok) throw new Error(`demo data has an unreadable number: ${String(value)}`);
  return parsed.value;
}

/** How a person would type this KR's value: "4,85 tỷ", "82%", "37". */
function spell(kr: DemoKr, value: number): string | number {
  if (kr.unit === 'VND') return `${(value / 1e9).toFixed(2).replace('.', ',')} tỷ`;
  if (kr.unit === '%') return `${(value * 100).toFixed(1).replace('.', ',').replace(',0', '')}%`;
  return Math.round(value * 10) / 10;
}

/** The value of a KR in week `week`: its pace along the range, a little noise, never past the target. */
function valueInWeek(kr: DemoKr, week: number): number {
  const start = amount(kr.start);
  const target = amount(kr.target);
  if (kr.kind === 'Cột mốc') return week >= 6 && kr.krId === 'KR7' ? 1 : 0;
  if (kr.kind === 'Duy trì') return week === 4 ? 4.4 : 4.6;
  const wobble = (((week * 7 + String(kr.krId).length * 3) % 5) - 2) * 0.01;
  const fraction = Math.min(1, Math.max(0, kr.pace * week + wobble));
  return start + (target - start) * fraction;
}

function confidenceOf(kr: DemoKr, week: number): string {
  const ratio = kr.pace * 13;
  if (ratio >= 0.9 || kr.kind === 'Duy trì') return week === 4 && kr.kind === 'Duy trì' ? 'Có rủi ro' : 'Đúng tiến độ';
  return ratio >= 0.6 ? 'Có rủi ro' : 'Chệch hướng';
}

export async function runDemo(options: DemoOptions): Promise<DemoReport> {
  const ceo = DEMO_PEOPLE[0]!.email as string;
  const cycleStart = parseIsoDay(DEMO_CYCLE.start);
  const rt = new LocalRuntime({
    book: emptyBook(`OKR – ${DEMO_COMPANY}`, 'vi_VN', DEMO_TIME_ZONE),
    user: ceo,
    now: at(cycleStart, 8),
    files: options.files,
    scriptTimeZone: DEMO_TIME_ZONE,
    webAppUrl: 'https://script.google.com/macros/s/okr-sheets-demo/exec',
  });
  rt.load(options.code);
  rt.open(ceo);
  rt.run('menuSetup', [], { user: ceo });
  // The new spreadsheet's default tab is empty: the CEO deletes it, as people do, and the file opens on an OKR tab.
  rt.env.quiet(() => {
    const blank = rt.book.getSheetByName('Sheet1');
    if (blank && blank.getLastRow() === 0) rt.book.deleteSheet(blank);
  });
  rt.run('menuRemindersOn', [], { user: ceo });
  typeSetting(rt, SETTING_LABELS.companyName, DEMO_COMPANY);
  typeRows(rt, 'teams', DEMO_TEAMS);
  typeRows(rt, 'people', DEMO_PEOPLE);
  typeRows(rt, 'cycles', DEMO_CYCLES);
  typeRows(rt, 'objectives', DEMO_OBJECTIVES);
  typeRows(
    rt,
    'keyResults',
    DEMO_KRS.map(({ pace: _pace, skips: _skips, ...row }) => row),
  );
  typeRows(rt, 'initiatives', DEMO_INITIATIVES);
  typeRows(rt, 'dependencies', DEMO_DEPENDENCIES);

  // Check-in days are the Mondays of the cycle up to `until`.
  const cycleEnd = parseIsoDay(DEMO_CYCLE.end);
  const lastDay = Math.min(options.until, cycleEnd);
  const firstMonday = addDays(cycleStart, (1 - weekdayOf(cycleStart) + 7) % 7);
  let weeks = 0;
  let checkIns = 0;
  const typed = new Map<string, { at: Date; value: number | null }[]>(DEMO_KRS.map((kr) => [String(kr.krId), []]));
  for (let monday = firstMonday; monday <= lastDay; monday = addDays(monday, 7)) {
    weeks += 1;
    rt.advanceTo(at(monday, 9.25)); // the 09:00 run reminds first; people check in after it
    DEMO_KRS.forEach((kr, i) => {
      if (skipsWeek(kr, weeks)) return;
      const typedAt = at(monday, 9.5 + i * 0.1);
      rt.env.setNow(typedAt);
      const value = weeks === 3 && kr.krId === 'KR6' ? 'khoảng 150' : spell(kr, valueInWeek(kr, weeks));
      const read = parseAmount(value, 'vi');
      typed.get(String(kr.krId))?.push({ at: typedAt, value: read.ok ? read.value : null });
      typeRows(
        rt,
        'checkIns',
        [{ krId: kr.krId, value, confidence: confidenceOf(kr, weeks), progressNote: `Tuần ${weeks}: cập nhật theo kế hoạch`, problems: '', plans: '' }],
        kr.ownerEmail as string,
      );
      checkIns += 1;
    });
    if (weeks === 6) {
      // Marketing re-prioritises: the webinars move ahead of everything else, and the Log remembers why.
      typeCell(rt, 'initiatives', 'initiativeId', 'I4', 'reason', 'Khách hàng hỏi nhiều về tính năng nâng cao', 'thu.pham@anphat.vn');
      typeCell(rt, 'initiatives', 'initiativeId', 'I4', 'priority', 1, 'thu.pham@anphat.vn');
    }
  }
  rt.advanceTo(at(lastDay, 17));
  rt.run('menuRefresh', [], { user: ceo });
  rt.ui.answerNext('OK', ''); // the company brief for the meeting of the last day
  rt.run('menuBrief', [], { user: ceo });
  let closing = '';
  if (options.until > cycleEnd) {
    // The quarter is over: the CEO closes it, grading every KR into Reviews and opening the next one.
    rt.advanceTo(at(options.until, 10));
    rt.run('menuCloseCycle', [], { user: ceo });
    closing = rt.ui.alerts[rt.ui.alerts.length - 1]?.prompt ?? '';
    rt.advanceTo(at(options.until, 10.25)); // the review packs go out from a run of their own a minute later
  }

  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, 'okr-demo.xlsx');
  await writeXlsx(rt.snapshot(), file);
  const outbox = join(options.outDir, 'outbox');
  rmSync(outbox, { recursive: true, force: true });
  writeOutbox(rt.mail.outbox, outbox);
  const tally = reminderTally(rt);
  const lines = [
    `${DEMO_COMPANY}: ${DEMO_KRS.length} key results, ${DEMO_PEOPLE.length} people, cycle ${DEMO_CYCLE.name}`,
    `${weeks} weeks lived through up to ${formatDay(options.until)}; ${checkIns} check-ins typed in the sheet`,
    ...(closing ? [`close: ${closing}`] : []),
    `reminders: ${tally.sent} sections sent (${Object.keys(tally.byKind)
      .map((k) => `${k} ${tally.byKind[k]}`)
      .join(', ')}); ` + `${tally.escalated} escalated to a lead; ${tally.skipped} skipped as already sent; ${rt.triggerFailures.length} failed runs`,
    mailFigures(rt, parseIsoDay(DEMO_CYCLE.start), cycleEnd, typedKrs(typed)),
    `saved ${file}, ${rt.mail.outbox.length} e-mails in ${outbox} and this report in ${join(options.outDir, 'report.txt')}`,
  ];
  writeFileSync(join(options.outDir, 'report.txt'), `${lines.join('\n')}\n`);
  return { runtime: rt, file, weeks, checkIns, lines };
}

/** The reminders of the demo as the Log tells them: sent per kind, escalations, and sends skipped by the ledger. */
function reminderTally(rt: LocalRuntime): { sent: number; byKind: Record<string, number>; escalated: number; skipped: number } {
  const log = rt.book.getSheetByName(TAB_LABELS.log.vi);
  const rows = log ? rt.env.quiet(() => log.getDataRange().getValues()).slice(1) : [];
  const byKind: Record<string, number> = {};
  let skipped = 0;
  for (const row of rows) {
    // The Log speaks the workbook's language: actions and counts are read back as their identifiers.
    const action = actionOfLabel(String(row[1])) ?? '';
    if (action.startsWith('reminder:')) byKind[action.slice(9)] = (byKind[action.slice(9)] ?? 0) + 1;
    const already = countsOf(String(row[4])).alreadySent;
    if (action === 'dailyTrigger' && already !== undefined) skipped += Number(already);
  }
  const sent = Object.keys(byKind).reduce((sum, k) => sum + byKind[k]!, 0);
  return { sent, byKind, escalated: (byKind.lead ?? 0) + (byKind.escalation ?? 0), skipped };
}

/** The demo's KRs with the check-ins it typed, for the audit of its mail. */
function typedKrs(typed: ReadonlyMap<string, readonly { at: Date; value: number | null }[]>): TypedKr[] {
  const closed = new Set(
    DEMO_OBJECTIVES.filter((o) => {
      const status = parseChoice('objectiveStatus', o.status);
      return status.ok && (status.value === 'Done' || status.value === 'Dropped');
    }).map((o) => String(o.objectiveId)),
  );
  return DEMO_KRS.map((kr) => {
    const kind = parseChoice('krKind', kr.kind);
    return {
      krId: String(kr.krId),
      kind: kind.ok ? kind.value : null,
      start: amount(kr.start),
      target: amount(kr.target),
      objectiveClosed: closed.has(String(kr.objectiveId)),
      checkIns: typed.get(String(kr.krId)) ?? [],
    };
  });
}

/**
 * Reminder mails per person and week (weeks from Monday, in the demo zone), their maximum and median over
 * the people and weeks that had mail, how many went out before the first check-in week inside the cycle
 * or after its end, and how many asked for a check-in of a KR already finished (DESIGN.md §5: at most two
 * a week, none outside the cycle, none for a finished KR).
 */
function mailFigures(rt: LocalRuntime, start: Day, end: Day, krs: readonly TypedKr[]): string {
  const firstWeek = addDays(start, (1 - weekdayOf(start) + 7) % 7);
  const perWeek = new Map<string, number>();
  let outside = 0;
  const reminders = rt.mail.outbox.filter((mail) => /OKR/.test(mail.subject) && !/Đánh giá chu kỳ|Review of cycle/.test(mail.subject));
  for (const mail of reminders) {
    const day = dayOf(mail.sentAt, DEMO_TIME_ZONE);
    if (day < firstWeek || day > end) outside += 1;
    const key = `${mail.to[0]} ${addDays(day, -((weekdayOf(day) + 6) % 7))}`;
    perWeek.set(key, (perWeek.get(key) ?? 0) + 1);
  }
  const counts = [...perWeek.values()].sort((a, b) => a - b);
  const median =
    counts.length === 0 ? 0 : counts.length % 2 === 1 ? counts[(counts.length - 1) / 2]! : (counts[counts.length / 2 - 1]! + counts[counts.length / 2]!) / 2;
  return `reminder mails per person per week: max ${counts[counts.length - 1] ?? 0}, median ${median}; ${outside} sent outside the cycle, ${mailsForFinishedKrs(reminders, krs)} for a finished KR`;
}
