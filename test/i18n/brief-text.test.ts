// The words of the weekly brief (src/i18n/brief-text.ts) on core's brief of the story in test/core/rhythm-fixtures.ts.
import { buildBrief, type Brief } from '../../src/core/brief';
import type { Lang } from '../../src/core/lang';
import { briefEn, briefVi } from '../../src/i18n/brief';
import { briefRows, briefText } from '../../src/i18n/brief-text';
import { briefStory, MEETING_DAY, workbookOf } from '../core/rhythm-fixtures';

const company = (options = {}) => buildBrief(briefStory(), MEETING_DAY, options);
const sales = (options = {}) => buildBrief(briefStory(), MEETING_DAY, { teamId: 'SALES', ...options });

describe('briefRows', () => {
  const rows = (brief: Brief = sales(), lang: Lang = 'en') => briefRows(brief, lang);

  test('is a rectangle, as setValues needs', () => {
    const table = rows();
    expect(new Set(table.map((r) => r.length)).size).toBe(1);
  });

  test('starts with the title and the cycle, then each section title with its count', () => {
    const table = rows();
    expect(table[0]?.[0]).toBe('OKR brief for Sales, week of 2026-11-23');
    expect(table[1]?.[0]).toBe('Cycle 2026-Q4');
    const titles = table.map((r) => r[0]).filter((c) => typeof c === 'string' && /\(\d+\)$/.test(c));
    expect(titles).toEqual([
      'Objectives (1)',
      'Key results off track or at risk (2)',
      'Stale key results (1)',
      'Confidence dropped since last week (1)',
      'Requests between teams still open (2)',
      'Initiatives that changed (0)',
      'Not checked in this week (2)',
    ]);
  });

  test('writes items under their column headers, scores as percentages and trends as arrows', () => {
    const table = rows();
    const header = table.findIndex((r) => r[0] === 'ID' && r[1] === 'Objective');
    expect(table[header + 1]?.slice(0, 5)).toEqual(['O-SALES', 'Grow revenue from existing customers', 'Sales', '44%', '↑ 3 pts']);
  });

  test('speaks Vietnamese: titles, choice labels and dates', () => {
    const table = rows(sales(), 'vi');
    expect(table[0]?.[0]).toBe('Họp OKR của Sales, tuần 23/11/2026');
    const drop = table.find((r) => r[0] === 'KR-DROP');
    expect(drop?.slice(4, 6)).toEqual(['Đúng tiến độ', 'Có rủi ro']);
    expect(table.find((r) => r[0] === 'KR-STALE')?.[4]).toBe('10/11/2026');
  });

  test('an empty section says so', () => {
    const table = rows();
    const at = table.findIndex((r) => r[0] === 'Initiatives that changed (0)');
    expect(table[at + 1]?.[0]).toBe(briefEn.none);
  });

  test('a company brief is titled with the company name, or "the company" without one', () => {
    expect(rows(company())[0]?.[0]).toBe('OKR brief for Acme, week of 2026-11-23');
    const anonymous = buildBrief(workbookOf({ settings: { companyName: '' } }), MEETING_DAY);
    expect(
      rows(anonymous, 'vi')
        .slice(0, 2)
        .map((r) => r[0]),
    ).toEqual(['Họp OKR của toàn công ty, tuần 23/11/2026', 'Không có chu kỳ đang diễn ra']);
  });
});

describe('briefText', () => {
  test('is the title, then one line per item under each section', () => {
    const lines = briefText(sales(), 'en').split('\n');
    expect(lines.slice(0, 2)).toEqual(['OKR brief for Sales, week of 2026-11-23', 'Cycle 2026-Q4']);
    expect(lines).toContain('Stale key results (1)');
    expect(lines).toContain('- KR-STALE · Key result KR-STALE · Sales · binh@acme.vn · 2026-11-10');
    expect(lines).toContain('- Bình · Sales · KR-STALE, KR-TEAM');
  });

  test('says "nothing" under an empty section, in Vietnamese too', () => {
    const lines = briefText(sales(), 'vi').split('\n');
    const at = lines.indexOf('Sáng kiến đã thay đổi (0)');
    expect(lines[at + 1]).toBe(`- ${briefVi.none}`);
  });
});
