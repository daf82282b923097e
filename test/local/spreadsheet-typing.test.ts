/**
 * What a person types (LocalRuntime.type, the path onEdit tests use) is read in the spreadsheet's locale, as
 * Sheets reads it (https://support.google.com/docs/answer/58515; decimal-comma locales:
 * https://www.benlcollins.com/spreadsheets/sheets-location/); an apostrophe keeps text
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED).
 */
import { LocalRuntime } from '../../src/local/emulator/runtime';
import { bookSnapshot } from './spreadsheet-helpers';

function typed(locale: string, text: string): unknown {
  const rt = new LocalRuntime({ book: bookSnapshot(undefined, 'Asia/Ho_Chi_Minh', locale) }).load('');
  rt.type('Sheet1', 2, 3, [[text]]);
  return rt.env.quiet(() => rt.book.getSheetByName('Sheet1')?.getRange('C2').getValue());
}

test.each<[string, string, unknown]>([
  ['vi_VN', '1,5', 1.5],
  ['vi_VN', '1.234', 1234],
  ['vi_VN', '05/10/2026', new Date('2026-10-05T00:00:00+07:00')],
  ['vi_VN', '0,7', 0.7],
  ['vi_VN', '70%', 0.7],
  ['vi_VN', "'1,5", '1,5'],
  ['vi_VN', "'05/10/2026", '05/10/2026'],
  ['vi_VN', 'chưa rõ', 'chưa rõ'],
  ['en_US', '1,234', 1234],
  ['en_US', '10/05/2026', new Date('2026-10-05T00:00:00+07:00')],
  ['en_US', '0.7', 0.7],
  ['en_US', '1,5', '1,5'],
  ['en_US', "'1,234", '1,234'],
])('in %s, typing %j stores %j', (locale, text, value) => {
  expect(typed(locale, text)).toEqual(value);
});

test("typed cells are not counted as the program's writes: it is the person typing", () => {
  const rt = new LocalRuntime({ book: bookSnapshot() }).load('');
  rt.env.resetCounters();
  rt.type('Sheet1', 1, 1, [['1,5', '2']]);
  expect([rt.env.calls.get('Range.setValues'), rt.env.totalCells()]).toEqual([undefined, { read: 0, written: 0 }]);
});
