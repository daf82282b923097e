// `okr-sheets check` and `okr-sheets lint`, in-process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/local/cli';
import { typeRows } from '../../src/local/workbook-typist';
import { writeXlsx } from '../../src/local/xlsx';
import { BUILD_DIR, smallCompany } from '../support/bundle';

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const status = await main(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: async () => stdin }, BUILD_DIR);
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'okr-check-'));

describe('check', () => {
  test('prints the score and findings as JSON, exit 0 without errors', async () => {
    const rt = smallCompany();
    const file = join(dir, 'clean.xlsx');
    await writeXlsx(rt.snapshot(), file);
    const { status, out } = await run(['check', file, '--json', '--today', '2026-10-05']);
    expect(status).toBe(0);
    const report = JSON.parse(out);
    expect(report.score).toBeGreaterThan(80);
    expect(report.findings.every((f: { severity: string }) => f.severity !== 'error')).toBe(true);
    expect(Object.keys(report.findings[0]).sort()).toEqual(['code', 'id', 'message', 'row', 'severity', 'tab']);
  });

  test('exits 1 when a finding is an error', async () => {
    const rt = smallCompany();
    typeRows(rt, 'keyResults', [{ krId: 'KR1', objectiveId: 'O1', keyResult: 'Tăng NPS từ 30 lên 50', kind: 'Increase', start: 30, target: 50 }]);
    const file = join(dir, 'duplicate.xlsx');
    await writeXlsx(rt.snapshot(), file);
    const { status, out } = await run(['check', file, '--json', '--today', '2026-10-05']);
    expect(status).toBe(1);
    expect(JSON.parse(out).findings).toContainEqual(expect.objectContaining({ code: 'DUPLICATE_ID', severity: 'error', tab: 'Kết quả then chốt', row: 6, id: 'KR1' }));
  });
});

describe('lint', () => {
  test('answers one JSON object per input line, in order', async () => {
    const { status, out } = await run(['lint', '--json'], 'Gửi email cho khách hàng\ngap go pho giam doc\nReduce churn from 3% to 2%\n');
    expect(status).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.codes.includes('KR_TASK_LIKE')])).toEqual([
      ['Gửi email cho khách hàng', true], ['gap go pho giam doc', true], ['Reduce churn from 3% to 2%', false],
    ]);
    expect(lines[0].suggestion).not.toBe('');
    expect(lines[2]).toEqual({ text: 'Reduce churn from 3% to 2%', codes: [], suggestion: '' });
  });
});
