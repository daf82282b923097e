import { briefRows, briefText, buildBrief, type Brief } from '../../src/core/brief';
import type { InitiativeChange } from '../../src/core/initiative-history';
import { briefEn, briefVi } from '../../src/i18n/brief';
import { briefStory, checkIn, cycle, day, MEETING_DAY, workbookOf } from './rhythm-fixtures';

const ids = (items: ReadonlyArray<{ krId: string }>) => items.map((k) => k.krId);
const company = (options = {}) => buildBrief(briefStory(), MEETING_DAY, options);
const sales = (options = {}) => buildBrief(briefStory(), MEETING_DAY, { teamId: 'SALES', ...options });

describe('buildBrief objectives', () => {
  test('starts from the live objectives of the active cycle, with their scores', () => {
    const brief = company();
    expect(brief.cycleId).toBe('2026-Q4');
    expect(brief.objectives.map((o) => [o.id, o.teamName])).toEqual([
      ['O-SALES', 'Sales'],
      ['O-PROD', 'Product'],
    ]);
    expect(brief.objectives[0]?.score).toBeCloseTo((0.6 + 0.4 + 0.1 + 0.4 + 0.56 + 0.55) / 6);
  });

  test('trend is the score change since a week ago, from the check-ins dated up to that day', () => {
    const [salesObjective, product] = company().objectives;
    expect(salesObjective?.trend).toBeCloseTo((0.1 + 0.05 + 0 + 0 + 0.01 + 0) / 6);
    expect(product?.trend).toBeCloseTo(0.05);
  });

  test('previousWeek overrides the score a KR had a week ago', () => {
    const previousWeek = new Map([['KR-P1', { score: 0.2, confidence: null }]]);
    expect(company({ previousWeek }).objectives[1]?.trend).toBeCloseTo(0.4);
  });

  test('an objective with no score a week ago has no trend', () => {
    const workbook = briefStory();
    const firstWeek = { ...workbook, checkIns: workbook.checkIns.filter((c) => c.krId !== 'KR-P1' || c.day === MEETING_DAY) };
    expect(buildBrief(firstWeek, MEETING_DAY).objectives[1]).toMatchObject({ score: 0.6, trend: null });
  });

  test('a team brief keeps the team objectives', () => {
    expect(sales().objectives.map((o) => o.id)).toEqual(['O-SALES']);
    expect(sales()).toMatchObject({ teamId: 'SALES', teamName: 'Sales' });
  });
});

describe('buildBrief key results', () => {
  test('lists KRs off track or at risk', () => {
    expect(ids(company().offTrack)).toEqual(['KR-RISK', 'KR-OFF']);
    expect(company().offTrack[1]).toMatchObject({ status: 'Off track', confidence: 'Off track', ownerEmail: 'binh@acme.vn', teamName: 'Sales' });
  });

  test('lists stale KRs', () => {
    expect(ids(company().stale)).toEqual(['KR-STALE']);
    expect(company().stale[0]?.lastCheckIn).toBe(day('2026-11-10'));
  });

  test('lists a confidence drop since last week (On track -> At risk)', () => {
    expect(company().confidenceDrops.map((k) => [k.krId, k.from, k.to])).toEqual([['KR-DROP', 'On track', 'At risk']]);
  });

  test('does not repeat a drop rated before last week, nor list a rise', () => {
    const workbook = briefStory();
    const rise = { ...workbook, checkIns: [...workbook.checkIns, checkIn('KR-OFF', '2026-11-23', 12, 'At risk')] };
    expect(ids(buildBrief(rise, MEETING_DAY).confidenceDrops)).toEqual(['KR-DROP']);
  });

  test('previousWeek confidence is compared with the latest one', () => {
    const previousWeek = new Map([
      ['KR-P1', { score: 0.55, confidence: 'On track' as const }],
      ['KR-DROP', { score: 0.55, confidence: 'At risk' as const }],
    ]);
    expect(company({ previousWeek }).confidenceDrops.map((k) => [k.krId, k.from, k.to])).toEqual([['KR-P1', 'On track', 'At risk']]);
  });

  test('a team brief keeps the team KRs only', () => {
    const product = buildBrief(briefStory(), MEETING_DAY, { teamId: 'PROD' });
    expect([ids(product.offTrack), ids(product.stale), ids(product.confidenceDrops)]).toEqual([[], [], []]);
  });

  test('leaves out KRs of Done objectives and of other cycles', () => {
    const workbook = briefStory();
    const done = { ...workbook, objectives: workbook.objectives.map((o) => (o.id === 'O-SALES' ? { ...o, status: 'Done' as const } : o)) };
    const brief = buildBrief(done, MEETING_DAY);
    expect([ids(brief.offTrack), ids(brief.stale), brief.missingCheckIns]).toEqual([[], [], []]);
    expect(brief.objectives.map((o) => o.id)).toEqual(['O-SALES', 'O-PROD']);
  });

  test('with no active cycle lists no objective nor KR', () => {
    const workbook = { ...briefStory(), cycles: [cycle('2026-Q4', '2026-10-01', '2026-12-31', 'Closed')] };
    const brief = buildBrief(workbook, MEETING_DAY);
    expect([brief.cycleId, brief.objectives, brief.offTrack, brief.missingCheckIns]).toEqual([null, [], [], []]);
  });
});

describe('buildBrief dependencies, initiatives, check-ins', () => {
  test('open dependencies are those Requested or Countered', () => {
    expect(company().openDependencies.map((d) => d.id)).toEqual(['D-REQ', 'D-COUNTER', 'D-OTHER']);
  });

  test('a team brief lists the open dependencies the team asks or is asked for', () => {
    expect(sales().openDependencies.map((d) => [d.id, d.requestingTeamName, d.providingTeamName])).toEqual([
      ['D-REQ', 'Sales', 'Product'],
      ['D-COUNTER', 'Product', 'Sales'],
    ]);
  });

  test('initiative changes are passed in, titled, and kept to the team KRs', () => {
    const initiativeChanges: InitiativeChange[] = [
      { initiativeId: 'I-1', krId: 'KR-RISK', field: 'priority', from: 2, to: 1, reason: 'Khách hàng cũ trước' },
      { initiativeId: 'I-2', krId: 'KR-P1', field: 'status', from: 'Planned', to: 'In progress', reason: '' },
    ];
    expect(company({ initiativeChanges }).initiativeChanges.map((c) => [c.initiativeId, c.title])).toEqual([
      ['I-1', 'Initiative I-1'],
      ['I-2', 'Initiative I-2'],
    ]);
    expect(sales({ initiativeChanges }).initiativeChanges.map((c) => c.initiativeId)).toEqual(['I-1']);
    expect(company().initiativeChanges).toEqual([]);
  });

  test('lists who has not checked in this week: the KR owner, or every member for a team KR', () => {
    expect(company().missingCheckIns).toEqual([
      { email: 'an@acme.vn', name: 'An', teamName: 'Sales', krIds: ['KR-TEAM'] },
      { email: 'binh@acme.vn', name: 'Bình', teamName: 'Sales', krIds: ['KR-STALE', 'KR-TEAM'] },
    ]);
  });

  test('one member checking in a team KR counts for the whole team', () => {
    const workbook = briefStory();
    const withTeam = { ...workbook, checkIns: [...workbook.checkIns, checkIn('KR-TEAM', '2026-11-23', 60, 'On track', 'an@acme.vn')] };
    expect(buildBrief(withTeam, MEETING_DAY).missingCheckIns.map((m) => [m.email, m.krIds])).toEqual([['binh@acme.vn', ['KR-STALE']]]);
  });

  test('the week starts on the check-in weekday: with Friday check-ins, Friday counts for the week', () => {
    const story = briefStory();
    const friday = { ...story, checkIns: [...story.checkIns, checkIn('KR-TEAM', '2026-11-20', 58, 'On track', 'an@acme.vn')] };
    const missingTeam = (workbook: typeof story) => buildBrief(workbook, MEETING_DAY).missingCheckIns.filter((m) => m.krIds.indexOf('KR-TEAM') >= 0).length;
    expect(missingTeam(friday)).toBe(2);
    const fridays = { ...friday, settings: { ...friday.settings, checkInWeekday: 5 } };
    expect(buildBrief(fridays, MEETING_DAY).weekStart).toBe(day('2026-11-20'));
    expect(missingTeam(fridays)).toBe(0);
  });
});

describe('briefRows', () => {
  const rows = (brief: Brief = sales(), lang: 'en' | 'vi' = 'en') => briefRows(brief, lang);

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
