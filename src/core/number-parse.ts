// Reading amounts as people type them in Vietnamese or English (`4,3 tỷ`, `1,234.5`, `85%`), and writing them back.
import type { Lang } from './lang';
import { fail, inputText, isBlank, ok, type Parsed } from './parsed';

/**
 * Scale words and the power of ten they stand for. Matched on lower-cased text that keeps its
 * accents, so `trăm` (hundred) is a scale but `trạm` (station) is a unit word; the unaccented
 * spellings are accepted too. A scale word must end at a word boundary: `ti` is `tỉ` only as a whole
 * word (`2 tickets` is 2), and `m` is million in `1.2M` but not in `5 món`.
 */
const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['billions', 9],
  ['billion', 9],
  ['tỷ', 9],
  ['tỉ', 9],
  ['ty', 9],
  ['ti', 9],
  ['bn', 9],
  ['b', 9],
  ['millions', 6],
  ['million', 6],
  ['triệu', 6],
  ['trieu', 6],
  ['tr', 6],
  ['mn', 6],
  ['m', 6],
  ['thousands', 3],
  ['thousand', 3],
  ['nghìn', 3],
  ['ngàn', 3],
  ['nghin', 3],
  ['ngan', 3],
  ['k', 3],
  ['hundred', 2],
  ['trăm', 2],
  ['tram', 2],
];
const SCALE_EXPONENT = new Map(SCALE_WORDS);
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const SCALE_RE = new RegExp(
  `^ ?(${SCALE_WORDS.map(([w]) => w)
    .sort(byLengthDesc)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
const PERCENT_RE = /^ ?(?:%|phần trăm|phan tram|percent)(?![\p{L}\p{N}])/u;
/** Digits with `.`, `,` or a space before a group of exactly three digits (`1 234 567`). */
const NUMBER_RE = /^(?:\d+(?:(?:[.,]| (?=\d{3}(?!\d)))\d+)*|[.,]\d+)/;
const EXPONENT_RE = /^e([+-]?\d+)(?![\p{L}\p{N}])/u;
const PREFIX_RE = /^(?:\p{Sc}|usd|vnd|vnđ|eur)(?!\p{L}) ?/u;
/** Currency marks that settle the `1,200` tie whatever the workbook language: dollars are written the English way, dong the Vietnamese way. */
const EN_CURRENCY_RE = /\$|(?<!\p{L})usd(?!\p{L})/u;
const VI_CURRENCY_RE = /₫|(?<!\p{L})vn[dđ](?!\p{L})|đồng|\d ?đ(?!\p{L})/u;
/** What may follow the number: a unit or currency word (`42 khách hàng`, `5.000.000 ₫`, `/tháng`), never a digit. */
const TAIL_RE = /^[\p{L}\p{Sc}/][\p{L}\p{Sc} ./²³]*$/u;
/**
 * What may touch the last digit with no space between: a currency mark (`5.000.000đ`, `20$`) or a `/`
 * (`10tr/tháng`). Scale words and `%` are read before. Any other letter there is more likely a typo than
 * a unit (`4O` for 40, `12abc`), so the whole input is unreadable; a unit is written after a space.
 */
const GLUED_TAIL_RE = /^(?:\p{Sc}|vn[dđ]|usd|eur|đồng|đ(?!\p{L})|\/)/u;

type Term = { digits: string; exponent: number };

const normalize = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\u2212\u2013]/g, '-')
    .trim();

/**
 * Splits `1.234,5` into integer and fraction digits. A separator is a decimal mark when it is the
 * last one and differs from the others, or when it appears once and cannot be a thousands mark
 * (not followed by exactly three digits, or after `0`, nothing, or more than three digits). A single
 * `.` or `,` followed by three digits (`1.234`) is ambiguous: the workbook language breaks the tie
 * (vi: `.` groups thousands; en: `,` does). Thousands groups must be 3 digits after a first of 1-3.
 */
const splitDigits = (token: string, lang: Lang): { int: string; frac: string; grouped: boolean } | null => {
  const groups = token.split(/[., ]/);
  const seps = token.replace(/\d/g, '').split('');
  const last = seps[seps.length - 1];
  if (last === undefined) return { int: token, frac: '', grouped: false };
  const count = seps.filter((s) => s === last).length;
  let decimal = false;
  if (last !== ' ' && count === 1) {
    const x = groups[0] ?? '';
    const y = groups[1] ?? '';
    const decimalMark = lang === 'vi' ? ',' : '.';
    decimal = seps.length > 1 || y.length !== 3 || x === '' || x.length > 3 || x[0] === '0' || last === decimalMark;
  }
  const intGroups = decimal ? groups.slice(0, -1) : groups;
  const thousands = decimal ? seps.slice(0, -1) : seps;
  if (thousands.some((s) => s !== thousands[0])) return null;
  if (thousands.length > 0) {
    const [first, ...rest] = intGroups;
    if (!first || first.length > 3 || rest.some((g) => g.length !== 3)) return null;
  }
  return {
    int: intGroups.join(''),
    frac: decimal ? (groups[groups.length - 1] ?? '') : '',
    grouped: thousands.length > 0,
  };
};

/** Reads one `<number>[e<exp>][ scale words]` term at the start of `s`; scales in rising order multiply (`5 trăm triệu`). */
const readTerm = (s: string, lang: Lang): { term: Term; rest: string; scaled: boolean } | null => {
  const token = NUMBER_RE.exec(s)?.[0];
  if (token === undefined) return null;
  const digits = splitDigits(token, lang);
  if (!digits) return null;
  let rest = s.slice(token.length);
  let exponent = 0;
  const e = EXPONENT_RE.exec(rest);
  if (e) {
    if (digits.grouped) return null;
    exponent = Number(e[1]);
    rest = rest.slice(e[0].length);
  }
  let scale = 0;
  for (let m = SCALE_RE.exec(rest); m; m = SCALE_RE.exec(rest)) {
    const power = SCALE_EXPONENT.get(m[1] ?? '') ?? 0;
    if (power <= scale) break;
    exponent += power;
    scale = power;
    rest = rest.slice(m[0].length);
  }
  const percent = scale === 0 ? PERCENT_RE.exec(rest) : null;
  if (percent) {
    exponent -= 2;
    rest = rest.slice(percent[0].length);
  }
  return { term: { digits: `${digits.int || '0'}.${digits.frac || '0'}`, exponent }, rest, scaled: scale > 0 };
};

/** Reads `1 tỷ 200 triệu`: terms with scale words, each smaller than the one before. */
const readTerms = (s: string, lang: Lang): { terms: Term[]; rest: string } | null => {
  const first = readTerm(s, lang);
  if (!first) return null;
  const terms = [first.term];
  let { rest, scaled } = first;
  while (scaled && /^ [\d.,]/.test(rest)) {
    const next = readTerm(rest.slice(1), lang);
    const previous = terms[terms.length - 1];
    if (!next || !next.scaled || !previous) return null;
    const gap = previous.exponent - next.term.exponent;
    if (gap <= 0 || Number(next.term.digits) >= 10 ** gap) return null;
    terms.push(next.term);
    ({ rest, scaled } = next);
  }
  return { terms, rest };
};

/**
 * Reads a number as people type it: thousands and decimal marks of either language, scale words
 * (tỷ/tỉ/ty/ti/bn/b/billion, triệu/trieu/tr/m/mn/million, nghìn/ngàn/nghin/ngan/k/thousand,
 * trăm/hundred), percent as a fraction, currency marks and a trailing unit word, which are ignored.
 * A single `.` or `,` before three digits is ambiguous: a currency mark settles it (`$1,200` is
 * 1200, `1,200đ` is 1.2), else the workbook language does (vi `1.234` is 1234, en `1.234` is 1.234).
 * `(1,000)` is negative, as Sheets' accounting formats display it. Anything left over that is not a
 * unit word (`12-15`, `1.2.3`, `31/3`), and letters glued to the digits that are not a currency mark
 * (`4O`, `12abc`), make the whole input invalid: never half a number, never a silent zero. Blank is MISSING; Sheets error values (`#N/A`) are INVALID_NUMBER.
 * @example parseAmount('4,3 tỷ', 'vi') // { ok: true, value: 4300000000 }
 * @example parseAmount('1.234', 'en') // { ok: true, value: 1.234 }
 * @example parseAmount('chưa rõ', 'vi') // { ok: false, problem: { code: 'INVALID_NUMBER', input: 'chưa rõ' } }
 */
export const parseAmount = (input: unknown, lang: Lang): Parsed<number> => {
  if (typeof input === 'number') return Number.isFinite(input) ? ok(input) : fail('INVALID_NUMBER', String(input));
  if (isBlank(input)) return fail('MISSING', inputText(input).trim());
  if (typeof input !== 'string') return fail('INVALID_NUMBER', inputText(input));
  const typed = input.trim();
  let s = normalize(typed);
  const convention = EN_CURRENCY_RE.test(s) ? 'en' : VI_CURRENCY_RE.test(s) ? 'vi' : lang;
  const parens = /^\((.*)\)$/.exec(s);
  if (parens) s = (parens[1] ?? '').trim();
  const signs: string[] = [];
  const takeSign = (): void => {
    const m = /^([+-]) ?/.exec(s);
    if (m) {
      signs.push(m[1] ?? '');
      s = s.slice(m[0].length);
    }
  };
  takeSign();
  s = s.replace(PREFIX_RE, '');
  takeSign();
  const read = signs.length > 1 || (parens && signs.length > 0) ? null : readTerms(s, convention);
  const tail = read?.rest.trim() ?? '';
  const glued = read !== null && read.rest !== '' && !read.rest.startsWith(' ') && !GLUED_TAIL_RE.test(read.rest);
  if (!read || glued || (tail !== '' && (!TAIL_RE.test(tail) || SCALE_RE.test(tail)))) return fail('INVALID_NUMBER', typed);
  const negative = parens !== null || signs[0] === '-';
  const magnitude = read.terms.reduce((sum, t) => sum + Number(`${t.digits}e${t.exponent}`), 0);
  const value = negative ? -magnitude : magnitude;
  return Number.isFinite(value) ? ok(value) : fail('INVALID_NUMBER', typed);
};

/**
 * Writes a number the way the workbook language reads it back exactly (vi: `.` thousands and `,`
 * decimal; en: `,` thousands and `.` decimal), with JavaScript's shortest round-trip digits and no
 * scale words; very large or small magnitudes keep an exponent (`1e+21` becomes `1e21`).
 * @example formatAmount(4300000000.5, 'vi') // '4.300.000.000,5'
 * @example formatAmount(-1234.5, 'en') // '-1,234.5'
 */
export const formatAmount = (value: number, lang: Lang): string => {
  if (!Number.isFinite(value)) return String(value);
  const [decimalMark, thousandsMark] = lang === 'vi' ? [',', '.'] : ['.', ','];
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const [mantissa = '', exponent] = String(Math.abs(value)).split('e');
  const [int = '', frac] = mantissa.split('.');
  const grouped = exponent === undefined ? int.replace(/\B(?=(\d{3})+$)/g, thousandsMark) : int;
  return `${sign}${grouped}${frac ? decimalMark + frac : ''}${exponent ? `e${exponent.replace('+', '')}` : ''}`;
};
