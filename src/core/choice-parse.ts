// Reading a choice cell (Level, Kind, Status, …) in any spelling a table of words gives for its values; the words
// themselves are i18n's (src/i18n/choices.ts), which binds them (src/i18n/choice-labels.ts).
import { CHOICE_VALUES, type Choice, type ChoiceKind } from './choices';
import type { Label } from './lang';
import { fail, inputText, isBlank, ok, type Parsed } from './parsed';
import { foldText } from './text';

/** The words of one canonical value: its label in each language and the other spellings accepted when reading. */
export type ChoiceWords = Label & { readonly aliases: readonly string[] };

/** The words of every value of every choice kind. */
export type ChoiceTable = { readonly [K in ChoiceKind]: { readonly [V in Choice<K>]: ChoiceWords } };

/** Folded spelling → canonical value, built once per table and kind. */
const lookups = new WeakMap<ChoiceTable, Map<ChoiceKind, Map<string, string>>>();

const lookupOf = (table: ChoiceTable, kind: ChoiceKind): Map<string, string> => {
  const kinds = lookups.get(table) ?? new Map<ChoiceKind, Map<string, string>>();
  lookups.set(table, kinds);
  let lookup = kinds.get(kind);
  if (!lookup) {
    lookup = new Map();
    for (const value of choiceValues(kind)) {
      const words = (table[kind] as Record<string, ChoiceWords>)[value] as ChoiceWords;
      for (const spelling of [value, words.en, words.vi, ...words.aliases]) lookup.set(foldText(spelling), value);
    }
    kinds.set(kind, lookup);
  }
  return lookup;
};

/**
 * foldText of a choice cell's text, remembered: a large Check-ins tab holds 100,000 confidence and source
 * cells in a handful of spellings. Forgotten past 10,000 texts, so that free text typed into a choice column
 * cannot grow it without bound.
 */
const foldedTexts = new Map<string, string>();
const foldedChoice = (text: string): string => {
  const known = foldedTexts.get(text);
  if (known !== undefined) return known;
  if (foldedTexts.size >= 10_000) foldedTexts.clear();
  const folded = foldText(text);
  foldedTexts.set(text, folded);
  return folded;
};

/**
 * Reads a choice typed as a canonical value, a label of `table` in either language or one of its aliases, whatever
 * the case, accents or spacing. Blank is MISSING; anything else unknown is INVALID_CHOICE.
 * @example parseChoiceIn(CHOICES, 'level', ' phong BAN ') // { ok: true, value: 'Department' }
 */
export const parseChoiceIn = <K extends ChoiceKind>(table: ChoiceTable, kind: K, input: unknown): Parsed<Choice<K>> => {
  if (isBlank(input)) return fail('MISSING', inputText(input).trim());
  if (typeof input !== 'string' && typeof input !== 'number') return fail('INVALID_CHOICE', inputText(input));
  const text = String(input).trim();
  const value = lookupOf(table, kind).get(foldedChoice(text));
  return value === undefined ? fail('INVALID_CHOICE', text) : ok(value as Choice<K>);
};

/**
 * The canonical values of a kind, in catalogue order (for dropdown validation and loops).
 * @example choiceValues('confidence') // ['On track', 'At risk', 'Off track']
 */
export const choiceValues = <K extends ChoiceKind>(kind: K): Array<Choice<K>> => [...CHOICE_VALUES[kind]];
