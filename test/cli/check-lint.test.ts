// `okr-sheets check` (the bundle's own check, read back from the Findings tab) and `okr-sheets lint`, in-process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/local/cli/main';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows } from '../../src/local/cli/workbook-typist';
import { writeXlsx } from '../../src/local/xlsx';
import { BUILD_DIR, MONDAY, smallCompany } from '../support/bundle';

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const status = await main(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: async () => stdin }, BUILD_DIR);
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'okr-check-'));
let saved = 0;
async function save(rt: LocalRuntime): Promise<string> {
  const file = join(dir, `book-${++saved}.xlsx`);
  await writeXlsx(rt.snapshot(), file);
  return file;
}

/** The score the menu's own alert shows for the same workbook on the same day. */
function menuScore(rt: LocalRuntime): number {
  rt.run('menuCheck');
  const match = /(\d+)\/100/.exec(rt.ui.alerts.at(-1)!.prompt);
  return Number(match![1]);
}

const plants: Record<string, (rt: LocalRuntime) => void> = {
  clean: () => undefined,
  duplicate: (rt) =>
    typeRows(rt, 'keyResults', [{ krId: 'KR1', objectiveId: 'O1', keyResult: 'Tăng NPS từ 30 lên 50', kind: 'Increase', start: 30, target: 50 }]),
  orphan: (rt) => {
    typeRows(rt, 'objectives', [
      { objectiveId: 'O9', cycleId: 'Q4', level: 'Team', teamId: 'KD', objective: 'Mục tiêu lạc', type: 'Committed', status: 'Active' },
    ]);
    typeRows(rt, 'keyResults', [
      { krId: 'KR9', objectiveId: 'O9', keyResult: 'Gửi email cho khách hàng', teamId: 'KD', kind: 'Milestone', start: 0, target: 1 },
    ]);
  },
  unreadable: (rt) =>
    typeRows(rt, 'keyResults', [
      { krId: 'KR10', objectiveId: 'O2', keyResult: 'Đạt doanh thu', teamId: 'KD', kind: 'Increase', start: 'chưa rõ', target: 'chưa rõ' },
    ]),
  // An export knows nothing of which tabs are the program's: a tab named Findings that holds a person's rows is theirs.
  'a person’s rows in a tab named Findings': (rt) => {
    const mine = rt.book.getSheetByName('Phát hiện') ?? rt.book.insertSheet('Phát hiện');
    mine.clearContents();
    mine.getRange(1, 1, 2, 2).setValues([
      ['Ghi chú của tôi', ''],
      ['Lỗi', 'không phải của chương trình'],
    ]);
  },
};

describe('check', () => {
  test.each(Object.keys(plants))('%s: the score, the exit status and the findings are those of the bundle’s own check', async (name) => {
    const rt = smallCompany();
    plants[name]!(rt);
    const file = await save(rt);
    const { status, out, err } = await run(['check', file, '--json', '--today', '2026-10-05']);
    const report = JSON.parse(out);
    expect(err).toBe('');
    expect(report.score).toBe(menuScore(rt));
    expect(status).toBe(report.findings.some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
    expect(report.findings.map((f: { message: string }) => f.message)).not.toContain('không phải của chương trình');
    for (const f of report.findings) expect(Object.keys(f).sort()).toEqual(['code', 'id', 'message', 'row', 'severity', 'tab']);
  });

  test('an error finding names its tab and row in the workbook’s language, exit 1', async () => {
    const rt = smallCompany();
    plants.duplicate!(rt);
    const { status, out } = await run(['check', await save(rt), '--json', '--today', '2026-10-05']);
    expect(status).toBe(1);
    expect(JSON.parse(out).findings).toContainEqual(
      expect.objectContaining({ code: 'DUPLICATE_ID', severity: 'error', tab: 'Kết quả then chốt', row: 6, id: 'KR1' }),
    );
  });

  test.each([
    ['vi', /^\d+\/100 · \d+ phát hiện$/, /^(Lỗi|Cảnh báo|Thông tin)\t[A-Z_]+\t/],
    ['en', /^\d+\/100 · \d+ finding\(s\)$/, /^(Error|Warning|Info)\t[A-Z_]+\t/],
  ] as const)('in a workbook in %s, the first line and each finding are in its language', async (lang, headline, line) => {
    const rt = smallCompany({ lang, now: MONDAY });
    plants.orphan!(rt);
    const { out } = await run(['check', await save(rt), '--today', '2026-10-05']);
    const [first, ...rest] = out.trimEnd().split('\n');
    expect(first).toMatch(headline);
    expect(rest.length).toBe(Number(/· (\d+)/.exec(first!)![1]));
    for (const row of rest) expect(row).toMatch(line);
  });
});

describe('lint', () => {
  test('answers one JSON object per input line, in order', async () => {
    const { status, out } = await run(['lint', '--json'], 'Gửi email cho khách hàng\ngap go pho giam doc\nReduce churn from 3% to 2%\n');
    expect(status).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.codes.includes('KR_TASK_LIKE')])).toEqual([
      ['Gửi email cho khách hàng', true],
      ['gap go pho giam doc', true],
      ['Reduce churn from 3% to 2%', false],
    ]);
    expect(lines[0].suggestion).not.toBe('');
    expect(lines[2]).toEqual({ text: 'Reduce churn from 3% to 2%', codes: [], suggestion: '' });
  });

  test.each([
    ['a blank line', '', [], ''],
    ['spaces', '   ', [], ''],
    ['a tab', '\t', [], ''],
    [
      'a Vietnamese task',
      'Gửi email cho khách hàng',
      ['--lang', 'vi'],
      'KR_TASK_LIKE (mô tả một việc cần làm, không phải một kết quả), KR_NOT_MEASURABLE (không có con số nào để đo)\tGửi email cho khách hàng\t→ ',
    ],
    ['a Vietnamese task, words in the line’s language', 'Gửi email cho khách hàng', [], 'KR_TASK_LIKE (mô tả một việc cần làm'],
    [
      'a Vietnamese task, words in English',
      'Gửi email cho khách hàng',
      ['--lang', 'en'],
      'KR_TASK_LIKE (describes a task, not a result), KR_NOT_MEASURABLE (has no figure to measure)\t',
    ],
    ['an English task', 'Write the onboarding guide', [], 'KR_TASK_LIKE (describes a task, not a result)'],
    ['a result, English', 'Reduce churn from 3% to 2%', [], 'ok\tReduce churn from 3% to 2%'],
    ['a result, Vietnamese', 'Tăng doanh thu từ 4,3 tỷ lên 5,6 tỷ', ['--lang', 'vi'], 'đạt\tTăng doanh thu từ 4,3 tỷ lên 5,6 tỷ'],
  ])('%s gives its one line of result', async (_name, input, args, expected) => {
    const { status, out } = await run(['lint', ...args], `first line\n${input}\nReduce churn from 3% to 2%\n`);
    expect(status).toBe(0);
    const lines = out.split('\n');
    expect(lines).toHaveLength(4);
    if (expected === '') expect(lines[1]).toBe('');
    else expect(lines[1]!.startsWith(expected)).toBe(true);
  });

  test('a blank line has no codes in JSON either', async () => {
    const { out } = await run(['lint', '--json'], 'Đạt 40 hợp đồng\n\n  \n');
    expect(
      out
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { text: '', codes: [], suggestion: '' },
      { text: '  ', codes: [], suggestion: '' },
    ]);
  });
});
