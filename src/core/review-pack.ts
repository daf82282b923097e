// The review pack of one team lead at a cycle's close, as data: graded KRs and initiatives. It is worded as an
// e-mail at the edge (src/i18n/review-pack-text.ts).
import type { Lang } from './lang';
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
