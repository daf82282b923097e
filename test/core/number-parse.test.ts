import fc from 'fast-check';
import { formatAmount, parseAmount } from '../../src/core/number-parse';

type Lang = 'vi' | 'en';

describe('parseAmount reads numbers as people type them', () => {
  test.each<[string, Lang, number]>([
    ['4,3 tỷ', 'vi', 4_300_000_000],
    ['4,3 tỷ', 'en', 4_300_000_000],
    ['5.600.000.000', 'vi', 5_600_000_000],
    ['5.600.000.000', 'en', 5_600_000_000],
    ['1,234.5', 'vi', 1234.5],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'vi', 1234.5],
    ['1.234,5', 'en', 1234.5],
    ['85%', 'vi', 0.85],
    ['85 %', 'en', 0.85],
    ['12.5%', 'en', 0.125],
    ['12,5%', 'vi', 0.125],
    ['85 phần trăm', 'vi', 0.85],
    ['12 triệu', 'vi', 12_000_000],
    ['12 trieu', 'vi', 12_000_000],
    ['12 Triệu đồng', 'vi', 12_000_000],
    ['1.2M', 'en', 1_200_000],
    ['1,2 m', 'vi', 1_200_000],
    ['3k', 'en', 3000],
    ['3K', 'vi', 3000],
    ['2 tỉ', 'vi', 2_000_000_000],
    ['2 ty', 'vi', 2_000_000_000],
    ['2 ti', 'vi', 2_000_000_000],
    ['1,5 tỷ', 'vi', 1_500_000_000],
    ['1,5 tỷ', 'en', 1_500_000_000],
    ['500 nghìn', 'vi', 500_000],
    ['500 ngàn', 'vi', 500_000],
    ['500 nghin', 'vi', 500_000],
    ['500 ngan', 'vi', 500_000],
    ['10 tr', 'vi', 10_000_000],
    ['1.5tr', 'vi', 1_500_000],
    ['2 bn', 'en', 2_000_000_000],
    ['2b', 'en', 2_000_000_000],
    ['2 billion', 'en', 2_000_000_000],
    ['3 million', 'en', 3_000_000],
    ['3 mn', 'en', 3_000_000],
    ['4 thousand', 'en', 4000],
    ['5 trăm', 'vi', 500],
    ['5 trăm triệu', 'vi', 500_000_000],
    ['3 nghìn tỷ', 'vi', 3_000_000_000_000],
    ['1 tỷ 200 triệu', 'vi', 1_200_000_000],
    ['2 triệu 500 nghìn', 'vi', 2_500_000],
    ['1 234 567', 'en', 1_234_567],
    ['1\u00a0234\u00a0567', 'vi', 1_234_567],
    ['1\u202f234,5', 'vi', 1234.5],
    ['5.000.000đ', 'vi', 5_000_000],
    ['5.000.000 ₫', 'vi', 5_000_000],
    ['5.000.000 VND', 'en', 5_000_000],
    ['₫5.000', 'en', 5000],
    ['$1,200', 'en', 1200],
    ['$1,200', 'vi', 1200],
    ['1,200 USD', 'vi', 1200],
    ['1,200đ', 'en', 1.2],
    ['$1.2M', 'en', 1_200_000],
    ['-5', 'en', -5],
    ['−5', 'vi', -5],
    ['- 5', 'vi', -5],
    ['-$5', 'en', -5],
    ['$-5', 'en', -5],
    ['+7', 'en', 7],
    ['(1,000)', 'en', -1000],
    ['(1.000)', 'vi', -1000],
    ['1e6', 'en', 1_000_000],
    ['2.5E-3', 'en', 0.0025],
    ['0,5', 'vi', 0.5],
    ['0,5', 'en', 0.5],
    ['.5', 'en', 0.5],
    ['0.125', 'vi', 0.125],
    ['12,50', 'en', 12.5],
    ['1234.567', 'vi', 1234.567],
    [' 42 ', 'en', 42],
    ['\t42\n', 'vi', 42],
    ['42 khách hàng', 'vi', 42],
    ['42 customers', 'en', 42],
    ['2 tickets', 'en', 2],
    ['5 trạm', 'vi', 5],
    ['5 món', 'vi', 5],
    ['120 m²', 'vi', 120],
    ['10 tr/tháng', 'vi', 10_000_000],
    ['1.234', 'vi', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'en', 1234],
    ['1,234', 'vi', 1.234],
    ['1,234,567', 'en', 1_234_567],
    ['007', 'en', 7],
    ['20$', 'en', 20],
    ['5000đ', 'vi', 5000],
    ['5000vnd', 'vi', 5000],
    ['12 abc', 'en', 12],
    ['10tr/tháng', 'vi', 10_000_000],
    ['0', 'vi', 0],
  ])('%p in %s is %d', (text, lang, value) => {
    expect(parseAmount(text, lang)).toEqual({ ok: true, value });
  });

  test.each<[string]>([
    ['#N/A'],
    ['#REF!'],
    ['#VALUE!'],
    ['#DIV/0!'],
    ['#ERROR!'],
    ['abc'],
    ['chưa rõ'],
    ['N/A'],
    ['n/a'],
    ['1.2.3'],
    ['1,2,3'],
    ['12-15'],
    ['12 - 15'],
    ['12–15'],
    ['31/3'],
    ['2026-03-31'],
    ['10:30'],
    ['1 tỷ 2'],
    ['5 triệu nghìn'],
    ['1 tỷ 2000 triệu'],
    ['12 15'],
    ['1,2.3'],
    ['1.234.5'],
    ['--5'],
    ['+-5'],
    ['(-5)'],
    ['()'],
    ['-'],
    ['—'],
    ['%'],
    ['tỷ'],
    ['1e999'],
    ['x2'],
    ['Q1'],
    ['5 triệu 3'],
    ['1.5.tr'],
    ['12,3,4 k'],
    // Letters glued to the digits are a typo, not a unit: `4O` is not 4, `12abc` is not 12.
    ['4O'],
    ['4o'],
    ['12abc'],
    ['12a'],
    ['1O0'],
    ['5,6,7'],
    ['1.2.3.4'],
    ['7h'],
    ['3x'],
    ['100l'],
    ['1,5kg'],
    ['12triệuu'],
  ])('%s is INVALID_NUMBER in both languages, never a partial number', (text) => {
    for (const lang of ['vi', 'en'] as const) {
      expect(parseAmount(text, lang)).toEqual({ ok: false, problem: { code: 'INVALID_NUMBER', input: text.trim() } });
    }
  });

  test('refuses an exponent after thousands marks: 1,234e3 is 1.234e3 in vi but grouped in en', () => {
    expect(parseAmount('1,234e3', 'vi')).toEqual({ ok: true, value: 1234 });
    expect(parseAmount('1,234e3', 'en')).toEqual({ ok: false, problem: { code: 'INVALID_NUMBER', input: '1,234e3' } });
  });

  test.each<[unknown]>([[''], ['   '], ['\u00a0'], [null], [undefined]])('blank %p is MISSING', (input) => {
    expect(parseAmount(input, 'vi')).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
  });

  test('passes finite numbers through and refuses NaN and infinities', () => {
    expect(parseAmount(4.3e9, 'vi')).toEqual({ ok: true, value: 4.3e9 });
    expect(parseAmount(-0.5, 'en')).toEqual({ ok: true, value: -0.5 });
    expect(parseAmount(NaN, 'en')).toEqual({ ok: false, problem: { code: 'INVALID_NUMBER', input: 'NaN' } });
    expect(parseAmount(Infinity, 'en')).toEqual({ ok: false, problem: { code: 'INVALID_NUMBER', input: 'Infinity' } });
  });

  test('refuses checkbox booleans and dates in a number cell', () => {
    expect(parseAmount(true, 'en')).toEqual({ ok: false, problem: { code: 'INVALID_NUMBER', input: 'true' } });
    expect(parseAmount(new Date(0), 'en').ok).toBe(false);
  });

  test('reports the input as typed, trimmed', () => {
    expect(parseAmount('  chưa rõ  ', 'vi')).toEqual({ ok: false, problem: { code: 'INVALID_NUMBER', input: 'chưa rõ' } });
  });

  test('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom<Lang>('vi', 'en'), (text, lang) => {
        const parsed = parseAmount(text, lang);
        expect(parsed.ok ? Number.isFinite(parsed.value) : parsed.problem.code).toBeTruthy();
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws on strings made of number-like characters', () => {
    const alphabet = fc.constantFrom(...'0123456789.,  -+()%$₫ektrmbyỷiệu'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 16 }).map((cs) => cs.join('')),
        fc.constantFrom<Lang>('vi', 'en'),
        (text, lang) => {
          const parsed = parseAmount(text, lang);
          if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('formatAmount', () => {
  test.each<[number, Lang, string]>([
    [4_300_000_000.5, 'vi', '4.300.000.000,5'],
    [4_300_000_000.5, 'en', '4,300,000,000.5'],
    [-1234.5, 'en', '-1,234.5'],
    [-1234.5, 'vi', '-1.234,5'],
    [1.234, 'vi', '1,234'],
    [999, 'en', '999'],
    [0, 'vi', '0'],
    [1e21, 'en', '1e21'],
    [1.5e-7, 'vi', '1,5e-7'],
  ])('writes %d in %s as %s', (value, lang, text) => {
    expect(formatAmount(value, lang)).toBe(text);
  });

  test('reads back every finite double exactly, in both languages', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom<Lang>('vi', 'en'), (x, lang) => {
        expect(parseAmount(formatAmount(x, lang), lang)).toEqual({ ok: true, value: x });
      }),
      { numRuns: 5000 },
    );
  });

  test('reads back integers and cents of money amounts exactly', () => {
    const money = fc.integer({ min: -1e12, max: 1e12 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(money, fc.constantFrom<Lang>('vi', 'en'), (x, lang) => {
        expect(parseAmount(formatAmount(x, lang), lang)).toEqual({ ok: true, value: x });
      }),
    );
  });
});

describe('percent start and target values of a % KR (issue 14)', () => {
  test.each<[string, Lang]>([
    ['3,5%', 'vi'],
    ['3,5%', 'en'],
    ['3.5%', 'vi'],
    ['3.5%', 'en'],
    ['3,5 %', 'vi'],
    ['3,5 %', 'en'],
    [' 3.5 % ', 'en'],
  ])('%s in a %s workbook is 0.035', (text, lang) => {
    const read = parseAmount(text, lang);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value).toBeCloseTo(0.035, 12);
  });

  test.each<[string, Lang, number]>([
    // The decimal mark of each language beside its thousands mark: never confused.
    ['1.234,5', 'vi', 1234.5],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5%', 'vi', 12.345],
    ['1,234.5%', 'en', 12.345],
    // A single mark before three digits is the language's thousands mark: a percent of 1234, not 1.234%.
    ['1.234%', 'vi', 12.34],
    ['1,234%', 'en', 12.34],
    ['1,234%', 'vi', 0.01234],
    ['1.234%', 'en', 0.01234],
  ])('%s in a %s workbook is %d', (text, lang, value) => {
    const read = parseAmount(text, lang);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value).toBeCloseTo(value, 12);
  });

  test('a value Sheets already read as a number with a % format stays that number', () => {
    expect(parseAmount(0.035, 'vi')).toEqual({ ok: true, value: 0.035 });
    expect(parseAmount(0.9, 'en')).toEqual({ ok: true, value: 0.9 });
  });

  test.each(['3,5,%', '3.5.%', '%3,5', '3,5%%'])('%s is INVALID_NUMBER, never a guess', (text) => {
    expect(parseAmount(text, 'vi')).toMatchObject({ ok: false, problem: { code: 'INVALID_NUMBER' } });
  });
});
