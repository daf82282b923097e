// Generated companies for the benchmark: three orgs of one shape (DESIGN.md §5), typed into the template
// at week 13 of their fourth quarter, three closed quarters behind them (archived, or still in the tabs as
// before archives existed). Deterministic: every run benchmarks the same companies.
import { COLUMN_LABELS, SETTING_LABELS, TAB_LABELS, type ColumnTab } from '../../src/i18n/tabs';
import type { BookSnapshot, CellValue, SheetSnapshot } from '../../src/local/emulator';

export interface OrgSize {
  readonly people: number;
  readonly teams: number;
  readonly objectives: number;
  readonly krs: number;
  readonly checkIns: number;
}

/** Check-ins a KR gets in a quarter: the large org's 100,000 over its 8,000 KRs (a weekly one, and some mid-week). */
const CHECK_INS_PER_KR = 12.5;

/** One of the benchmark's orgs, by the name its table carries. */
export interface BenchOrg extends OrgSize {
  readonly name: string;
}

const org = (name: string, people: number, teams: number, objectives: number, krs: number): BenchOrg => ({
  name,
  people,
  teams,
  objectives,
  krs,
  checkIns: krs * CHECK_INS_PER_KR,
});

export const SMALL = org('small', 50, 5, 100, 400);
export const MEDIUM = org('medium', 300, 30, 600, 2400);
export const LARGE = org('large', 1000, 100, 2000, 8000);
export const ORGS: readonly BenchOrg[] = [SMALL, MEDIUM, LARGE];

const CYCLE_START = Date.UTC(2026, 9, 1) - 7 * 3600 * 1000; // 2026-10-01 00:00 in Asia/Ho_Chi_Minh
const DAY = 24 * 3600 * 1000;
/** The first Monday of the cycle (2026-10-05), counted from CYCLE_START. */
const FIRST_MONDAY_DAYS = 4;
/** Weeks of check-ins behind "now": the bench runs on the 13th Monday, the check-in day, before anyone checked in. */
const WEEKS_DONE = 12;

/** The bench's "now": 09:00 in Asia/Ho_Chi_Minh on the 13th Monday of the cycle (2026-12-28). */
export const BENCH_NOW = new Date(CYCLE_START + (FIRST_MONDAY_DAYS + WEEKS_DONE * 7) * DAY + 9 * 3600 * 1000);

function rows(tab: ColumnTab, records: readonly Readonly<Record<string, CellValue>>[]): CellValue[][] {
  const keys = Object.keys(COLUMN_LABELS[tab]);
  const labels = COLUMN_LABELS[tab] as Readonly<Record<string, { vi: string }>>;
  return [keys.map((k) => labels[k]!.vi), ...records.map((r) => keys.map((k) => r[k] ?? ''))];
}

/** A deterministic pseudo-random sequence, so that every run benchmarks the same company. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The three quarters behind the bench's fourth: ids, names, and their first day (00:00 in Asia/Ho_Chi_Minh). */
const CLOSED_QUARTERS = [
  { id: 'Q1', name: 'Quý 1', start: Date.UTC(2026, 0, 1) - 7 * 3600 * 1000, days: 90 },
  { id: 'Q2', name: 'Quý 2', start: Date.UTC(2026, 3, 1) - 7 * 3600 * 1000, days: 91 },
  { id: 'Q3', name: 'Quý 3', start: Date.UTC(2026, 6, 1) - 7 * 3600 * 1000, days: 92 },
] as const;

/**
 * Where the closed quarters are: `archived`, each moved into its own spreadsheet ("Archive closed cycles"), the
 * workbook keeping its Reviews and a link in Cycles; `inTabs`, still in every tab, as before archives existed.
 */
export type History = 'archived' | 'inTabs';

export function generateOrg(template: BookSnapshot, size: OrgSize, history: History): BookSnapshot {
  const next = random(42);
  const email = (i: number) => `person${i}@bigco.vn`;
  const teamOf = (i: number) => `T${i % size.teams}`;
  const teams = Array.from({ length: size.teams }, (_, i) => ({
    teamId: `T${i}`,
    name: `Nhóm ${i}`,
    parentTeamId: i === 0 ? '' : `T${Math.floor((i - 1) / 10)}`,
    leadEmail: email(i),
  }));
  const people = Array.from({ length: size.people }, (_, i) => ({
    email: email(i),
    name: `Người ${i}`,
    teamId: teamOf(i),
    managerEmail: i < size.teams ? '' : email(i % size.teams),
    language: i % 5 === 0 ? 'en' : 'vi',
  }));
  // A quarter's objectives, KRs and check-ins; the fourth's IDs are bare (O1, KR1), a closed quarter's carry it (O1-Q3).
  const quarter = (suffix: string, start: number, closed: boolean, weeks: number) => {
    const objectives = Array.from({ length: size.objectives }, (_, i) => ({
      objectiveId: `O${i}${suffix}`,
      cycleId: suffix === '' ? 'Q4' : suffix.slice(1),
      level: i === 0 ? 'Công ty' : 'Phòng ban',
      teamId: teamOf(i),
      ownerEmail: email(i % size.people),
      objective: `Mục tiêu ${i}: khách hàng hài lòng hơn`,
      parentObjectiveId: i === 0 ? '' : `O0${suffix}`,
      type: i % 3 === 0 ? 'Thách thức' : 'Cam kết',
      status: closed ? 'Hoàn thành' : 'Đang thực hiện',
    }));
    const krs = Array.from({ length: size.krs }, (_, i) => ({
      krId: `KR${i}${suffix}`,
      objectiveId: `O${i % size.objectives}${suffix}`,
      keyResult: `Tăng tỷ lệ gia hạn từ ${i % 50}% lên ${(i % 50) + 30}%`,
      teamId: teamOf(i % size.objectives),
      ownerEmail: email(i % size.people),
      kind: 'Tăng',
      unit: '%',
      start: (i % 50) / 100,
      target: ((i % 50) + 30) / 100,
      weight: 1,
    }));
    // Weekly check-ins from the first Monday. In the running quarter 40% of people skipped last week (the 30–50%
    // of real roll-outs); mid-week updates in the earlier weeks bring a quarter's total to size.checkIns.
    const stopped = (kr: number) => !closed && (kr % size.people) % 10 < 4;
    const slots: { week: number; kr: number; hour: number }[] = [];
    for (let week = 0; week < weeks; week += 1) {
      for (let kr = 0; kr < size.krs; kr += 1) if (!(week === weeks - 1 && stopped(kr))) slots.push({ week, kr, hour: 2 });
    }
    for (let week = 0; week < weeks - 1 && slots.length < size.checkIns; week += 1) {
      for (let kr = 0; kr < size.krs && slots.length < size.checkIns; kr += 1) slots.push({ week, kr, hour: 50 });
    }
    const checkIns = slots
      .slice(0, size.checkIns)
      .sort((a, b) => a.week - b.week || a.hour - b.hour)
      .map(({ week, kr, hour }) => ({
        timestamp: new Date(start + (FIRST_MONDAY_DAYS + week * 7) * DAY + hour * 3600 * 1000 + Math.floor(next() * 3600 * 1000)),
        krId: `KR${kr}${suffix}`,
        value: (kr % 50) / 100 + 0.02 * week + (hour > 24 ? 0.01 : 0),
        confidence: next() < 0.7 ? 'Đúng tiến độ' : 'Có rủi ro',
        progressNote: 'Tiến triển tốt',
        by: email(kr % size.people),
        source: 'trang tính',
      }));
    // What Close cycle wrote of a closed quarter: one Reviews row per KR.
    const reviews = closed
      ? krs.map((kr, i) => ({
          cycleId: suffix.slice(1),
          objectiveId: kr.objectiveId,
          objective: `Mục tiêu ${i % size.objectives}: khách hàng hài lòng hơn`,
          type: 'Cam kết',
          teamId: kr.teamId,
          krId: kr.krId,
          keyResult: kr.keyResult,
          finalValue: kr.start + 0.24,
          score: 0.8,
          verdict: 'Đạt',
          objectiveScore: 0.8,
        }))
      : [];
    return { objectives, krs, checkIns, reviews };
  };
  const closed = CLOSED_QUARTERS.map((q) => ({ ...q, rows: quarter(`-${q.id}`, q.start, true, 13) }));
  const current = quarter('', CYCLE_START, false, WEEKS_DONE);
  const kept = history === 'inTabs' ? [...closed.map((q) => q.rows), current] : [current];
  const all = <K extends 'objectives' | 'krs' | 'checkIns'>(key: K) => kept.flatMap((q) => q[key] as Record<string, CellValue>[]);
  const cycles = [
    ...closed.map((q) => ({
      cycleId: q.id,
      name: q.name,
      start: new Date(q.start),
      end: new Date(q.start + (q.days - 1) * DAY),
      status: 'Đã đóng',
      archive: history === 'archived' ? `https://docs.google.com/spreadsheets/d/archive-${q.id}/edit` : '',
    })),
    { cycleId: 'Q4', name: 'Quý 4', start: new Date(CYCLE_START), end: new Date(CYCLE_START + 91 * DAY), status: 'Đang diễn ra', archive: '' },
  ];
  const data: Partial<Record<ColumnTab, CellValue[][]>> = {
    teams: rows('teams', teams),
    people: rows('people', people),
    objectives: rows('objectives', all('objectives')),
    keyResults: rows('keyResults', all('krs')),
    checkIns: rows('checkIns', all('checkIns')),
    cycles: rows('cycles', cycles),
    reviews: rows(
      'reviews',
      closed.flatMap((q) => q.rows.reviews),
    ),
  };
  const byName = new Map(Object.keys(data).map((tab) => [TAB_LABELS[tab as ColumnTab].vi, data[tab as ColumnTab]!]));
  const sheets: SheetSnapshot[] = template.sheets.map((sheet) => {
    // The company's admin: person0, who also runs the daily trigger in the benchmark.
    if (sheet.name === TAB_LABELS.settings.vi) {
      return { ...sheet, values: sheet.values.map((r) => (r[0] === SETTING_LABELS.admins.vi ? [r[0], email(0), ...r.slice(2)] : r)) };
    }
    const values = byName.get(sheet.name);
    if (!values) return sheet;
    const width = Math.max(sheet.values[0]?.length ?? 0, values[0]!.length);
    return { ...sheet, values: values.map((r) => r.concat(new Array(width - r.length).fill(''))), maxRows: Math.max(sheet.maxRows, values.length + 10) };
  });
  return { ...template, name: `bench ${size.krs} KRs`, sheets };
}
