import { buildLookerUrl } from '../../src/core/looker-url';

const SHEETS = [
  { name: 'KR weekly', gid: 0 },
  { name: 'Check-in rate', gid: 1_873_204_551 },
];
const paramsOf = (url: string): Array<[string, string]> => [...new URL(url).searchParams.entries()];

describe('buildLookerUrl', () => {
  test('opens the Linking API report-creation page', () => {
    const url = new URL(buildLookerUrl({ spreadsheetId: 'abc', sheets: SHEETS, reportName: 'OKR' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://lookerstudio.google.com/reporting/create');
  });

  test('replaces one Google Sheets data source per tab, aliases ds0 and ds1, first row as headers, hidden cells left out', () => {
    const url = buildLookerUrl({ spreadsheetId: '1Qs8BdfxZXALh6vX4zrE7ZyGnR3h5k', sheets: SHEETS, reportName: 'OKR' });
    expect(paramsOf(url)).toEqual([
      ['r.reportName', 'OKR'],
      ['ds.ds0.connector', 'googleSheets'],
      ['ds.ds0.datasourceName', 'KR weekly'],
      ['ds.ds0.spreadsheetId', '1Qs8BdfxZXALh6vX4zrE7ZyGnR3h5k'],
      ['ds.ds0.worksheetId', '0'],
      ['ds.ds0.hasHeader', 'true'],
      ['ds.ds0.includeHiddenCells', 'false'],
      ['ds.ds1.connector', 'googleSheets'],
      ['ds.ds1.datasourceName', 'Check-in rate'],
      ['ds.ds1.spreadsheetId', '1Qs8BdfxZXALh6vX4zrE7ZyGnR3h5k'],
      ['ds.ds1.worksheetId', '1873204551'],
      ['ds.ds1.hasHeader', 'true'],
      ['ds.ds1.includeHiddenCells', 'false'],
    ]);
  });

  test('URL-encodes names and values: spaces, Vietnamese, & = # + and /', () => {
    const reportName = 'OKR Công ty A&B = #1 + 2/3';
    const url = buildLookerUrl({ spreadsheetId: 'a-b_c', sheets: [{ name: 'Tỷ lệ cập nhật', gid: 7 }], reportName });
    expect(url).not.toMatch(/[\s#+]|[^\x21-\x7e]/);
    expect(url).toContain('r.reportName=OKR%20C%C3%B4ng%20ty%20A%26B%20%3D%20%231%20%2B%202%2F3&');
    expect(paramsOf(url).slice(0, 3)).toEqual([
      ['r.reportName', reportName],
      ['ds.ds0.connector', 'googleSheets'],
      ['ds.ds0.datasourceName', 'Tỷ lệ cập nhật'],
    ]);
  });

  test('copies a template report first when one is given, and names none otherwise', () => {
    const withTemplate = buildLookerUrl({ spreadsheetId: 'abc', sheets: SHEETS, reportName: 'OKR', templateReportId: '0B_U5RNpwhcE6SF85TENURnc4UjA' });
    expect(paramsOf(withTemplate)[0]).toEqual(['c.reportId', '0B_U5RNpwhcE6SF85TENURnc4UjA']);
    expect(buildLookerUrl({ spreadsheetId: 'abc', sheets: SHEETS, reportName: 'OKR' })).not.toContain('c.reportId');
  });

  test('sets only the report name when there is no tab', () => {
    expect(buildLookerUrl({ spreadsheetId: 'abc', sheets: [], reportName: 'OKR' })).toBe('https://lookerstudio.google.com/reporting/create?r.reportName=OKR');
  });
});
