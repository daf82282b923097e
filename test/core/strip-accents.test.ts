// stripAccents: the one accent removal of core (foldText folds on top of it), keeping case and spacing.
import fc from 'fast-check';
import { foldText, stripAccents } from '../../src/core/text';

describe('stripAccents', () => {
  test.each([
    ['Tăng doanh thu Đà Nẵng', 'Tang doanh thu Da Nang'],
    ['ĐẠT  100% KPI', 'DAT  100% KPI'],
    ['Người phụ trách', 'Nguoi phu trach'],
    ['Người phụ trách'.normalize('NFD'), 'Nguoi phu trach'],
    ['  already plain ', '  already plain '],
    ['Café naïve', 'Cafe naive'],
    ['', ''],
  ])('%j → %j', (text, plain) => {
    expect(stripAccents(text)).toBe(plain);
  });

  test('leaves no combining mark, is idempotent, and folds the same as the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aAăÂđĐeÊoƠuƯ \u0300\u0301\u0303\u0309\u0323\u200b\u00a0xX') }), (text) => {
        const plain = stripAccents(text);
        expect(plain).not.toMatch(/\p{M}/u);
        expect(stripAccents(plain)).toBe(plain);
        expect(foldText(plain)).toBe(foldText(text));
      }),
    );
  });

  test('keeps case and spacing, unlike foldText', () => {
    expect(stripAccents(' Mục  Tiêu ')).toBe(' Muc  Tieu ');
    expect(foldText(' Mục  Tiêu ')).toBe('muc tieu');
  });
});
