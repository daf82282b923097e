// What the check-in sidebar and web-app page load, through the bundle: the person's language, why there is
// nothing to check in, the link's ?kr=, and a pre-filled value that saves back as the same number.
import fc from 'fast-check';
import { formatValueInput } from '../../src/actions/check-in-page';
import { parseAmount } from '../../src/core/number-parse';
import { typeRows } from '../../src/local/cli';
import type { LocalHtmlOutput, LocalRuntime } from '../../src/local/emulator';
import type { Lang } from '../../src/i18n';
import type { CheckInResult, PageData, PageKr } from '../../src/ui/page-data';
import { serializeResult } from '../browser/harness';
import { ADMIN, PRODUCT_LEAD, SALES_LEAD, SALES_REP, bundleRuntime, smallCompany, tabValues } from '../support/bundle';

const STRANGER = 'khach@example.vn';
const NEWCOMER = 'mai@example.vn';

function load(rt: LocalRuntime, user: string, focus?: unknown): PageData {
  return rt.run('sidebarLoad', focus === undefined ? [] : [focus], { user, context: 'webApp' }) as PageData;
}

function checkIn(rt: LocalRuntime, user: string, krId: string, value: string): CheckInResult {
  const entry = { krId, value, confidence: '', progressNote: '', problems: '', plans: '' };
  return rt.run('sidebarCheckIn', [[entry], 'email'], { user, context: 'webApp' }) as CheckInResult;
}

const kr = (data: PageData, id: string): PageKr => data.krs.find((k) => k.id === id)!;

/** A company whose sales KR and product KR have one check-in each, and a newcomer in People with neither Language nor team. */
function checkedIn(options: { lang?: Lang } = {}): LocalRuntime {
  const rt = smallCompany(options);
  typeRows(rt, 'people', [{ email: NEWCOMER, name: 'Mai', teamId: '' }]);
  expect(checkIn(rt, SALES_REP, 'KR2', '5.040.000.000').saved).toBe(1);
  expect(checkIn(rt, PRODUCT_LEAD, 'KR4', '6.5').saved).toBe(1);
  return rt;
}

describe("the page speaks the person's language", () => {
  let vi: LocalRuntime;
  let en: LocalRuntime;
  beforeAll(() => {
    vi = checkedIn();
    en = checkedIn({ lang: 'en' });
  });

  // Dates as the reminder e-mails write them (src/i18n/reminders.ts): vi dd/mm/yyyy, en yyyy-mm-dd.
  test.each([
    [
      'a vi person in a vi workbook',
      () => vi,
      SALES_REP,
      'vi',
      'Cập nhật KR',
      '05/10/2026',
      '5.040.000.000 VND',
      '5,04 tỷ',
      '5.600.000.000 VND',
      '6,5 giờ',
      '6,5',
    ],
    [
      'an en person (Language en) in a vi workbook',
      () => vi,
      PRODUCT_LEAD,
      'en',
      'Check in',
      '2026-10-05',
      '5,040,000,000 VND',
      '5.04B',
      '5,600,000,000 VND',
      '6.5 giờ',
      '6.5',
    ],
    [
      'a person with no Language in a vi workbook',
      () => vi,
      NEWCOMER,
      'vi',
      'Cập nhật KR',
      '05/10/2026',
      '5.040.000.000 VND',
      '5,04 tỷ',
      '5.600.000.000 VND',
      '6,5 giờ',
      '6,5',
    ],
    [
      'a person with no Language in an en workbook',
      () => en,
      NEWCOMER,
      'en',
      'Check in',
      '2026-10-05',
      '5,040,000,000 VND',
      '5.04B',
      '5,600,000,000 VND',
      '6.5 giờ',
      '6.5',
    ],
    [
      'a vi person (Language vi) in an en workbook',
      () => en,
      SALES_REP,
      'vi',
      'Cập nhật KR',
      '05/10/2026',
      '5.040.000.000 VND',
      '5,04 tỷ',
      '5.600.000.000 VND',
      '6,5 giờ',
      '6,5',
    ],
  ])('%s', (_, rt, user, lang, title, date, last, input, target, lastKr4, inputKr4) => {
    const data = load(rt(), user);
    expect(data.lang).toBe(lang);
    expect(data.labels.title).toBe(title);
    expect(kr(data, 'KR2')).toMatchObject({ lastValue: last, lastInput: input, lastDate: date, target });
    expect(kr(data, 'KR4')).toMatchObject({ lastValue: lastKr4, lastInput: inputKr4, lastDate: date });
    expect(kr(data, 'KR1')).toMatchObject({ lastValue: '', lastInput: '', lastDate: '' });
  });

  test.each([[SALES_REP], [PRODUCT_LEAD], [STRANGER], ['']])('what %s loads crosses google.script.run: no Date, function or undefined at any depth', (user) => {
    const data = load(vi, user, 'KR4');
    expect(serializeResult(data)).not.toContain('__gasIllegal');
    expect(data.labels).toEqual(expect.objectContaining({ title: expect.any(String) }));
    expect(Object.values(data.labels).every((label) => typeof label === 'string')).toBe(true);
  });
});

describe('someone with nothing to check in is told why and what to do', () => {
  let rt: LocalRuntime;
  beforeAll(() => {
    rt = checkedIn();
  });

  test.each([
    ['not in People', STRANGER, [`Tài khoản Google ${STRANGER} của bạn chưa có trong trang Nhân sự`, `quản trị viên (${ADMIN})`]],
    ['signed out (Google gave no address)', '', ['Google không cho trang này biết bạn là ai', 'đăng nhập']],
    ['in People, with no KR of their team', NEWCOMER, ['Chưa có KR nào do bạn hoặc nhóm bạn phụ trách']],
  ])('%s', (_, user, phrases) => {
    const data = load(rt, user);
    expect(data.user).toBe(user);
    expect(data.krs.filter((k) => k.mine)).toEqual([]);
    for (const phrase of phrases) expect(data.notice).toContain(phrase);
  });

  test.each([[SALES_REP], [SALES_LEAD], [PRODUCT_LEAD], [ADMIN]])('%s has KRs of their own and no notice', (user) => {
    const data = load(rt, user);
    expect(data.krs.some((k) => k.mine)).toBe(true);
    expect(data.notice).toBe('');
  });

  test("an admin not in People is told the list of admins to ask, in the workbook's language", () => {
    const bare = smallCompany();
    expect(load(bare, 'ai@example.vn').notice).toContain(`quản trị viên (${ADMIN})`);
  });

  test('a workbook without key results says where to add them', () => {
    const empty = bundleRuntime();
    empty.run('menuSetup');
    typeRows(empty, 'people', [{ email: SALES_REP, name: 'Quang', teamId: 'KD' }]);
    expect(load(empty, SALES_REP)).toMatchObject({ krs: [], notice: 'Chưa có kết quả then chốt nào. Hãy thêm ở trang Kết quả then chốt.' });
  });
});

describe("the link's ?kr= opens the page on that KR", () => {
  let rt: LocalRuntime;
  beforeAll(() => {
    rt = checkedIn();
  });

  test.each([
    ['KR4', PRODUCT_LEAD, { krId: 'KR4', note: '' }],
    [' kr4 ', PRODUCT_LEAD, { krId: 'KR4', note: '' }],
    ['KR2', SALES_REP, { krId: 'KR2', note: '' }],
    [
      'KR3',
      PRODUCT_LEAD,
      { krId: 'KR3', note: 'KR3 is not one of your key results: it is shown below to read, and only its owner, its team or an admin can check it in.' },
    ],
    [
      'KR4',
      SALES_REP,
      { krId: 'KR4', note: 'KR4 không phải KR của bạn: KR này hiện bên dưới để xem, chỉ người phụ trách, nhóm của KR hoặc quản trị viên mới cập nhật được.' },
    ],
    ['KR9', SALES_REP, { krId: 'KR9', note: 'Đường dẫn dành cho KR9, nhưng bảng tính này không có KR KR9 (có thể đường dẫn thuộc một chu kỳ trước).' }],
    ['', SALES_REP, null],
    [undefined, SALES_REP, null],
    [42, SALES_REP, null],
    [{ kr: 'KR4' }, SALES_REP, null],
  ])('sidebarLoad(%p) as %s', (focus, user, expected) => {
    expect(load(rt, user, focus).focus).toEqual(expected);
  });

  test('a very long ?kr= is cut before it is echoed', () => {
    expect(load(rt, SALES_REP, 'X'.repeat(5000)).focus!.krId).toBe('X'.repeat(40));
  });

  test.each([
    [{ kr: 'KR4' }, 'data-focus="KR4"'],
    [{}, 'data-focus=""'],
    [{ kr: '"><svg onload=alert(1)>' }, 'data-focus="&quot;&gt;&lt;svg onload=alert(1)&gt;"'],
    [{ kr: "KR1' onmouseover='x" }, 'data-focus="KR1&#39; onmouseover=&#39;x"'],
  ])('doGet(%p) carries it to the page escaped: %s', (parameters, attribute) => {
    const page = rt.visit(parameters, PRODUCT_LEAD) as LocalHtmlOutput;
    expect(page.getContent()).toContain(`<body data-source="email" ${attribute}>`);
  });

  test('the sidebar has no focus attribute, so it loads without one', () => {
    rt.run('menuCheckIn', [], { user: SALES_REP });
    expect(rt.ui.sidebars.at(-1)!.html).toContain('<body data-source="sidebar">');
  });
});

describe('the pre-filled value saves back as the same number', () => {
  // What each person may check in: the rep KR3 (and KR2 for the team), the product lead KR4, the admin any.
  test.each([
    [ADMIN, 'KR1', '78,5%', 0.785, '78,5%'],
    [ADMIN, 'KR1', '0,9', 0.9, '90%'],
    [SALES_REP, 'KR2', '4,8 tỷ', 4.8e9, '4,8 tỷ'],
    [SALES_REP, 'KR2', '5.123.456.789', 5_123_456_789, '5123456789'],
    [SALES_REP, 'KR2', '1 tỷ 200 triệu', 1.2e9, '1,2 tỷ'],
    [SALES_REP, 'KR3', '12', 12, '12'],
    // The product lead reads and types English (People → Language): their numbers are read that way.
    [PRODUCT_LEAD, 'KR4', '2.25', 2.25, '2.25'],
    [PRODUCT_LEAD, 'KR4', '12.345', 12.345, '12.3450'],
    [PRODUCT_LEAD, 'KR4', '1,234', 1234, '1234'],
    [PRODUCT_LEAD, 'KR4', '-1.5', -1.5, '-1.5'],
  ])('%s types %s in %s… the page offers %s back', (user, krId, typed, value, offered) => {
    const rt = smallCompany();
    expect(checkIn(rt, user, krId, typed).saved).toBe(1);
    const item = kr(load(rt, user), krId);
    expect(item.lastInput).toBe(offered);
    expect(checkIn(rt, user, krId, item.lastInput).saved).toBe(1);
    const rows = tabValues(rt, ['Cập nhật tiến độ']).slice(1);
    expect(rows.map((r) => r[2])).toEqual([value, value]);
  });

  const langs = fc.constantFrom<Lang>('vi', 'en');
  const units = fc.constantFrom('', '%', 'VND', 'giờ', 'khách hàng');
  test('for any number, unit and pair of languages, both the person and the workbook read it back exactly', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer(),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
        ),
        units,
        langs,
        langs,
        (value, unit, lang, workbookLang) => {
          const text = formatValueInput(value, unit, lang, workbookLang);
          const read = parseAmount(text, workbookLang);
          expect(read).toEqual({ ok: true, value: value === 0 ? 0 : value });
        },
      ),
      { numRuns: 2000 },
    );
  });

  test.each([
    [5_040_000_000, 'VND', 'vi', 'vi', '5,04 tỷ'],
    [5_040_000_000, 'VND', 'en', 'vi', '5.04B'],
    [12_500_000, '', 'vi', 'vi', '12500000'],
    [12_000_000, '', 'vi', 'vi', '12 triệu'],
    [12_500_000, '', 'en', 'en', '12.5M'],
    [1500, '', 'en', 'en', '1.5k'],
    [1500, '', 'vi', 'vi', '1500'],
    [1234, '', 'en', 'en', '1234'],
    [250_000, '', 'en', 'en', '250k'],
    [0.785, '%', 'vi', 'en', '78,5%'],
    [1, '%', 'en', 'en', '100%'],
    [12.345, '', 'vi', 'vi', '12,345'],
    [12.345, '', 'vi', 'en', '12,3450'],
    [0, 'VND', 'vi', 'vi', '0'],
  ])('formatValueInput(%p, %p, %s, workbook %s) is %p', (value, unit, lang, workbookLang, text) => {
    expect(formatValueInput(value, unit, lang as Lang, workbookLang as Lang)).toBe(text);
  });
});

describe('the page never reads Check-ins whole', () => {
  const KRS = 'Kết quả then chốt';
  /** The small company with `count` earlier check-ins in the tab (of its four KRs), counters reset. */
  function withCheckIns(count: number): LocalRuntime {
    const rt = smallCompany();
    rt.env.quiet(() => {
      const sheet = rt.book.getSheetByName('Cập nhật tiến độ')!;
      sheet.insertRowsAfter(sheet.getMaxRows(), count);
      sheet.getRange(2, 1, count, 3).setValues(Array.from({ length: count }, (_, i) => [new Date(Date.UTC(2026, 9, 1, 3, i)), `KR${(i % 4) + 1}`, i % 7]));
    });
    rt.env.resetCounters();
    return rt;
  }
  const krCells = (rt: LocalRuntime, id: string): Record<string, unknown> => {
    const [header, ...rows] = tabValues(rt, [KRS]);
    const row = rows.find((r) => r[0] === id)!;
    return Object.fromEntries(header!.map((h, i) => [String(h), row[i]]));
  };

  test.each([
    ['load', (rt: LocalRuntime) => load(rt, SALES_REP)],
    ['save', (rt: LocalRuntime) => checkIn(rt, SALES_REP, 'KR2', '5 tỷ')],
  ])('a %s reads the same cells for 10 and for 2,000 check-ins already there', (_, act) => {
    const cellsFor = (count: number) => {
      const rt = withCheckIns(count);
      act(rt);
      return rt.env.totalCells().read;
    };
    expect(cellsFor(2000)).toBe(cellsFor(10));
  });

  /** The small company with `count` more KRs (of the sales objective, owned by the admin), counters reset. */
  function withKrs(count: number): LocalRuntime {
    const rt = smallCompany();
    typeRows(
      rt,
      'keyResults',
      Array.from({ length: count }, (_, i) => ({
        krId: `KRX${i}`,
        objectiveId: 'O2',
        keyResult: `Đạt ${i + 10} hợp đồng`,
        teamId: 'KD',
        ownerEmail: ADMIN,
        kind: 'Increase',
        unit: 'hợp đồng',
        start: 0,
        target: i + 10,
        weight: 1,
      })),
    );
    rt.env.resetCounters();
    return rt;
  }
  const krWidth = (rt: LocalRuntime) => tabValues(rt, [KRS])[0]!.length;

  test.each([
    [
      'a save',
      (rt: LocalRuntime) => {
        checkIn(rt, SALES_REP, 'KR3', '12');
      },
    ],
    [
      'a check-in typed in the sheet',
      (rt: LocalRuntime) => {
        typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '12' }], SALES_REP);
      },
    ],
  ])('%s reads the rows of its KRs, not the Key Results tab: the same calls for 4 and for 2,004 KRs', (_, act) => {
    const readFor = (count: number) => {
      const rt = withKrs(count);
      act(rt);
      const calls = [...rt.env.calls].filter(([m]) => m.startsWith('Range.') || m.startsWith('Sheet.')).reduce((sum, [, n]) => sum + n, 0);
      return { rt, calls, read: rt.env.totalCells().read };
    };
    const few = readFor(0);
    const many = readFor(2000);
    expect(many.calls).toBe(few.calls);
    // The KR ID column grows by a cell a KR; the tab itself (2,004 rows of every column) is not read.
    expect(many.read - few.read).toBeLessThan(2000 * 2);
    expect(many.read).toBeLessThan(2004 * krWidth(many.rt));
    expect(krCells(many.rt, 'KR3')['Hiện tại']).toBe(12);
  });

  test('a save answers with the KRs it saved, which the page puts in place of its copies', () => {
    const rt = checkedIn();
    const before = load(rt, SALES_REP);
    const reply = checkIn(rt, SALES_REP, 'KR3', '12');
    expect(reply.krs.map((k) => k.id)).toEqual(['KR3']);
    expect(reply.krs[0]).toEqual(kr(load(rt, SALES_REP), 'KR3'));
    expect(before.krs.length).toBeGreaterThan(1);
    // Two KRs in one save: both come back, and a refused one does not.
    const two = rt.run(
      'sidebarCheckIn',
      [
        [
          { krId: 'KR3', value: '13', confidence: '', progressNote: '', problems: '', plans: '' },
          { krId: 'KR2', value: '5,2 tỷ', confidence: '', progressNote: '', problems: '', plans: '' },
          { krId: 'KR404', value: '1', confidence: '', progressNote: '', problems: '', plans: '' },
        ],
        'email',
      ],
      { user: SALES_LEAD, context: 'webApp' },
    ) as CheckInResult;
    expect(two.krs.map((k) => k.id).sort()).toEqual(['KR2', 'KR3']);
    expect(two.problems.map((p) => p.krId)).toEqual(['KR404']);
  });

  test("the page shows each KR's latest check-in as its row records it, the status recomputed for today", () => {
    const rt = checkedIn();
    const before = kr(load(rt, SALES_REP), 'KR2');
    expect(before).toMatchObject({ lastInput: '5,04 tỷ', lastDate: expect.stringMatching(/05\/10\/2026/) });
    // A week later with no new check-in: the KR row's status stays as written, the page says what today says.
    rt.env.setNow(new Date('2026-11-16T03:00:00Z'));
    expect(kr(load(rt, SALES_REP), 'KR2').status).toBe('Lâu chưa cập nhật');
    expect(kr(load(rt, SALES_REP), 'KR2').lastInput).toBe('5,04 tỷ');
  });

  test('a KR row that moved between the read and the lock is not overwritten; the next refresh writes the right row', () => {
    const rt = checkedIn();
    const krSheet = rt.book.getSheetByName(KRS)!;
    const kr1 = krCells(rt, 'KR1');
    // Someone inserts a row at the top of Key Results while the save waits for the lock.
    rt.env.interleaved.push({ method: 'Sheet.appendRow', skip: 0, run: () => krSheet.insertRowsAfter(1, 1) });
    const result = checkIn(rt, SALES_REP, 'KR2', '5,2 tỷ');
    expect(result.saved).toBe(1);
    expect(result.message).toMatch(/lần làm mới tiếp theo/);
    expect(krCells(rt, 'KR1')).toEqual(kr1);
    rt.run('menuRefresh', [], { user: ADMIN });
    expect(krCells(rt, 'KR2')['Hiện tại']).toBe(5_200_000_000);
  });
});
