// The review pack of one team lead at a cycle's close, as data: graded KRs and initiatives. It is worded as an
// e-mail at the edge (src/i18n/review-pack-text.ts).
import type { CloseCyclePlan } from './close-cycle';
import type { InitiativeSummary } from './initiative-history';
import type { Lang } from './lang';
import type { Team, Workbook } from './model';
import type { Verdict } from './score';

export interface ReviewPackInput {
  readonly lang: Lang;
  readonly company: string;
  readonly cycleName: string;
  readonly leadName: string;
  readonly krs: readonly {
    readonly krId: string;
    readonly keyResult: string;
    readonly unit: string;
    readonly finalValue: number | null;
    readonly score: number | null;
    readonly verdict: Verdict | null;
  }[];
  /** Initiatives of the team's KRs that were re-prioritised (`path` of priorities) or never started (`path` null). */
  readonly initiatives: readonly { readonly id: string; readonly title: string; readonly path: string | null }[];
  /** Where the Reviews tab is. */
  readonly reviewsUrl: string;
}

/** What one team lead's pack holds; the edge adds the language, the company and the link to Reviews. */
export type TeamPack = Omit<ReviewPackInput, 'lang' | 'company' | 'reviewsUrl'> & { readonly teamId: string; readonly to: string };

/** The teams of `plan` that get a pack: those with a graded KR and a lead. */
export function packTeams(workbook: Workbook, plan: CloseCyclePlan): Team[] {
  const graded = new Set(plan.reviews.map((r) => r.teamId));
  return workbook.teams.filter((team) => graded.has(team.id) && team.leadEmail !== '');
}

/** `value` of the first item of each key: a duplicated ID reads as its first row, as the checks report it. */
function firstBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => string): Map<string, string> {
  const found = new Map<string, string>();
  for (const item of items) if (!found.has(key(item))) found.set(key(item), value(item));
  return found;
}

/**
 * The review packs of a close planned as `plan` (every review of its cycle): one per team of packTeams, with
 * the team's graded KRs, and the initiatives of those KRs re-prioritised during the cycle (their path of
 * priorities, first to last) or never started.
 * @example planReviewPacks(workbook, plan, { reprioritised: [], neverStarted: [] }).map((p) => p.to) // ['lan@example.vn']
 */
export function planReviewPacks(workbook: Workbook, plan: CloseCyclePlan, initiatives: InitiativeSummary): TeamPack[] {
  const cycle = plan.cycle;
  if (!cycle) return [];
  const units = firstBy(
    workbook.keyResults,
    (kr) => kr.id,
    (kr) => kr.unit,
  );
  const names = firstBy(
    workbook.people,
    (p) => p.email,
    (p) => p.name,
  );
  return packTeams(workbook, plan).map((team) => {
    const rows = plan.reviews.filter((r) => r.teamId === team.id);
    const krIds = new Set(rows.map((r) => r.krId));
    return {
      teamId: team.id,
      to: team.leadEmail,
      cycleName: cycle.name || cycle.id,
      leadName: names.get(team.leadEmail) || team.leadEmail,
      krs: rows.map((r) => ({ ...r, unit: units.get(r.krId) ?? '' })),
      initiatives: [
        ...initiatives.reprioritised
          .filter((i) => krIds.has(i.krId))
          .map((i) => ({ id: i.initiativeId, title: i.title, path: [i.changes[0]!.from, ...i.changes.map((c) => c.to)].join(' → ') })),
        ...initiatives.neverStarted.filter((i) => krIds.has(i.krId)).map((i) => ({ id: i.initiativeId, title: i.title, path: null })),
      ],
    };
  });
}
