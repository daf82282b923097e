import { planCloseCycle } from '../../src/core/close-cycle';
import type { InitiativeSummary } from '../../src/core/initiative-history';
import { packTeams, planReviewPacks } from '../../src/core/review-pack';
import { CLOSE_DAY, closeStory, person, team } from './rhythm-fixtures';

const NONE: InitiativeSummary = { reprioritised: [], neverStarted: [] };
const item = (initiativeId: string, krId: string) => ({ initiativeId, krId, title: `Initiative ${initiativeId}`, ownerEmail: '', priority: 1 });
const change = (from: number, to: number) => ({ initiativeId: '', krId: '', field: 'priority' as const, from, to, reason: '', day: CLOSE_DAY });

/** Acme's Q4 at its close, with the leads and people given. */
function story(teams = [team('SALES', 'Sales', 'lan@acme.vn'), team('PROD', 'Product', 'minh@acme.vn')], people = [person('lan@acme.vn', 'Lan', 'SALES')]) {
  const workbook = { ...closeStory(), teams, people };
  return { workbook, plan: planCloseCycle(workbook, '2026-Q4', CLOSE_DAY, new Set()) };
}

describe('planReviewPacks', () => {
  test('one pack per team with a graded KR and a lead, with its own KRs only', () => {
    const { workbook, plan } = story();
    const packs = planReviewPacks(workbook, plan, NONE);
    expect(packs.map((p) => [p.teamId, p.to, p.krs.map((k) => k.krId)])).toEqual([
      ['SALES', 'lan@acme.vn', ['KR-C1', 'KR-A1']],
      ['PROD', 'minh@acme.vn', ['KR-P1', 'KR-M1', 'KR-M2', 'KR-X1']],
    ]);
    expect(packs[1]!.krs.find((k) => k.krId === 'KR-M1')!.unit).toBe('khách hàng');
  });

  test.each([
    ['a team without a lead', [team('SALES', 'Sales', 'lan@acme.vn'), team('PROD', 'Product', '')], ['SALES']],
    [
      'a team with no graded KR',
      [team('SALES', 'Sales', 'lan@acme.vn'), team('PROD', 'Product', 'minh@acme.vn'), team('MKT', 'Marketing', 'thu@acme.vn')],
      ['SALES', 'PROD'],
    ],
    ['no lead at all', [team('SALES', 'Sales'), team('PROD', 'Product')], []],
  ])('%s gets no pack', (_, teams, expected) => {
    const { workbook, plan } = story(teams);
    expect(packTeams(workbook, plan).map((t) => t.id)).toEqual(expected);
    expect(planReviewPacks(workbook, plan, NONE).map((p) => p.teamId)).toEqual(expected);
  });

  test('the lead is greeted by their People name (the first row of a duplicated e-mail), else by the e-mail', () => {
    const { workbook, plan } = story(undefined, [person('lan@acme.vn', 'Lan', 'SALES'), person('lan@acme.vn', 'Lan (2)', 'SALES')]);
    expect(planReviewPacks(workbook, plan, NONE).map((p) => p.leadName)).toEqual(['Lan', 'minh@acme.vn']);
  });

  test('each pack lists the initiatives of its own KRs: the priority path first to last, or never started', () => {
    const { workbook, plan } = story();
    const initiatives: InitiativeSummary = {
      reprioritised: [{ ...item('I1', 'KR-C1'), changes: [change(3, 2), change(2, 1)] }],
      neverStarted: [item('I2', 'KR-M1'), item('I3', 'KR-NOWHERE')],
    };
    const packs = planReviewPacks(workbook, plan, initiatives);
    expect(packs.map((p) => p.initiatives)).toEqual([
      [{ id: 'I1', title: 'Initiative I1', path: '3 → 2 → 1' }],
      [{ id: 'I2', title: 'Initiative I2', path: null }],
    ]);
  });

  test('no cycle planned, no pack', () => {
    const { workbook, plan } = story();
    expect(planReviewPacks(workbook, { ...plan, cycle: null }, NONE)).toEqual([]);
  });
});
