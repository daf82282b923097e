// The CLI against bad input (issue 11 points 12 and 15): a file that is not a usable workbook is one line
// in plain words with exit status 3; a workbook without OKR tabs, status 4; a date that does not exist, a
// usage error (2); and the summary's CSV holds no cell a spreadsheet would run as a formula.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messages } from '../../src/i18n';
import { csvCell, main, typeRows, typeSetting } from '../../src/local/cli';
import { emptyBook } from '../../src/local/emulator';
import { writeXlsx, xlsxBuffer } from '../../src/local/xlsx';
import { SETTING_LABELS } from '../../src/i18n/tabs';
import { BUILD_DIR, bundleRuntime, smallCompany } from '../support/bundle';
import { BAD_FILES, BAD_TODAYS, CSV_CELLS, GOOD_TODAYS, type FileCase } from './cli-input-cases';
import { typedAsText } from './payloads';

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const status = await main(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: async () => stdin }, BUILD_DIR);
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'okr-cli-input-'));
const isRoot = process.getuid?.() === 0;

async function arrange(c: FileCase, good: Buffer): Promise<string> {
  const base = join(dir, c.name.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(base, { recursive: true });
  const path = join(base, c.file);
  if ('bytes' in c.make) writeFileSync(path, c.make.bytes(good));
  else if (c.make.arrange === 'folder') mkdirSync(path, { recursive: true });
  else if (c.make.arrange === 'throughAFile') writeFileSync(join(base, 'plain.txt'), 'x');
  else if (c.make.arrange === 'unreadable') {
    writeFileSync(path, good);
    chmodSync(path, 0o000);
  }
  return path;
}

const COMMANDS: readonly (readonly [string, readonly string[]])[] = [
  ['check', ['--today', '2026-10-05']],
  ['summary', ['--out', join(dir, 'csv-out')]],
  ['remind', ['--today', '2026-10-05']],
];

describe('a file that is not a usable workbook', () => {
  let good: Buffer;
  beforeAll(async () => {
    good = (await xlsxBuffer(smallCompany().snapshot())).buffer;
  });

  const unreadable = (c: FileCase) => 'arrange' in c.make && c.make.arrange === 'unreadable';
  const rows = BAD_FILES.filter((c) => !(isRoot && unreadable(c))).flatMap((c) =>
    COMMANDS.flatMap(([command, options]) => (['en', 'vi'] as const).map((lang) => ({ ...c, command, options, lang }))),
  );
  test.each(rows.map((r) => [r.name, r.command, r.lang, r] as const))('%s: %s says so in one line (%s), exit 3', async (_name, command, lang, r) => {
    const path = await arrange(r, good);
    const { status, out, err } = await run([command, path, ...r.options, ...(lang === 'vi' ? ['--lang', 'vi'] : [])]);
    expect({ status, out, err }).toEqual({ status: 3, out: '', err: `okr-sheets: ${messages(lang).cli.file[r.problem](path)}\n` });
  });

  // Root reads a file whatever its mode: there the permission case is left out of the table, and this says so.
  (isRoot ? test.skip : test)('a file without read permission is among the cases run', () => {
    expect(rows.some(unreadable)).toBe(true);
  });

  test('the good file the damaged ones are cut from reads', async () => {
    const path = join(dir, 'good.xlsx');
    writeFileSync(path, good);
    const { status, err } = await run(['check', path, '--today', '2026-10-05']);
    expect(err).toBe('');
    expect([0, 1]).toContain(status);
  });
});

describe('a spreadsheet without OKR tabs', () => {
  test.each([
    ['en_US', 'Sheet1', []],
    [
      'en_US',
      'Budget',
      [
        ['Item', 'Cost'],
        ['Laptop', 1200],
      ],
    ],
    [
      'vi_VN',
      'Ngân sách',
      [
        ['Khoản', 'Chi phí'],
        ['Máy tính', 25000000],
      ],
    ],
    ['vi_VN', 'Findings', [['Severity', 'Code']]],
  ] as const)('%s with only “%s”: every command says it is no OKR workbook, exit 4', async (locale, tab, values) => {
    const book = emptyBook('Not OKR', locale, 'Asia/Ho_Chi_Minh');
    const path = join(dir, `not-okr-${tab}.xlsx`);
    await writeXlsx({ ...book, sheets: [{ ...book.sheets[0]!, name: tab, values: values.map((r) => [...r]) }] }, path);
    const lang = locale === 'vi_VN' ? 'vi' : 'en';
    for (const [command, options] of COMMANDS) {
      const result = await run([command, path, ...options]);
      expect(result).toEqual({ status: 4, out: '', err: `okr-sheets: ${messages(lang).cli.noOkrTabs(path)}\n` });
    }
  });
});

describe('--today', () => {
  test.each(BAD_TODAYS)('“%s” is refused as a usage error, not rolled over', async (today) => {
    for (const args of [
      ['lint', '--today', today],
      ['check', join(dir, 'any.xlsx'), '--today', today],
    ]) {
      const { status, out, err } = await run(args);
      expect({ status, out, err }).toEqual({ status: 2, out: '', err: `okr-sheets: ${messages('en').cli.badToday(today)}\n` });
    }
  });

  test('the refusal is worded in --lang', async () => {
    expect((await run(['lint', '--today', '2026-02-31', '--lang', 'vi'])).err).toBe(`okr-sheets: ${messages('vi').cli.badToday('2026-02-31')}\n`);
  });

  test.each(GOOD_TODAYS)('%s is a day', async (today) => {
    expect((await run(['lint', '--today', today], 'Đạt 40 hợp đồng\n')).status).toBe(0);
  });
});

describe('remind on a workbook with nobody to remind', () => {
  test('the template names no admin: nothing would be sent, and why', async () => {
    const path = join(dir, 'template.xlsx');
    expect((await run(['template', '--out', path])).status).toBe(0);
    const { status, out, err } = await run(['remind', path, '--today', '2026-10-05']);
    expect({ status, out, err }).toEqual({ status: 0, out: `${messages('vi').cli.noAdmin('2026-10-05')}\n`, err: '' });
  });

  test.each([
    ['vi', 'an admin and no people', false, 'noPeople'],
    ['en', 'an admin and no people', false, 'noPeople'],
    ['vi', 'people and no cycle', true, 'nothingDue'],
    ['en', 'people and no cycle', true, 'nothingDue'],
  ] as const)('a workbook in %s with %s: nothing would be sent, and why', async (lang, _name, people, reason) => {
    const rt = bundleRuntime({ lang });
    rt.run('menuSetup');
    typeSetting(rt, SETTING_LABELS.companyName, 'Công ty Trống');
    if (people)
      typeRows(rt, 'people', [
        { email: 'ceo@example.vn', name: 'Minh', language: lang },
        { email: 'lan@example.vn', name: 'Lan', language: lang },
      ]);
    const path = join(dir, `nobody-${lang}-${reason}.xlsx`);
    await writeXlsx(rt.snapshot(), path);
    const { status, out, err } = await run(['remind', path, '--today', '2026-10-05']);
    expect({ status, out, err }).toEqual({ status: 0, out: `${messages(lang).cli[reason]('2026-10-05')}\n`, err: '' });
  });
});

describe('the summary’s CSV (OWASP CSV injection)', () => {
  test.each(CSV_CELLS)('%j is written as %s', (value, field) => {
    expect(csvCell(value, 'Asia/Ho_Chi_Minh')).toBe(field);
  });

  test('dates are days, or ISO instants', () => {
    expect(csvCell(new Date('2026-09-27T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-09-28');
    expect(csvCell(new Date('2026-09-28T02:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-09-28T02:30:00.000Z');
  });

  /** The fields of a CSV line by RFC 4180. */
  const fields = (line: string): string[] => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!);

  test('kr_weekly.csv and checkin_rate.csv carry typed formulas as neutral text, numbers as numbers', async () => {
    const rt = smallCompany();
    const payloads = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-1+1', '@SUM(1)'];
    typeRows(
      rt,
      'teams',
      payloads.map((p, i) => ({ teamId: `T${i}`, name: typedAsText(p), parentTeamId: 'KD' })),
    );
    typeRows(
      rt,
      'objectives',
      payloads.map((p, i) => ({
        objectiveId: `OX${i}`,
        cycleId: 'Q4',
        level: 'Team',
        teamId: `T${i}`,
        objective: typedAsText(p),
        parentObjectiveId: 'O2',
        type: 'Committed',
        status: 'Active',
      })),
    );
    typeRows(
      rt,
      'keyResults',
      payloads.map((p, i) => ({
        krId: `KX${i}`,
        objectiveId: `OX${i}`,
        keyResult: typedAsText(p),
        teamId: `T${i}`,
        kind: 'Decrease',
        start: 10,
        target: 0,
        weight: 1,
      })),
    );
    const path = join(dir, 'formulas.xlsx');
    await writeXlsx(rt.snapshot(), path);
    const out = join(dir, 'formulas-csv');
    const result = await run(['summary', path, '--out', out, '--today', '2026-10-12']);
    expect(result.err).toBe('');
    const cells = ['kr_weekly.csv', 'checkin_rate.csv'].flatMap((name) =>
      readFileSync(join(out, name), 'utf8')
        .split('\r\n')
        .filter((l) => l !== '')
        .flatMap(fields),
    );
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    for (const p of payloads) expect(cells).toContain(`"'${p.replace(/"/g, '""')}"`);
    expect(cells.some((c) => /^-?\d+(\.\d+)?$/.test(c))).toBe(true);
  });
});
