// Folding of typed text so that headers and choices match whatever the case, accents or spacing.

/**
 * Lower-cases, removes Vietnamese (and other) diacritics, maps đ/Đ to d, drops invisible format
 * characters (zero-width space, BOM, soft hyphen: common in pasted text), collapses whitespace
 * (no-break spaces included) and trims. NFD first, so text typed in decomposed form folds the same.
 * @example foldText('  Ngày  Đến HẠN ') // 'ngay den han'
 */
export const foldText = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}|\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
