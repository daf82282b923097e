// Folding of typed text so that headers and choices match whatever the case, accents or spacing.

/**
 * Removes Vietnamese (and other) diacritics, every combining mark once in NFD, and maps đ/Đ to d/D,
 * keeping case and spacing: text to show without accents, e.g. a suggestion to someone who types none.
 * @example stripAccents('Tăng doanh thu Đà Nẵng') // 'Tang doanh thu Da Nang'
 */
export const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/**
 * Lower-cases, removes diacritics (stripAccents), drops invisible format characters (zero-width
 * space, BOM, soft hyphen: common in pasted text), collapses whitespace (no-break spaces included)
 * and trims. NFD first, so text typed in decomposed form folds the same.
 * @example foldText('  Ngày  Đến HẠN ') // 'ngay den han'
 */
export const foldText = (s: string): string =>
  stripAccents(s)
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Characters a mail header may hold at most here: a Subject or From name longer than this is cut with `…`. */
export const HEADER_CHARS = 200;

/**
 * Text safe for a mail header (Subject, From name): line breaks, tabs and every other control or
 * separator character (C0, DEL, C1, U+2028/U+2029, invisible format characters but the zero-width
 * joiner) become one space, runs
 * of whitespace collapse, the ends are trimmed, and the result is cut to `max` characters with `…`,
 * never splitting a surrogate pair. A CR/LF from a company, team or cycle name must not start a new
 * header line (header injection: https://owasp.org/www-community/attacks/Email_Injection).
 * @example headerText('Công ty A\r\nBcc: x@y.z') // 'Công ty A Bcc: x@y.z'
 */
export const headerText = (text: string, max: number = HEADER_CHARS): string => {
  // The zero-width joiner stays: it holds emoji sequences together and cannot break a header.
  const line = text.replace(/(?:[\p{Cc}\p{Zl}\p{Zp}\s]|(?!\u200d)\p{Cf})+/gu, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`.trimEnd();
};
