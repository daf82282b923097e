// writeArchiveLink: the archive's URL in its cycle's row of Cycles, the Archive column added when the tab lacks it.
import { writeArchiveLink } from '../../src/sheet/archive-book';
import { readTable } from '../../src/sheet/table';
import { bookWith, valuesOf } from './book';

const URL = 'https://docs.google.com/spreadsheets/d/archive-q3';

test('a Cycles tab without the Archive column gets it, headed in the workbook language, and the URL in the cycle’s row', () => {
  const { rt, book } = bookWith(
    {
      'Chu kỳ': [
        ['Mã chu kỳ', 'Tên'],
        ['Q3', 'Quý 3'],
        ['Q4', 'Quý 4'],
      ],
    },
    'vi_VN',
  );
  writeArchiveLink(readTable(book, 'cycles')!, 'Q3', URL, 'vi');
  expect(valuesOf(rt, 'Chu kỳ')).toEqual([
    ['Mã chu kỳ', 'Tên', 'Lưu trữ'],
    ['Q3', 'Quý 3', URL],
    ['Q4', 'Quý 4', ''],
  ]);
});

test('a tab whose grid is full is widened by one column', () => {
  const { rt, book } = bookWith({ Cycles: [['Cycle ID'], [' Q3 ']] });
  const sheet = book.getSheetByName('Cycles')!;
  sheet.deleteColumns(2, sheet.getMaxColumns() - 1);
  writeArchiveLink(readTable(book, 'cycles')!, 'Q3', URL, 'en');
  expect(valuesOf(rt, 'Cycles')).toEqual([
    ['Cycle ID', 'Archive'],
    [' Q3 ', URL],
  ]);
});

test('the URL already there is not written again; a cycle no row holds changes nothing', () => {
  const { rt, book } = bookWith({
    Cycles: [
      ['Cycle ID', 'Archive'],
      ['Q3', URL],
    ],
  });
  const before = rt.env.calls.get('Range.setValue') ?? 0;
  writeArchiveLink(readTable(book, 'cycles')!, 'Q3', URL, 'en');
  writeArchiveLink(readTable(book, 'cycles')!, 'Q9', URL, 'en');
  expect(rt.env.calls.get('Range.setValue') ?? 0).toBe(before);
  expect(valuesOf(rt, 'Cycles')).toEqual([
    ['Cycle ID', 'Archive'],
    ['Q3', URL],
  ]);
});
