import fc from 'fast-check';
import { foldText, HEADER_CHARS, headerText } from '../../src/core/text';

describe('foldText', () => {
  test.each<[string, string]>([
    ['Ngày đến hạn', 'ngay den han'],
    ['ĐỘI NGŨ', 'doi ngu'],
    ['Tiếng Việt', 'tieng viet'],
    ['Mục tiêu  ', 'muc tieu'],
    ['  Key\u00a0\u00a0Result\t', 'key result'],
    ['Chệch hướng', 'chech huong'],
    ['Cam\u200bkết', 'camket'],
    ['\ufeffEmail', 'email'],
    ['Owner email', 'owner email'],
    ['', ''],
  ])('folds %p to %p', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  test('folds precomposed and decomposed Vietnamese the same', () => {
    const precomposed = 'Người phụ trách';
    expect(foldText(precomposed.normalize('NFD'))).toBe(foldText(precomposed.normalize('NFC')));
    expect(foldText(precomposed.normalize('NFD'))).toBe('nguoi phu trach');
  });

  test('is idempotent and leaves no upper case, accent or double space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
        expect(folded).not.toMatch(/\s\s|^\s|\s$|\p{M}|đ/u);
      }),
    );
  });
});

describe('headerText', () => {
  test.each<[string, string]>([
    ['Công ty A\r\nBcc: x@y.z', 'Công ty A Bcc: x@y.z'],
    ['Quý 4\nSubject: khác', 'Quý 4 Subject: khác'],
    ['\tKinh  doanh\u0000\u0007', 'Kinh doanh'],
    ['A\u2028B\u2029C', 'A B C'],
    ['A\u0085B\u007fC', 'A B C'],
    ['A\u202eB\u200bC', 'A B C'],
    ['Thu 🌸 👨‍👩‍👧', 'Thu 🌸 👨‍👩‍👧'],
    ['   ', ''],
  ])('makes %j header-safe as %j', (text, safe) => {
    expect(headerText(text)).toBe(safe);
  });

  test('caps the length with …, never splitting a surrogate pair', () => {
    expect(headerText('a'.repeat(500))).toBe(`${'a'.repeat(HEADER_CHARS - 1)}…`);
    expect(headerText(`${'a'.repeat(8)}😀😀`, 10)).toBe(`${'a'.repeat(8)}…`);
  });

  test('never leaves a line break in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(headerText(text)).not.toMatch(/[\r\n\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
      { numRuns: 2000 },
    );
  });
});
