// Rewrites a task-like or unmeasurable key result toward an outcome, in its own language (the KR linter's suggestion).
import type { Lang } from './lang';
import type { Analysis, Lexeme } from './kr-lint-analysis';
import {
  FLOW_NOUNS,
  INTERNAL_EVENT_WORDS,
  LOWER_IS_BETTER,
  MEASURE_REWRITES,
  TASK_REWRITES,
  TECH_NOUNS,
  type RewriteParts,
  type VerbFamily,
} from './kr-lint-words';
import { foldText } from './text';

type Span = { start: number; end: number };

const DETERMINERS = new Set(['cac', 'nhung', 'toan bo', 'tat ca', 'moi', 'our', 'top', 'key', 'all', 'the', 'every', 'each']);
/** Leading words dropped from a message's object (`tất cả email` is the e-mail) and from an English audience. */
const DROP: Readonly<Record<Lang, ReadonlySet<string>>> = {
  vi: new Set(['cac', 'nhung', 'tat ca', 'toan bo', 'moi']),
  en: new Set(['the', 'a', 'an', 'all', 'every', 'each', 'our', 'its', 'their', 'this', 'these']),
};
const AUDIENCE_DROP: Readonly<Record<Lang, ReadonlySet<string>>> = { vi: new Set(), en: new Set(['the', 'all', 'every', 'each']) };
const NONE: ReadonlySet<string> = new Set();
/** Families whose generic verb (`make`, `tổ chức`, `hold`) gives way to the activity it names (`cold calls`, `khóa đào tạo`). */
const GENERIC: readonly VerbFamily[] = ['build', 'complete', 'event', 'meeting'];
const isPlain = (l: Lexeme): boolean => !l.number && Object.keys(l.roles).length === 0;

/** The people a task addresses: determiners before them (`các khách hàng`), modifiers around them. */
const audienceSpan = (a: Analysis, lang: Lang, side: 'external' | 'internal'): Span | undefined => {
  const { lexemes } = a;
  const at = lexemes.findIndex((l, k) => k > a.lead && l.roles.people === side);
  if (at < 0) return undefined;
  const span = { start: at, end: at };
  for (let j = at - 1; j > a.lead; j--) {
    const lx = lexemes[j];
    if (!lx || lx.end) break;
    if (lx.number) continue;
    if (!DETERMINERS.has(lx.text) && !(lang === 'en' && isPlain(lx))) break;
    span.start = j;
  }
  for (let j = at + 1; lang === 'vi' && j < lexemes.length; j++) {
    const lx = lexemes[j];
    if (!lx || !isPlain(lx) || lexemes[j - 1]?.end) break;
    span.end = j;
  }
  return span;
};

/** What the verb at `verb` acts on, up to a preposition, another verb or `before` (where the audience starts). */
const objectSpan = (a: Analysis, verb: number, before: number, lang: Lang): Span | undefined => {
  let span: Span | undefined;
  for (let j = verb + 1; j < Math.min(before, a.lexemes.length); j++) {
    const lx = a.lexemes[j];
    if (!lx) break;
    const { stop, outcome, task, activity, quantity, leadSkip } = lx.roles;
    if (!span && (lx.number || quantity || leadSkip)) continue;
    if (stop === lang || outcome || (span && task && !task.leadOnly && !activity)) break;
    span = { start: span?.start ?? j, end: j };
    if (lx.end || span.end - span.start >= 5) break;
  }
  return span;
};

/** The words of a span as typed, without leading words of `drop` and without edge punctuation. */
const textOf = (original: readonly string[], a: Analysis, span: Span | undefined, drop: ReadonlySet<string> = NONE): string => {
  const first = span && a.lexemes[span.start];
  const last = span && a.lexemes[span.end];
  if (!first || !last) return '';
  const words = original.slice(first.first, last.last + 1);
  const leading = (n: number): string => foldText(words.slice(0, n).join(' '));
  while (words.length > 2 && drop.has(leading(2))) words.splice(0, 2);
  while (words.length > 1 && drop.has(leading(1))) words.shift();
  return words.join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '');
};

const foldedOf = (a: Analysis, span: Span | undefined): string =>
  span
    ? ` ${a.lexemes
        .slice(span.start, span.end + 1)
        .map((l) => l.text)
        .join(' ')} `
    : '';

/** The rewrite of a task-like KR, by the family of its verb, or of the activity it counts or names. */
export const suggestTask = (a: Analysis, original: readonly string[], lang: Lang, parts: RewriteParts): string => {
  const { lexemes } = a;
  const head = a.activityHead && !lexemes[a.lead]?.roles.task ? lexemes.indexOf(a.activityHead) : -1;
  const verb = head >= 0 ? head - 1 : a.taskAt >= 0 ? a.taskAt : lexemes.findIndex((l) => l.roles.activity) - 1;
  let family: VerbFamily = (head >= 0 ? a.activityHead?.roles.activity : a.family) ?? 'complete';
  let span = head >= 0 ? { start: head, end: head } : objectSpan(a, verb, lexemes.length, lang);
  const named = span && lexemes.slice(span.start, span.end + 1).find((l) => l.roles.activity)?.roles.activity;
  if (named && GENERIC.includes(family)) family = named;
  const side = family === 'train' ? 'internal' : 'external';
  const audience = ['message', 'call', 'meet', 'train'].includes(family) ? audienceSpan(a, lang, side) : undefined;
  if (audience && head < 0) span = objectSpan(a, verb, audience.start, lang);
  const object = textOf(original, a, span, ['message', 'meet'].includes(family) ? DROP[lang] : NONE).replace(/^(?:a|an) /i, 'the ');
  const p = { ...parts, object, audience: textOf(original, a, audience, AUDIENCE_DROP[lang]) };
  const folded = foldedOf(a, span);
  if (family === 'meet' && !audience) return object === '' ? TASK_REWRITES.meeting[lang](p) : TASK_REWRITES.meet[lang]({ ...p, audience: object });
  if (family === 'event' && lexemes.some((l) => INTERNAL_EVENT_WORDS.has(l.text))) return TASK_REWRITES.internalEvent[lang](p);
  const words = object.split(' ');
  if (family === 'launch' && FLOW_NOUNS.has(foldText(words[words.length - 1] ?? ''))) {
    const modifiers = words.slice(0, -1).filter((w) => !['the', 'new'].includes(foldText(w)));
    return TASK_REWRITES.flow[lang]({ ...p, flowHead: words[words.length - 1] ?? '', flowModifier: modifiers.join(' ') });
  }
  if (family === 'build' && Array.from(TECH_NOUNS).some((t) => folded.includes(` ${t} `))) return TASK_REWRITES.tech[lang](p);
  return TASK_REWRITES[family][lang](p);
};

/** The rewrite of a result KR that cannot be measured yet, by what its leading verb says. */
export const suggestMeasure = (a: Analysis, original: readonly string[], lang: Lang, parts: RewriteParts, flat: boolean): string => {
  if (flat) return MEASURE_REWRITES.flat[lang](parts);
  if (a.evidence.some((e) => e.startsWith('milestone:'))) return MEASURE_REWRITES.milestone[lang](parts);
  const outcome = a.lexemes[a.lead]?.roles.outcome;
  const span = outcome && objectSpan(a, a.lead, a.lexemes.length, lang);
  if (outcome?.weak && span) {
    const lower = Array.from(LOWER_IS_BETTER).some((m) => foldedOf(a, span).includes(` ${m} `));
    return MEASURE_REWRITES[lower ? 'lower' : 'raise'][lang]({ ...parts, object: textOf(original, a, span) });
  }
  if (outcome && !outcome.weak && !a.range) {
    return MEASURE_REWRITES[outcome.direction === 'reach' ? 'milestone' : outcome.direction][lang](parts);
  }
  return MEASURE_REWRITES.anyNumber[lang](parts);
};
