// "Refresh summary & dashboard" and "Open in Looker Studio", through the bundle.
import { typeRows } from '../../src/local/cli';
import { KR_WEEKLY_COLUMNS, CHECKIN_RATE_COLUMNS } from '../../src/i18n/looker-columns';
import { ADMIN, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const WEEK4 = new Date('2026-10-26T03:00:00Z');

function company() {
  const rt = smallCompany();
  typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '10' }], SALES_REP);
  rt.env.setNow(WEEK4);
  typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '25' }], SALES_REP);
  return rt;
}

describe('summary', () => {
  test('KR weekly follows the column contract, one row per KR per week, missed weeks explicit', () => {
    const rt = company();
    rt.run('menuSummary');
    const [header, ...rows] = tabValues(rt, ['KR theo tuần']);
    expect(header).toEqual([...KR_WEEKLY_COLUMNS]);
    const col = (name: string) => header!.indexOf(name);
    const kr3 = rows.filter((r) => r[col('kr_id')] === 'KR3');
    expect(kr3.map((r) => (r[col('week_start')] as Date).toISOString())).toEqual([
      '2026-09-27T17:00:00.000Z',
      '2026-10-04T17:00:00.000Z',
      '2026-10-11T17:00:00.000Z',
      '2026-10-18T17:00:00.000Z',
      '2026-10-25T17:00:00.000Z',
    ]);
    expect(kr3.map((r) => [r[col('checked_in')], r[col('value')]])).toEqual([
      [false, 0],
      [true, 10],
      [false, 10],
      [false, 10],
      [true, 25],
    ]);
    for (const name of ['start_value', 'target_value', 'value', 'progress', 'expected_progress', 'score', 'days_since_checkin']) {
      expect(rows.every((r) => typeof r[col(name)] === 'number')).toBe(true);
    }
    expect(rows.every((r) => r[col('updated_at')] instanceof Date)).toBe(true);
    expect(tabValues(rt, ['Tỷ lệ cập nhật'])[0]).toEqual([...CHECKIN_RATE_COLUMNS]);
  });

  test('a title typed as a formula lands in the Looker tab as text', () => {
    const rt = company();
    rt.env.quiet(() => rt.book.getSheetByName('Kết quả then chốt')!.getRange(4, 3).setValue('\'=IMPORTXML("http://evil.example","//a")'));
    rt.run('menuSummary');
    const [header, ...rows] = tabValues(rt, ['KR theo tuần']);
    const titles = rows.filter((r) => r[header!.indexOf('kr_id')] === 'KR3').map((r) => r[header!.indexOf('key_result')]);
    expect(titles[0]).toBe('=IMPORTXML("http://evil.example","//a")');
    const sheet = rt.book.getSheetByName('KR theo tuần')!;
    expect(
      sheet
        .getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn())
        .getFormulas()
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  test('each Looker tab is written in one call, and the calls do not grow with rows', () => {
    const calls = (extra: number) => {
      const rt = company();
      typeRows(
        rt,
        'checkIns',
        Array.from({ length: extra }, (_, i) => ({ krId: `KR${(i % 4) + 1}`, value: String(i % 5) })),
        SALES_REP,
      );
      rt.env.resetCounters();
      rt.run('menuSummary');
      return { total: rt.env.totalCalls(), writes: rt.env.calls.get('Range.setValues') };
    };
    const small = calls(2);
    expect(calls(300)).toEqual(small);
    expect(small.writes).toBe(4); // KR weekly, Check-in rate, Dashboard, and the Log row
  });

  test('the Dashboard shows the headline figures and three charts, rebuilt without duplicates', () => {
    const rt = company();
    rt.run('menuSummary');
    rt.run('menuSummary');
    const dashboard = rt.book.getSheetByName('Tổng quan')!;
    expect(dashboard.getCharts()).toHaveLength(3);
    const values = tabValues(rt, ['Tổng quan']);
    expect(values[0]![0]).toBe('Tổng quan OKR · Công ty Thử nghiệm');
    expect(values.find((r) => r[0] === 'KR trong chu kỳ hiện tại')![1]).toBe(4);
  });

  test('Open in Looker Studio shows a Linking API link on both tabs of this spreadsheet', () => {
    const rt = company();
    rt.run('menuLooker', [], { user: ADMIN });
    const html = rt.ui.dialogs.at(-1)!.html;
    const id = rt.book.getId();
    expect(html).toContain('https://lookerstudio.google.com/reporting/create?');
    expect(html).toContain(`ds.ds0.spreadsheetId=${id}`);
    expect(html).toContain(`ds.ds1.worksheetId=${rt.book.getSheetByName('Tỷ lệ cập nhật')!.getSheetId()}`);
  });
});
