// The review pack of one team lead at a cycle's close, as an e-mail: graded KRs with labelled values, initiatives.
import { formatKrValue } from '../core/kr-format';
import { clip, MAIL_LIMITS, renderMailBody } from '../core/mail-layout';
import { formatAmount } from '../core/number-parse';
import type { ReviewPackInput } from '../core/review-pack';
import { headerText } from '../core/text';
import { VERDICT_LABELS } from './review';
import { reviewPackMessages } from './review-pack';

/**
 * The subject and bodies of a review pack: the Reviews tab as the one thing to open, then the team's KRs
 * with Final value, Score and Verdict labelled (missing ones said in words), and its initiatives.
 * @example renderReviewPack(input).text // 'Hi Lan,\n\nOpen the Reviews tab: https://…'
 */
export function renderReviewPack(input: ReviewPackInput): { subject: string; text: string; html: string } {
  const t = reviewPackMessages(input.lang);
  const cycle = clip(input.cycleName);
  const company = clip(input.company);
  const body = renderMailBody({
    lang: input.lang,
    greeting: t.greeting(clip(input.leadName)),
    action: { link: { label: t.action, href: input.reviewsUrl }, hint: t.hint(cycle) },
    sections: [
      {
        title: t.krsTitle,
        intro: t.krsIntro,
        labels: [t.label.kr, t.label.finalValue, t.label.score, t.label.verdict],
        notes: [],
        rows: input.krs.map((kr) => ({
          cells: [
            clip(`${kr.krId} · ${kr.keyResult}`),
            kr.finalValue === null ? t.missing.value : formatKrValue(kr.finalValue, kr.unit, input.lang),
            kr.score === null ? t.missing.score : formatAmount(Math.round(kr.score * 100) / 100, input.lang),
            kr.verdict === null ? t.missing.verdict : VERDICT_LABELS[kr.verdict][input.lang],
          ],
        })),
      },
      ...(input.initiatives.length === 0
        ? []
        : [
            {
              title: t.initiativesTitle,
              intro: '',
              labels: [t.label.initiative, t.label.what],
              notes: [],
              rows: input.initiatives.map((i) => ({ cells: [clip(`${i.id} · ${i.title}`), i.path === null ? t.neverStarted : t.reprioritised(i.path)] })),
            },
          ]),
    ],
    footerLinks: [],
    footer: t.footer(company),
    more: t.more,
  });
  return { subject: headerText(t.subject(headerText(input.company), headerText(input.cycleName)), MAIL_LIMITS.subjectChars), ...body };
}
