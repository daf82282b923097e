/**
 * `okr-sheets check FILE.xlsx [--json] [--today DATE]` and `okr-sheets lint [--json]`: the alignment and
 * quality checks on a workbook export, and the KR linter on lines of text, with the program's own code.
 */
import { checkAll } from '../actions/check';
import { startOfDay, type Day } from '../core/date-parse';
import { hasBlockingErrors } from '../core/checks';
import { lintKeyResult } from '../core/kr-lint';
import { findingText, severityLabel } from '../i18n/findings';
import { TAB_LABELS } from '../i18n/tabs';
import { readWorkbook } from '../sheet/workbook-read';
import { LocalRuntime } from './runtime';
import type { BookSnapshot } from './snapshot';

export interface CheckReport {
  readonly json: string;
  readonly text: string;
  readonly hasErrors: boolean;
}

export function checkBook(book: BookSnapshot, today: Day): CheckReport {
  const rt = new LocalRuntime({ book });
  const s = rt.services();
  const read = rt.env.quiet(() => readWorkbook(s.book));
  const lang = read.workbook.settings.language;
  rt.env.setNow(startOfDay(today, read.workbook.settings.timeZone));
  const { findings, score } = rt.env.quiet(() => checkAll(s, read, today));
  const rows = findings.map((f) => ({ f, text: findingText(f, lang) }));
  const json = JSON.stringify({
    score,
    findings: rows.map(({ f, text }) => ({ code: f.code, severity: f.severity, tab: TAB_LABELS[f.tab][lang], row: f.row, id: f.id, message: text.message })),
  });
  const text = [
    `${score}/100 · ${findings.length} finding(s)`,
    ...rows.map(({ f, text: t }) => `${severityLabel(f.severity, lang)}\t${f.code}\t${TAB_LABELS[f.tab][lang]}${f.row > 0 ? `!${f.row}` : ''}\t${f.id}\t${t.message}`),
  ].join('\n');
  return { json, text, hasErrors: hasBlockingErrors(findings) };
}

/** One result per input line, in order; blank lines included (they have nothing to say). */
export function lintLines(input: string, json: boolean): string {
  const lines = input.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => {
    const lint = lintKeyResult(line);
    if (json) return JSON.stringify({ text: line, codes: lint.codes, suggestion: lint.suggestion });
    return lint.codes.length === 0 ? `ok\t${line}` : `${lint.codes.join(',')}\t${line}${lint.suggestion ? `\t→ ${lint.suggestion}` : ''}`;
  }).join('\n') + (lines.length > 0 ? '\n' : '');
}
