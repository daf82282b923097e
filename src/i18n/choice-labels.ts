// Reading a choice cell typed in English or Vietnamese, and the label to show for a canonical value: core's reader
// (src/core/choice-parse.ts) over the words of src/i18n/choices.ts.
import { parseChoiceIn } from '../core/choice-parse';
import type { Choice, ChoiceKind } from '../core/choices';
import type { Lang } from '../core/lang';
import type { Parsed } from '../core/parsed';
import { CHOICES } from './choices';

/**
 * Reads a choice typed in English or Vietnamese, or as an accepted alias, whatever the case,
 * accents or spacing. Blank is MISSING; anything else unknown is INVALID_CHOICE.
 * @example parseChoice('level', ' phong BAN ') // { ok: true, value: 'Department' }
 * @example parseChoice('krKind', 'Tăng') // { ok: true, value: 'Increase' }
 */
export const parseChoice = <K extends ChoiceKind>(kind: K, input: unknown): Parsed<Choice<K>> => parseChoiceIn(CHOICES, kind, input);

/**
 * The label of a canonical value in a workbook language.
 * @example choiceLabel('objectiveType', 'Aspirational', 'vi') // 'Thách thức'
 */
export const choiceLabel = <K extends ChoiceKind>(kind: K, value: Choice<K>, lang: Lang): string =>
  (CHOICES[kind] as Record<string, { readonly [L in Lang]: string } | undefined>)[value]?.[lang] ?? value;
