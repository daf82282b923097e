// acceptCheckIns: the one decision of which check-ins count, for the page (submitted) and a row typed in the sheet (typed).
import { acceptCheckIns, type AcceptOptions, type CheckInEntry, type CheckInMode, type CheckInVerdict } from '../../src/core/check-in-accept';
import { dayOf } from '../../src/core/date-parse';
import type { Lang } from '../../src/core/lang';
import { cleanWorkbook, patch } from './fixtures';

const AT = new Date('2026-05-04T17:30:00Z'); // 00:30 on 5 May in Asia/Ho_Chi_Minh: the day is the workbook's, not UTC's
const HOA = 'hoa.pham@congty.vn'; // a member of Sales (KD)
const LAN = 'lan.tran@congty.vn'; // Sales' lead, owner of KR3
const MINH = 'minh.le@congty.vn'; // Product's lead
const CEO = 'ceo@congty.vn'; // the admin

const entry = (e: Partial<CheckInEntry>): CheckInEntry => ({
  row: 7,
  krId: 'KR3',
  value: '12',
  confidence: null,
  progressNote: '',
  problems: '',
  plans: '',
  by: HOA,
  ...e,
});

const options = (mode: CheckInMode, more: Partial<AcceptOptions> = {}): AcceptOptions => {
  const workbook = cleanWorkbook();
  return {
    workbook: { ...workbook, settings: { ...workbook.settings, timeZone: 'Asia/Ho_Chi_Minh' } },
    admins: [CEO],
    lang: 'vi',
    at: AT,
    source: 'sheet',
    mode,
    ...more,
  };
};

/** The verdict in short: the value counted, or the problem's code (and input when there is one). */
const short = (v: CheckInVerdict): string | number | null =>
  v.ok ? v.checkIn.value : v.problem.code === 'UNREADABLE_VALUE' ? `${v.problem.code} ${JSON.stringify(v.problem.input)}` : v.problem.code;

const judge = (e: Partial<CheckInEntry>, mode: CheckInMode, lang: Lang = 'vi') => short(acceptCheckIns([entry(e)], options(mode, { lang }))[0]!);

describe('acceptCheckIns', () => {
  test.each<[string, Partial<CheckInEntry>, string | number, string | number]>([
    // case, entry, submitted (the page), typed (a row in the sheet)
    ['own team, a number', {}, 12, 12],
    ['a number as a cell holds it', { value: 12.5 }, 12.5, 12.5],
    ['Vietnamese billions', { value: '4,8 tỷ' }, 4.8e9, 4.8e9],
    ['unknown KR', { krId: 'KR99' }, 'UNKNOWN_KR', 'UNKNOWN_KR'],
    ['unknown KR beats an unreadable value', { krId: 'KR99', value: 'abc' }, 'UNKNOWN_KR', 'UNKNOWN_KR'],
    ['no KR ID, a readable value', { krId: '' }, 'NO_KR', 'NO_KR'],
    ['no KR ID, an unreadable value: the sheet says so at once', { krId: '', value: 'abc' }, 'NO_KR', 'UNREADABLE_VALUE "abc"'],
    ['no KR ID, no value', { krId: '', value: '' }, 'NO_KR', 'NO_VALUE'],
    ["another team's KR", { krId: 'KR5' }, 'NOT_ALLOWED', 'NOT_ALLOWED'],
    ['no right beats an unreadable value', { krId: 'KR5', value: 'abc' }, 'NOT_ALLOWED', 'NOT_ALLOWED'],
    ["another team's KR, author unknown: the sheet cannot always tell who typed", { krId: 'KR5', by: '' }, 'NOT_ALLOWED', 12],
    ["a lead of another team on Sales' KR", { by: MINH }, 'NOT_ALLOWED', 'NOT_ALLOWED'],
    ['the owner and lead', { by: LAN }, 12, 12],
    ['an admin, any KR', { krId: 'KR5', by: CEO }, 12, 12],
    ['no value', { value: '' }, 'NO_VALUE', 'NO_VALUE'],
    ['an unreadable value', { value: 'chưa rõ' }, 'UNREADABLE_VALUE "chưa rõ"', 'UNREADABLE_VALUE "chưa rõ"'],
    ['spaces in a cell are not blank', { value: '   ' }, 'UNREADABLE_VALUE "   "', 'UNREADABLE_VALUE "   "'],
  ])('%s', (_name, e, submitted, typed) => {
    expect(judge(e, 'submitted')).toBe(submitted);
    expect(judge(e, 'typed')).toBe(typed);
  });

  test('numbers are read in the language given: the person’s on the page', () => {
    expect(judge({ value: '1.500' }, 'submitted', 'vi')).toBe(1500);
    expect(judge({ value: '1.500' }, 'submitted', 'en')).toBe(1.5);
    expect(judge({ value: '1.500' }, 'typed', 'en')).toBe(1.5);
  });

  test('a blank author is never an admin, even when the admin list has a blank', () => {
    const [v] = acceptCheckIns([entry({ krId: 'KR5', by: '' })], options('submitted', { admins: ['', CEO] }));
    expect(short(v!)).toBe('NOT_ALLOWED');
  });

  test("a KR without a team of its own is its objective's team's", () => {
    const workbook = patch(cleanWorkbook(), 'keyResults', 'KR4', { teamId: '', ownerEmail: '' });
    const judged = (by: string) => short(acceptCheckIns([entry({ krId: 'KR4', by })], { ...options('typed'), workbook })[0]!);
    expect(judged(HOA)).toBe(12);
    expect(judged(MINH)).toBe('NOT_ALLOWED');
  });

  test('an accepted check-in carries the entry, the time, its day in the workbook time zone and the source', () => {
    const [v] = acceptCheckIns(
      [entry({ row: 42, confidence: 'At risk', progressNote: 'p', problems: 'q', plans: 'r' })],
      options('submitted', { source: 'email' }),
    );
    expect(v).toEqual({
      ok: true,
      checkIn: {
        row: 42,
        at: AT,
        day: dayOf(AT, 'Asia/Ho_Chi_Minh'),
        krId: 'KR3',
        value: 12,
        confidence: 'At risk',
        progressNote: 'p',
        problems: 'q',
        plans: 'r',
        by: HOA,
        source: 'email',
      },
    });
    expect(dayOf(AT, 'Asia/Ho_Chi_Minh')).not.toEqual(dayOf(AT, 'UTC'));
  });

  test('problems name the entry’s KR ID as given', () => {
    const verdicts = acceptCheckIns([entry({ krId: 'KR99' }), entry({ krId: 'KR5' }), entry({ value: '' }), entry({ value: 'x' })], options('submitted'));
    expect(verdicts.map((v) => (v.ok ? null : v.problem.krId))).toEqual(['KR99', 'KR5', 'KR3', 'KR3']);
  });

  test('each entry is judged on its own: a list gives what each alone gives, in order', () => {
    const entries = [{}, { krId: 'KR5' }, { by: CEO, krId: 'KR5' }, { by: '' }, { value: 'x' }, { krId: '' }, { by: MINH }, { by: LAN, krId: 'KR4' }].map(
      entry,
    );
    for (const mode of ['submitted', 'typed'] as const) {
      const together = acceptCheckIns(entries, options(mode)).map(short);
      expect(together).toEqual(entries.map((e) => short(acceptCheckIns([e], options(mode))[0]!)));
      expect(together).toHaveLength(entries.length);
    }
  });
});
