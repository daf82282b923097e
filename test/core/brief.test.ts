import { buildBrief } from '../../src/core/brief';
import type { InitiativeChange } from '../../src/core/initiative-history';
import { briefStory, checkIn, cycle, day, MEETING_DAY } from './rhythm-fixtures';

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
