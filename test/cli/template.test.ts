// `okr-sheets template` writes the empty workbook; read back with ExcelJS, it has its tabs, headers and validations.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/local/cli/main';
import { BUILD_DIR } from '../support/bundle';
import { SCHEMA } from '../../src/sheet/schema';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const status = await main(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: async () => '' }, BUILD_DIR);
  return { status, out, err };
}

test.each([
  ['vi', 'Kết quả then chốt', 'Mã KR', ['Tăng', 'Giảm', 'Duy trì', 'Cột mốc']],
  ['en', 'Key Results', 'KR ID', ['Increase', 'Decrease', 'Maintain', 'Milestone']],
])('template --lang %s has every tab, localized headers and dropdowns', async (lang, krTab, firstHeader, kinds) => {
  const file = join(mkdtempSync(join(tmpdir(), 'okr-')), 'template.xlsx');
  const { status, out } = await run(['template', '--out', file, '--lang', lang]);
  expect(status).toBe(0);
  expect(out).toContain(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect(book.worksheets.map((w) => w.name)).toHaveLength(SCHEMA.length);
  expect(book.worksheets.map((w) => w.name)).not.toContain('Sheet1');
  const krs = book.getWorksheet(krTab)!;
  expect(krs.getCell('A1').value).toBe(firstHeader);
  expect(krs.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const kind = krs.getCell('F2').dataValidation;
  expect(kind.type).toBe('list');
  expect(kind.formulae[0]).toBe(`"${kinds.join(',')}"`);
  expect(krs.getCell('L500').numFmt).toBe('0%');
});

test('template refuses an unknown language', async () => {
  const { status, err } = await run(['template', '--out', '/tmp/x.xlsx', '--lang', 'fr']);
  expect(status).toBe(2);
  expect(err).toContain('usage');
});
