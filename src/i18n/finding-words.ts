/**
 * What the finding catalogues of both languages (findings-en.ts, findings-vi.ts) word findings with: the shape of a
 * catalogue, and the names of tabs, columns, settings and choices looked up by language.
 */
import type { Finding, FindingCode, FindingOf } from '../core/finding';
import type { Label, Lang } from '../core/lang';
import type { TabKey } from '../core/tabs';
import { CHOICES } from './choices';
import { COLUMN_LABELS, SETTING_LABELS, TAB_LABELS } from './tabs';

export interface FindingText {
  readonly message: string;
  readonly suggestion: string;
}

/** The wording of one code: its finding arrives with that code's params. */
type Render<C extends FindingCode> = (f: FindingOf<C>) => FindingText;

/** The words of every code in one language, from the params core/finding.ts types for it (FindingParamsOf). */
export type FindingCatalogue = { readonly [C in FindingCode]: Render<C> };

/** What people typed is quoted in messages up to this many characters: a cell holds at most 50,000. */
const QUOTE_CHARS = 300;
export const str = (value: string | number | undefined): string => {
  const text = String(value ?? '');
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
};

/** The thousands separator and decimal mark of each language. */
const NUMBER_MARKS: Readonly<Record<Lang, { readonly group: string; readonly decimal: string }>> = {
  en: { group: ',', decimal: '.' },
  vi: { group: '.', decimal: ',' },
};

/** Numbers as each language writes them: `4.300.000.000` and `0,95` in vi, `4,300,000,000` and `0.95` in en. */
export function formatNumber(value: string | number | undefined, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value ?? '');
  const marks = NUMBER_MARKS[lang];
  const [whole = '', fraction] = String(Number(Math.abs(value).toFixed(6))).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
  return (value < 0 ? '-' : '') + grouped + (fraction ? marks.decimal + fraction : '');
}

export const tabName = (tab: string, lang: Lang): string => (TAB_LABELS as Record<string, Label>)[tab]?.[lang] ?? tab;
export const columnName = (tab: TabKey, column: string, lang: Lang): string =>
  (COLUMN_LABELS as Record<string, Record<string, Label> | undefined>)[tab]?.[column]?.[lang] ?? column;
/** The column a finding names by key (its `column` param), as the tab labels it. */
export const col = (f: Pick<Finding, 'tab'> & { readonly params: { readonly column: string } }, lang: Lang): string =>
  columnName(f.tab, str(f.params.column), lang);
/** `Objective ID` → `objective ID` inside a sentence, but `KR ID` stays. */
export const inSentence = (label: string): string => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);
export const choice = (kind: keyof typeof CHOICES, value: string, lang: Lang): string =>
  (CHOICES[kind] as Record<string, Label | undefined>)[value]?.[lang] ?? value;
export const levelOrder = (lang: Lang): string =>
  Object.keys(CHOICES.level)
    .map((l) => choice('level', l, lang))
    .join(' > ');
export const CHOICE_COLUMNS = ['level', 'kind', 'type', 'status', 'confidence', 'source'];
/** The order EMPTY_WORKBOOK suggests, as checkEmpty (core/checks.ts) picks the first empty one. */
export const FILL_TABS = ['people', 'teams', 'cycles', 'objectives', 'keyResults'];

export function settingName(column: string, lang: Lang): string {
  const key = str(column);
  return (SETTING_LABELS as Record<string, Label | undefined>)[key]?.[lang] ?? key;
}

/** A required cell the sheet left blank (a check-in's Timestamp), read as a problem: the row is kept, not counted. */
export const unfilledCheckIn = (f: FindingOf<'MISSING_FIELD'>): boolean => 'problem' in f.params && f.params.problem === 'MISSING';

/** The team as a sentence names it: `Sản phẩm (SP)` when its name is known, else its ID. */
export const team = (name: string, id: string): string => (name ? `${name} (${id})` : id);
