// `okr-sheets demo` and `okr-sheets remind`, in-process.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, readWorkbookFile } from '../../src/local/cli/main';
import { BUILD_DIR } from '../support/bundle';
import { CHECKIN_RATE_COLUMNS, KR_WEEKLY_COLUMNS } from '../../src/i18n/looker-columns';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const status = await main(args, { out: (t) => (out += t), err: (t) => (err += t), stdin: async () => '' }, BUILD_DIR);
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'okr-demo-'));

describe('demo', () => {
  let demo: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    demo = await run(['demo', '--out', dir, '--today', '2026-11-27']);
  });

  test('lives through the weeks of the cycle and reports the reminders', () => {
    expect(demo.status).toBe(0);
    expect(demo.out).toMatch(/8 weeks lived through up to 2026-11-27/);
    expect(demo.out).toMatch(/reminders: \d+ sections sent \(.*overdue \d+.*\); \d+ escalated to a lead; \d+ skipped as already sent; 0 failed runs/);
    expect(readdirSync(join(dir, 'outbox')).length).toBeGreaterThan(50);
    expect(demo.out).toMatch(/reminder mails per person per week: max [12], median [\d.]+; 0 sent outside the cycle, 0 for a finished KR\n/);
    // The report printed is the report kept in out/report.txt.
    expect(demo.out).toContain(readFileSync(join(dir, 'report.txt'), 'utf8').trim());
  });

  test('saves a workbook whose KRs show computed progress and status in Vietnamese', async () => {
    const book = await readWorkbookFile(join(dir, 'okr-demo.xlsx'));
    expect(book.timeZone).toBe('Asia/Ho_Chi_Minh');
    const krs = book.sheets.find((s) => s.name === 'Kết quả then chốt')!;
    const header = krs.values[0]!;
    const kr3 = krs.values.find((r) => r[0] === 'KR3')!;
    expect(kr3[header.indexOf('Hiện tại')]).toBeGreaterThan(4.3e9);
    expect(kr3[header.indexOf('Tiến độ')]).toBeGreaterThan(0.3);
    expect(['Đúng tiến độ', 'Có rủi ro', 'Chệch hướng']).toContain(kr3[header.indexOf('Trạng thái')]);
    const kr11 = krs.values.find((r) => r[0] === 'KR11')!;
    expect(kr11[header.indexOf('Trạng thái')]).toBe('Lâu chưa cập nhật');
    // No empty default tab: the file opens on the workbook's own first tab.
    expect(book.sheets.map((s) => s.name)).not.toContain('Sheet1');
    expect(book.sheets[0]!.name).toBe('Cài đặt');
  });

  test('every reminder mail carries the check-in button of the deployed page', () => {
    // An .eml's subject is in encoded words and its parts in base64: both decoded, as a mail client does.
    const words = (header: string) => header.replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
    const mails = readdirSync(join(dir, 'outbox'))
      .map((f) => readFileSync(join(dir, 'outbox', f), 'utf8'))
      .map((eml) => {
        const [head = '', ...parts] = eml.split(/\r?\n--okr-sheets-\d+/);
        const subject = words(/^Subject: (.*)$/m.exec(head)?.[1] ?? '');
        const bodies = parts.map((part) => Buffer.from((part.split(/\r?\n\r?\n/)[1] ?? '').replace(/\s/g, ''), 'base64').toString('utf8'));
        return { subject, body: bodies.join('\n') };
      });
    const reminders = mails.filter((m) => !/review|đánh giá/i.test(m.subject));
    expect(reminders.length).toBeGreaterThan(50);
    expect(reminders.filter((m) => m.body.includes('https://script.google.com/macros/s/okr-sheets-demo/exec'))).toHaveLength(reminders.length);
  });

  test('summary writes the two Looker tabs as CSV with the same columns', async () => {
    const out = join(dir, 'summary');
    const result = await run(['summary', join(dir, 'okr-demo.xlsx'), '--out', out, '--today', '2026-11-27']);
    expect(result.status).toBe(0);
    const krWeekly = readFileSync(join(out, 'kr_weekly.csv'), 'utf8').split('\r\n');
    expect(krWeekly[0]).toBe(KR_WEEKLY_COLUMNS.join(','));
    expect(krWeekly[1]).toMatch(/^Q4-2026,2026-09-28,O1,/);
    expect(readFileSync(join(out, 'checkin_rate.csv'), 'utf8').split('\r\n')[0]).toBe(CHECKIN_RATE_COLUMNS.join(','));
  });

  test('by default lives through the whole quarter, then closes it: Reviews, the next cycle, a Brief', async () => {
    const full = join(dir, 'full');
    const result = await run(['demo', '--out', full]);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/13 weeks lived through up to 2027-01-04/);
    expect(result.out).toMatch(/close: Đã đóng chu kỳ Quý 4\/2026: chấm điểm 11 KR/);
    expect(result.out).toMatch(/Sáng kiến: 1 đổi ưu tiên/);
    const book = await readWorkbookFile(join(full, 'okr-demo.xlsx'));
    const tab = (name: string) => book.sheets.find((s) => s.name === name)!.values;
    expect(tab('Đánh giá chu kỳ')).toHaveLength(12);
    expect(tab('Họp tuần').length).toBeGreaterThan(10);
    expect(tab('Chu kỳ').map((r) => [r[0], r[4]])).toContainEqual(['2027-Q1', 'Đang diễn ra']);

    // Then `archive` moves the closed quarter out: its own file holds it, the workbook keeps the next cycle.
    const archived = join(dir, 'archived');
    const archive = await run(['archive', join(full, 'okr-demo.xlsx'), '--out', archived, '--today', '2027-01-05']);
    expect(archive.status).toBe(0);
    // The demo's workbook has the quarter before it closed too: one archive each.
    const written = readdirSync(archived).sort();
    expect(written).toEqual([
      'Công ty CP Giải pháp An Phát OKR — Quý 3-2026 (lưu trữ).xlsx',
      'Công ty CP Giải pháp An Phát OKR — Quý 4-2026 (lưu trữ).xlsx',
      'okr-demo.xlsx',
    ]);
    const after = await readWorkbookFile(join(archived, 'okr-demo.xlsx'));
    const archives = await Promise.all(written.slice(0, 2).map((f) => readWorkbookFile(join(archived, f))));
    const rows = (b: typeof after, name: string) => b.sheets.find((s) => s.name === name)?.values ?? [];
    const checkIns = rows(book, 'Cập nhật tiến độ').length - 1;
    expect(checkIns).toBeGreaterThan(50);
    expect(archives.reduce((sum, a) => sum + rows(a, 'Cập nhật tiến độ').length - 1, 0)).toBe(checkIns);
    expect(rows(archives[1]!, 'KR theo tuần').length).toBeGreaterThan(11 * 13);
    expect(rows(after, 'Cập nhật tiến độ')).toHaveLength(1);
    expect(rows(after, 'Đánh giá chu kỳ')).toHaveLength(12);
    expect(rows(after, 'Chu kỳ').find((r) => r[0] === 'Q4-2026' || String(r[4]) === 'Đã đóng')?.[5]).toMatch(/^https:\/\//);
    expect(archive.out).toContain(join(archived, 'okr-demo.xlsx'));
    // Q4 does not fit in the menu's minute: one-off runs finish it, as they would in Apps Script.
    expect(archive.out).toMatch(/^Đã lưu trữ Quý 3\/2026\. Việc lưu trữ Quý 4\/2026 tiếp tục chạy nền/);
    expect(archive.out).toMatch(/\n\d+ lượt chạy nền của Lưu trữ các chu kỳ đã đóng đã làm xong\./);
  });

  test('remind tells what the daily trigger would send on a given day, as .eml files', async () => {
    const outbox = join(dir, 'remind-outbox');
    const result = await run(['remind', join(dir, 'okr-demo.xlsx'), '--today', '2026-11-30', '--outbox', outbox]);
    expect(result.status).toBe(0);
    const files = readdirSync(outbox);
    expect(files.length).toBeGreaterThan(0);
    expect(result.out).toMatch(new RegExp(`\n${files.length} e-mail gửi từ minh.nguyen@anphat.vn, đã ghi vào ${outbox}\n$`));
    const eml = readFileSync(join(outbox, files[0]!), 'utf8');
    expect(eml).toMatch(/^From: .*\r\nTo: .*@anphat.vn\r\nSubject: =\?UTF-8\?B\?/);
    expect(eml).toContain('Content-Type: multipart/alternative');
  });
});
