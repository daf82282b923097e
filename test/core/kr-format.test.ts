// How a % KR's values read: in text (formatKrValue) and as the number format of its row's cells (percentFormat).
import { formatKrValue, isPercentFormat, isPercentUnit, percentFormat } from '../../src/core/kr-format';

describe('percentFormat', () => {
  test.each<[(number | null)[], string]>([
    [[0.78, 0.9, 0.8], '0%'],
    [[0.2, 0.5, null], '0%'],
    [[0, 1, 0.07], '0%'],
    [[0.035, 0.02, null], '0.0%'],
    [[0.035, 0.0325, 0.03], '0.00%'],
    [[0.12345, 0.2], '0.00%'],
    [[null, null, null], '0%'],
    [[Number.NaN, 0.5], '0%'],
  ])('%p is shown with %s', (values, format) => {
    expect(percentFormat(values)).toBe(format);
  });

  test('the formats it gives are the ones it recognises; the column formats are not', () => {
    for (const values of [[0.5], [0.035], [0.0325]]) expect(isPercentFormat(percentFormat(values))).toBe(true);
    for (const format of ['#,##0.##', '0.00', '0.###############', '', '@']) expect(isPercentFormat(format)).toBe(false);
  });
});

describe('isPercentUnit and formatKrValue', () => {
  test('only % (spaces aside) is a percent unit', () => {
    expect(isPercentUnit('%')).toBe(true);
    expect(isPercentUnit(' % ')).toBe(true);
    for (const unit of ['', 'điểm', '% khách', 'percent']) expect(isPercentUnit(unit)).toBe(false);
  });

  test('writes percents in the workbook language', () => {
    expect(formatKrValue(0.785, '%', 'vi')).toBe('78,5%');
    expect(formatKrValue(0.035, '%', 'en')).toBe('3.5%');
    expect(formatKrValue(4.3e9, 'VND', 'vi')).toBe('4.300.000.000 VND');
  });
});
