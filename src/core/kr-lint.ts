// The KR quality check (DESIGN §2.2): flags key results that are tasks or cannot be measured, and suggests an outcome rewrite.
//
// Rules, applied to the folded text (foldText), so that text with and without diacritics gets the same verdict:
// - Task cues: a task verb leading the KR (`gửi`, `gặp`, `họp`, `launch`, `write`…, after labels such as
//   `KR1:` and adverbs such as `tiếp tục`, `weekly`), a task verb anywhere when it is unambiguous once
//   folded (`gặp gỡ`, `tổ chức`, `implement`; not `hop`, which is also `hợp`), an activity noun anywhere
//   (`cuộc gọi`, `webinar`, `email`), or an outcome verb that counts activities (`tăng số cuộc gọi`).
// - Outcome evidence: an outcome verb whose measured noun is a metric (`tăng doanh thu`; the noun is the
//   first one after the verb in Vietnamese, the last before a preposition in English, so `increase demo
//   bookings` measures bookings), or that moves anything by a percentage (`giảm quãng đường 20%`); a
//   result noun next to a number (`doanh thu 2 tỷ`, `10.000 người dùng`), except after a verb that reaches
//   people, whose numbers count them (`gửi email cho 500 khách hàng`); a share of people doing the task
//   (`95% nhân viên hoàn thành…`); the `từ X lên Y` / `from X to Y` shape unless it counts the team's own
//   activities or follows a leading task verb; a milestone someone else verifies (`go live`, `đưa vào sử
//   dụng`, `được … phê duyệt`, `pass … audit`).
// - taskLike: at least one task cue and no outcome evidence.
// - measurable: a finite `target` option that differs from `start`; else a number in the text that is not a
//   date (`30/6`), a year (`năm 2026`) or a name (`quý 3`, `ISO 27001`, `v2`), and no `từ 50% lên 50%`.
//   `start === target` is never measurable (DESIGN §2.2); a missing start alone is another check's concern.
// Never throws: every input string gives a verdict.
import type { Lang } from './lang';
import type { FindingCode } from './finding';
import type { Analysis, Lexeme } from './kr-lint-analysis';
import { EN_MARKERS, LEXICON, LONGEST_PHRASE, VI_MARKERS, type RewriteParts, type Roles, type VerbFamily } from './kr-lint-words';
import { suggestMeasure, suggestTask } from './kr-lint-rewrite';
import { parseAmount } from './number-parse';
import { foldText, stripAccents } from './text';

export type KrLintCode = Extract<FindingCode, 'KR_TASK_LIKE' | 'KR_NOT_MEASURABLE'>;

export interface KrLintOptions {
  start?: number | null;
  target?: number | null;
}

export interface KrLint {
  text: string;
  lang: Lang;
  taskLike: boolean;
  measurable: boolean;
  codes: KrLintCode[];
  /** Machine tags for what was found: `task-verb:gui`, `outcome:tang+doanh thu`, `no-number`… */
  reasons: string[];
  /** A rewrite toward an outcome in the KR's language ('' when the KR is a measurable result). */
  suggestion: string;
}

const TERM_RE = /[\p{L}\p{N}]+(?:[.,/'’&+-][\p{L}\p{N}]+)*%?|[<>≥≤]=?|%/gu;
const LABEL_RE = /^(?:(?:o?kr)?\d+(?:\.\d+)*[.):]|o?kr\d*(?:\.\d+)*[.):]?|[-*•–—+]|\(\d+\))$/;
const DATE_RE = /^\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?$/;
const YEAR_RE = /^(?:19|20)\d\d$/;
const VI_MARKS_RE = /[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323đ]/i;
/** Families whose numbers count the people the team reaches (`gửi email cho 500 khách hàng`, `interview 15 users`), not results. */
const REACH: readonly VerbFamily[] = ['message', 'call', 'meet', 'research', 'train'];

/** The KR's words as typed and folded, without a leading label (`KR1:`, `1.`, `-`) unless the label is all there is. */
const splitWords = (text: string): { original: string[]; folded: string[] } => {
  const pairs = text
    .replace(/\p{Cf}/gu, '')
    .split(/\s+/)
    .map((w) => [w, foldText(w)] as const)
    .filter(([, f]) => f !== '');
  for (let i = 0; i < 2 && pairs.length > 1 && LABEL_RE.test(pairs[0]?.[1] ?? ''); i++) pairs.shift();
  return { original: pairs.map(([w]) => w), folded: pairs.map(([, f]) => f) };
};

/** Folded words to lexemes: numbers, and the longest lexicon phrases that do not cross a clause end. */
const lex = (folded: readonly string[]): Lexeme[] => {
  const terms: { text: string; word: number; end: boolean }[] = [];
  folded.forEach((word, w) => {
    const found = word.match(TERM_RE) ?? [];
    found.forEach((text, k) => {
      const previous = terms[terms.length - 1];
      if (text === '%') {
        if (previous && /^\d/.test(previous.text) && !previous.text.endsWith('%')) previous.text += '%';
        return;
      }
      terms.push({ text, word: w, end: k === found.length - 1 && /[,;:!?.)]$/.test(word) });
    });
  });
  const lexemes: Lexeme[] = [];
  for (let i = 0; i < terms.length; ) {
    const head = terms[i];
    if (!head) break;
    let size = 1;
    let roles: Roles = {};
    if (!/^\d/.test(head.text)) {
      for (let len = Math.min(LONGEST_PHRASE, terms.length - i); len >= 1; len--) {
        const span = terms.slice(i, i + len);
        if (span.some((t, k) => /^\d/.test(t.text) || (k < len - 1 && t.end))) continue;
        const found = LEXICON.get(span.map((t) => t.text).join(' '));
        if (found) {
          size = len;
          roles = found;
          break;
        }
      }
    }
    const tail = terms[i + size - 1] ?? head;
    const text = terms
      .slice(i, i + size)
      .map((t) => t.text)
      .join(' ');
    lexemes.push({ text, roles, number: /^\d/.test(head.text), first: head.word, last: tail.word, end: tail.end });
    i += size;
  }
  return lexemes;
};

/** The lexemes after an outcome verb up to a preposition, clause end or verb: the noun phrase it measures. */
const nounPhrase = (lexemes: readonly Lexeme[], from: number, lang: Lang | 'any'): Lexeme[] => {
  const run: Lexeme[] = [];
  for (let j = from; j < lexemes.length && run.length < 7; j++) {
    const lx = lexemes[j];
    if (!lx) break;
    const { stop, outcome, task, activity } = lx.roles;
    if (stop && (lang === 'any' || stop === lang)) {
      if (lx.text === 'of' && run.every((r) => r.number || r.roles.quantity)) continue;
      break;
    }
    if (outcome || (task && !task.leadOnly && !activity)) break;
    run.push(lx);
    if (lx.end) break;
  }
  return run;
};

const measuredNoun = (run: readonly Lexeme[], lang: Lang): Lexeme | undefined => {
  const nouns = run.filter((l) => l.roles.metric || l.roles.activity);
  return lang === 'vi' ? nouns[0] : nouns[nouns.length - 1];
};

const isMeasure = (lexemes: readonly Lexeme[], i: number): boolean => {
  const lx = lexemes[i];
  if (!lx?.number || DATE_RE.test(lx.text) || lexemes[i - 1]?.roles.numberLabel) return false;
  const next = lexemes[i + 1]?.roles;
  return !YEAR_RE.test(lx.text) || Boolean(next && (next.metric || next.activity || next.people));
};

/** The language of folded words: Vietnamese when more words are Vietnamese-only than English function words. */
const markerLang = (lexemes: readonly Lexeme[]): Lang => {
  const words = lexemes.flatMap((l) => l.text.split(' '));
  return words.filter((w) => VI_MARKERS.has(w)).length > words.filter((w) => EN_MARKERS.has(w)).length ? 'vi' : 'en';
};

const findRange = (lexemes: readonly Lexeme[]): Analysis['range'] => {
  const isValue = (l: Lexeme | undefined): boolean => Boolean(l && (l.number || /^[xyn]%?$/.test(l.text)));
  for (let i = 0; i < lexemes.length; i++) {
    if (!lexemes[i]?.roles.rangeFrom) continue;
    const a = [1, 2, 3, 4].map((d) => i + d).find((j) => isValue(lexemes[j]));
    if (a === undefined) continue;
    const t = [1, 2, 3].map((d) => a + d).find((j) => lexemes[j]?.roles.rangeTo);
    const b = t === undefined ? undefined : [1, 2].map((d) => t + d).find((j) => isValue(lexemes[j]));
    if (b !== undefined) return { from: a, to: b };
  }
  return undefined;
};

/** Reads the cues and the evidence of a KR's folded words. */
const analyse = (folded: readonly string[]): Analysis => {
  const lexemes = lex(folded);
  let lead = 0;
  while (lexemes[lead]?.roles.leadSkip && !lexemes[lead]?.roles.task && !lexemes[lead]?.roles.outcome) lead++;
  const cues: string[] = [];
  const evidence: string[] = [];
  let taskAt = -1;
  let family: VerbFamily | undefined;
  let activityHead: Lexeme | undefined;
  lexemes.forEach((lx, i) => {
    const { task, activity, metric, outcome, result, milestone, verdictOpen } = lx.roles;
    if (task && (i === lead || !task.leadOnly)) {
      cues.push(`task-verb:${lx.text}`);
      if (taskAt < 0) [taskAt, family] = [i, task.family];
    } else if (activity && !metric) {
      cues.push(`activity:${lx.text}`);
      family = family ?? activity;
    }
    if (outcome) {
      const run = nounPhrase(lexemes, i + 1, outcome.lang);
      const noun = measuredNoun(run, outcome.lang);
      const last = run[run.length - 1];
      const after = last ? lexemes.indexOf(last) + 1 : i + 1;
      const by = ['by', 'them'].includes(lexemes[after]?.text ?? '') ? [lexemes[after + 1]] : [];
      const percent = [...run, ...by].find((l) => l?.number && l.text.endsWith('%'));
      if (noun?.roles.metric) evidence.push(`outcome:${lx.text}+${noun.text}`);
      else if (noun?.roles.activity) {
        cues.push(`activity-count:${noun.text}`);
        activityHead = activityHead ?? noun;
      } else if (percent && !outcome.weak) evidence.push(`outcome:${lx.text}+${percent.text}`);
    }
    if (milestone) evidence.push(`milestone:${lx.text}`);
    if (verdictOpen) {
      for (let j = i + 1; j <= i + 6 && !lexemes[j - 1]?.end; j++) {
        const close = lexemes[j];
        if (close?.roles.verdictClose) {
          evidence.push(`milestone:${lx.text}+${close.text}`);
          break;
        }
      }
    }
    if (result) {
      for (let j = i + 1; j <= i + 3; j++) {
        const next = lexemes[j];
        if (!next || (!next.number && (next.roles.stop || next.roles.rangeFrom) && !next.roles.comparator)) break;
        if (isMeasure(lexemes, j)) {
          evidence.push(`target:${lx.text}`);
          break;
        }
      }
    }
  });
  const leadTask = lexemes[lead]?.roles.task;
  const reach = leadTask !== undefined && REACH.includes(leadTask.family);
  lexemes.forEach((_, i) => {
    if (!isMeasure(lexemes, i)) return;
    const run = nounPhrase(lexemes, i + 1, 'any');
    const result = run.find((l) => l.roles.result);
    if (!reach && result && !run.some((l) => l.roles.activity && !l.roles.metric)) evidence.push(`target:${result.text}`);
    if (i === lead && taskAt > i && lexemes.slice(i + 1, taskAt).some((l) => l.roles.people)) evidence.push('share-of-people');
  });
  const range = findRange(lexemes);
  if (range && !activityHead && !leadTask) evidence.push('from-to');
  const measures = lexemes.filter((_, i) => isMeasure(lexemes, i)).length;
  return { lexemes, lead, taskAt, family, cues, evidence: Array.from(new Set(evidence)), activityHead, range, measures };
};

const isGiven = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** `từ 50% lên 50%`: both ends read as the same amount, scale words included (`3 tỷ` is not `3 triệu`). */
const flatRange = (a: Analysis): boolean => {
  const { range, lexemes } = a;
  if (!range || !lexemes[range.from]?.number || !lexemes[range.to]?.number) return false;
  const lang = markerLang(lexemes);
  const value = (i: number): number | undefined => {
    const here = lexemes[i]?.text ?? '';
    const scaled = parseAmount(`${here} ${lexemes[i + 1]?.text ?? ''}`.trim(), lang);
    const plain = parseAmount(here, lang);
    return scaled.ok ? scaled.value : plain.ok ? plain.value : undefined;
  };
  const from = value(range.from);
  return from !== undefined && from === value(range.to);
};

/**
 * Checks one key result's wording: is it a task (an activity or output, not a result), can it be measured,
 * and how could it be rewritten as an outcome. `start` and `target` are the KR's Start and Target cells.
 * @example lintKeyResult('Gửi email cho khách hàng').suggestion // 'Tăng tỷ lệ khách hàng phản hồi email từ X% lên Y%'
 * @example lintKeyResult('Tang doanh thu tu 3 ty len 5 ty').codes // []
 * @example lintKeyResult('Go live with payment v2 by 30/6').codes // ['KR_NOT_MEASURABLE']
 */
export const lintKeyResult = (text: string, options: KrLintOptions = {}): KrLint => {
  const typed = typeof text === 'string' ? text : '';
  const { original, folded } = splitWords(typed);
  const a = analyse(folded);
  const accented = VI_MARKS_RE.test(typed.normalize('NFD'));
  const lang: Lang = accented ? 'vi' : markerLang(a.lexemes);
  const taskLike = a.cues.length > 0 && a.evidence.length === 0;
  const reasons = [...a.cues, ...a.evidence];
  const { start, target } = options;
  const flatOptions = isGiven(start) && isGiven(target) && start === target;
  const flatText = !flatOptions && !isGiven(target) && a.measures > 0 && flatRange(a);
  const measurable = !flatOptions && (isGiven(target) || (a.measures > 0 && !flatText));
  if (flatOptions) reasons.push('start-equals-target');
  else if (flatText) reasons.push('flat-range');
  else if (!measurable) reasons.push('no-number');
  const codes: KrLintCode[] = [];
  if (taskLike) codes.push('KR_TASK_LIKE');
  if (!measurable) codes.push('KR_NOT_MEASURABLE');
  const activity = original.join(' ').replace(/[\s.;,]+$/u, '');
  const parts: RewriteParts = { object: '', audience: '', activity, flowModifier: '', flowHead: '' };
  let suggestion = '';
  if (original.length > 0 && taskLike) suggestion = suggestTask(a, original, lang, parts);
  else if (original.length > 0 && !measurable) suggestion = suggestMeasure(a, original, lang, parts, flatOptions || flatText);
  if (lang === 'vi' && !accented) suggestion = stripAccents(suggestion);
  return { text: typed, lang, taskLike, measurable, codes, reasons, suggestion };
};

/**
 * Checks many key results' wording, without start or target.
 * @example lintMany(['Gửi email', 'Tăng NPS từ 30 lên 45']).map((l) => l.taskLike) // [true, false]
 */
export const lintMany = (texts: readonly string[]): KrLint[] => texts.map((t) => lintKeyResult(t));
