// The tabs a person reads (Alignment, Brief, Dashboard, Findings), through the bundle: widths, number
// formats, and a number of formatting calls that does not grow with the data.
import { typeRows } from '../../src/local/cli';
import type { LocalRuntime } from '../../src/local/emulator';
import { SALES_REP, smallCompany } from '../support/bundle';

const WEEK4 = new Date('2026-10-26T03:00:00Z');

function company(lang: 'vi' | 'en'): LocalRuntime {
  const rt = smallCompany({ lang });
  typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '10' }], SALES_REP);
  rt.env.setNow(WEEK4);
  typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '25' }], SALES_REP);
  return rt;
}

const NAMES = {
  alignment: { vi: 'Cây mục tiêu', en: 'Alignment' },
  dashboard: { vi: 'Tổng quan', en: 'Dashboard' },
  brief: { vi: 'Họp tuần', en: 'Brief' },
} as const;

function sheetOf(rt: LocalRuntime, tab: keyof typeof NAMES, lang: 'vi' | 'en') {
  const sheet = rt.book.getSheets().find((s) => s.getName() === NAMES[tab][lang]);
  if (!sheet)
    throw new Error(
      `no tab ${NAMES[tab][lang]}: ${rt.book
        .getSheets()
        .map((s) => s.getName())
        .join(', ')}`,
    );
  return sheet;
}

function built(lang: 'vi' | 'en'): LocalRuntime {
  const rt = company(lang);
  rt.run('menuCheck');
  rt.run('menuSummary');
  rt.ui.answerNext('OK', '');
  rt.run('menuBrief');
  return rt;
}

const runtimes = { vi: built('vi'), en: built('en') };

/** [tab, language, A1 cell, number format, display value (a regular expression)] */
const FORMATS: [keyof typeof NAMES, 'vi' | 'en', string, string, RegExp][] = [
  ['alignment', 'vi', 'E4', '0.00', /^0,63$/],
  ['alignment', 'en', 'E6', '0.00', /^0\.63$/],
  ['dashboard', 'vi', 'B4', '0.00', /^\d[.,]\d\d$/],
  ['dashboard', 'en', 'B4', '0.00', /^\d\.\d\d$/],
  ['dashboard', 'vi', 'B5', '0%', /^\d+%$/],
  ['dashboard', 'en', 'B5', '0%', /^\d+%$/],
  ['dashboard', 'vi', 'C5', 'dd/mm/yyyy', /^\d\d\/\d\d\/2026$/],
  ['dashboard', 'en', 'C5', 'yyyy-mm-dd', /^2026-\d\d-\d\d$/],
  ['dashboard', 'vi', 'B2', 'dd/mm/yyyy hh:mm', /^26\/10\/2026 \d\d:\d\d$/],
  ['dashboard', 'en', 'B2', 'yyyy-mm-dd hh:mm', /^2026-10-26 \d\d:\d\d$/],
  ['dashboard', 'vi', 'B12', '0.00', /^\d[.,]\d\d$/],
  ['dashboard', 'en', 'G12', 'yyyy-mm-dd', /^2026-\d\d-\d\d$/],
  ['dashboard', 'en', 'H12', '0%', /^\d+%$|^$/],
];

describe('number formats of the tabs people read', () => {
  test.each(FORMATS)('%s (%s) %s is %s', (tab, lang, a1, format, display) => {
    const rt = runtimes[lang];
    const range = rt.env.quiet(() => sheetOf(rt, tab, lang).getRange(a1));
    expect(rt.env.quiet(() => range.getNumberFormat())).toBe(format);
    expect(rt.env.quiet(() => range.getDisplayValue())).toMatch(display);
  });

  test('the headline counts keep the plain number format', () => {
    const rt = runtimes.en;
    const sheet = sheetOf(rt, 'dashboard', 'en');
    expect(
      rt.env
        .quiet(() => sheet.getRange('B6:B9').getDisplayValues())
        .flat()
        .every((v) => /^\d+$/.test(v)),
    ).toBe(true);
  });
});

/** [tab, 1-based column, at least this many pixels] */
const WIDTHS: [keyof typeof NAMES, number, number][] = [
  ['alignment', 1, 400],
  ['alignment', 5, 60],
  ['alignment', 4, 180],
  ['dashboard', 1, 300],
  ['dashboard', 2, 100],
  ['brief', 2, 350],
  ['brief', 1, 120],
];

describe('column widths', () => {
  test.each(WIDTHS)('%s column %i is at least %i px, in both languages', (tab, column, pixels) => {
    for (const lang of ['vi', 'en'] as const) {
      const rt = runtimes[lang];
      expect(rt.env.quiet(() => sheetOf(rt, tab, lang).getColumnWidth(column))).toBeGreaterThanOrEqual(pixels);
    }
  });
});

describe('the Dashboard headline check-in rate', () => {
  test('is that of the last full week, named by its start, not the week just begun', () => {
    const rt = runtimes.en;
    const sheet = sheetOf(rt, 'dashboard', 'en');
    // 26/10 is a Monday (the check-in day) before anyone checked in for that week: last week is 19/10.
    expect(rt.env.quiet(() => sheet.getRange('C5').getDisplayValue())).toBe('2026-10-19');
    expect(rt.env.quiet(() => sheet.getRange('A5').getValue())).toMatch(/last full week/);
  });
});

describe('a start typed with the Vietnamese decimal comma and a percent sign', () => {
  test.each([
    ['3,5%', 'vi'],
    ['3.5%', 'en'],
    ['78%', 'vi'],
    ['0,78', 'vi'],
  ] as const)('%s (%s workbook) is read as a number: the check flags nothing on that KR', (start, lang) => {
    const rt = smallCompany({ lang });
    typeRows(rt, 'keyResults', [
      {
        krId: 'KR9',
        objectiveId: 'O1',
        keyResult: 'Giảm tỷ lệ khách hàng rời bỏ hằng tháng từ 3,5% xuống 2%',
        teamId: 'BGD',
        ownerEmail: 'ceo@example.vn',
        kind: lang === 'vi' ? 'Giảm' : 'Decrease',
        unit: '%',
        start,
        target: '2%',
        weight: 1,
      },
    ]);
    rt.run('menuCheck');
    const findings = rt.env.quiet(() =>
      rt.book
        .getSheets()
        .find((s) => ['Phát hiện', 'Findings'].indexOf(s.getName()) >= 0)!
        .getDataRange()
        .getValues(),
    );
    const about = findings
      .slice(1)
      .filter((r) => r[4] === 'KR9')
      .map((r) => r[1]);
    expect(about.filter((code) => /INVALID|EMPTY|MISSING/.test(String(code)))).toEqual([]);
  });
});
