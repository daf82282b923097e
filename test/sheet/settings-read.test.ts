// readSettings: the Settings tab over the spreadsheet's own locale and time zone, whatever shape the tab is in.
import { readSettings } from '../../src/sheet/settings-read';
import { bookWith } from './book';

test('no Settings tab: the defaults, in the spreadsheet’s language and time zone', () => {
  const { settings, problems } = readSettings(bookWith({ Sheet1: [] }, 'vi_VN').book);
  expect(settings).toMatchObject({ language: 'vi', timeZone: 'Asia/Ho_Chi_Minh', reminderHour: 9 });
  expect(problems).toEqual([]);
  expect(readSettings(bookWith({ Sheet1: [] }, 'en_GB').book).settings.language).toBe('en');
});

test('rows are read by label in either language, blank rows between them skipped; problems name their sheet row', () => {
  const { settings, problems } = readSettings(
    bookWith({
      'Cài đặt': [
        ['Khóa', 'Giá trị'],
        ['companyName', 'Acme'],
        ['', ''],
        ['reminderHour', 'noon'],
      ],
    }).book,
  );
  expect(settings.companyName).toBe('Acme');
  expect(settings.reminderHour).toBe(9);
  expect(problems.filter((p) => p.row > 0)).toEqual([expect.objectContaining({ row: 4, key: 'reminderHour' })]);
  // A setting without its row is reported too, as row 0, and the typed ones are not.
  const missing = problems.filter((p) => p.row === 0).map((p) => p.key);
  expect(missing).toContain('language');
  expect(missing).not.toContain('companyName');
  expect(missing).not.toContain('reminderHour');
});

test.each([
  [
    'no Value column',
    [
      ['Key', 'Description'],
      ['companyName', 'Acme'],
    ],
  ],
  ['no Key column', [['Value'], ['Acme']]],
  ['an empty tab', []],
])('%s: the defaults and no problem', (_, rows) => {
  const { settings, problems } = readSettings(bookWith({ Settings: rows }).book);
  expect(settings.companyName).toBe('');
  expect(problems).toEqual([]);
});
