import fc from 'fast-check';
import { foldText } from '../../src/core/text';

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
        expect(folded).not.toMatch(/\s\s|^\s|\s$|[\u0300-\u036f]|đ/u);
      }),
    );
  });
});
