// Reading a choice cell (Level, Kind, Status, …) typed in either language, and the label to show for a value.
import { CHOICES } from '../i18n/choices';
import { CHOICE_VALUES, type Choice, type ChoiceKind } from './choices';
import type { Lang } from './lang';
import { fail, inputText, isBlank, ok, type Parsed } from './parsed';
import { foldText } from './text';

type Entry = { readonly en: string; readonly vi: string; readonly aliases: readonly string[] };

const entriesOf = <K extends ChoiceKind>(kind: K): Array<[Choice<K>, Entry]> =>
  choiceValues(kind).map((value) => [value, (CHOICES[kind] as Record<string, Entry>)[value] as Entry]);

const lookups = new Map<ChoiceKind, Map<string, string>>();

/** Folded spelling → canonical value, built once per kind. */
const lookupOf = (kind: ChoiceKind): Map<string, string> => {
  let lookup = lookups.get(kind);
  if (!lookup) {
    lookup = new Map();
    for (const [value, entry] of entriesOf(kind)) {
      for (const spelling of [value, entry.en, entry.vi, ...entry.aliases]) lookup.set(foldText(spelling), value);
    }
    lookups.set(kind, lookup);
  }
  return lookup;
};

/**
 * Reads a choice typed in English or Vietnamese, or as an accepted alias, whatever the case,
 * accents or spacing. Blank is MISSING; anything else unknown is INVALID_CHOICE.
 * @example parseChoice('level', ' phong BAN ') // { ok: true, value: 'Department' }
 * @example parseChoice('krKind', 'Tăng') // { ok: true, value: 'Increase' }
 */
export const parseChoice = <K extends ChoiceKind>(kind: K, input: unknown): Parsed<Choice<K>> => {
  if (isBlank(input)) return fail('MISSING', inputText(input).trim());
  if (typeof input !== 'string' && typeof input !== 'number') return fail('INVALID_CHOICE', inputText(input));
  const text = String(input).trim();
  const value = lookupOf(kind).get(foldText(text));
  return value === undefined ? fail('INVALID_CHOICE', text) : ok(value as Choice<K>);
};

/**
 * The label of a canonical value in a workbook language.
 * @example choiceLabel('objectiveType', 'Aspirational', 'vi') // 'Thách thức'
 */
export const choiceLabel = <K extends ChoiceKind>(kind: K, value: Choice<K>, lang: Lang): string =>
  (CHOICES[kind] as Record<string, Entry>)[value]?.[lang] ?? value;

/**
 * The canonical values of a kind, in catalogue order (for dropdown validation and loops).
 * @example choiceValues('confidence') // ['On track', 'At risk', 'Off track']
 */
export const choiceValues = <K extends ChoiceKind>(kind: K): Array<Choice<K>> => [...CHOICE_VALUES[kind]];
