/**
 * `okr-sheets check FILE.xlsx [--json] [--today DATE]` and `okr-sheets lint [--json] [--lang vi|en]`: the
 * bundle's own "Check alignment & quality" on a workbook export, read back from the Findings tab it writes,
 * and the KR linter on lines of text.
 */
import { alignmentScore, hasBlockingErrors } from '../../core/checks';
import type { Day } from '../../core/date-parse';
import type { Severity } from '../../core/finding';
import { lintKeyResult } from '../../core/kr-lint';
import { messages } from '../../i18n';
import { severityLabel } from '../../i18n/findings';
import type { Lang } from '../../i18n/lang';
import { COLUMN_LABELS } from '../../i18n/tabs';
import { columnIndex, dataRows, snapshotSettings } from './book-read';
import { lastAlert, outputTabOf, runMenuAtNoon, tabRows, type BundleRun } from './bundle-run';
import { CliError, EXIT } from './errors';
import type { BookSnapshot } from '../emulator';

export interface CheckReport {
  readonly json: string;
  readonly text: string;
  readonly hasErrors: boolean;
}

interface FindingRow {
  readonly severity: Severity;
  readonly label: string;
  readonly code: string;
  readonly tab: string;
  readonly row: number;
  readonly id: string;
  readonly message: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The Findings tab as the bundle wrote it, in either language. */
function findingRows(run: BundleRun): FindingRow[] {
  const sheet = outputTabOf(run, 'findings');
  const [header = [], ...rows] = sheet ? tabRows(run, sheet) : [];
  const labels = COLUMN_LABELS.findings;
  const col = (key: keyof typeof labels) => columnIndex(header, labels[key]);
  const at = { severity: col('severity'), code: col('code'), tab: col('tab'), row: col('row'), id: col('id'), message: col('message') };
  return rows.map((cells) => {
    const text = (index: number) => String(cells[index] ?? '');
    const label = text(at.severity);
    const severity = SEVERITIES.find((s) => severityLabel(s, 'en') === label || severityLabel(s, 'vi') === label);
    if (!severity) throw new Error(`the Findings tab has a severity the CLI does not know: ${label}`);
    const row = cells[at.row];
    return { severity, label, code: text(at.code), tab: text(at.tab), row: typeof row === 'number' ? row : 0, id: text(at.id), message: text(at.message) };
  });
}

/** Runs the bundle's check on `today`, as the first admin at noon in the workbook's zone, and reports what it wrote. */
export function checkBook(code: string, book: BookSnapshot, today: Day): CheckReport {
  const { settings } = snapshotSettings(book);
  const lang = settings.language;
  const t = messages(lang);
  const run = runMenuAtNoon(code, book, 'menuCheck', today);
  const findings = findingRows(run);
  const score = alignmentScore(findings, { objectives: dataRows(book, 'objectives').length, keyResults: dataRows(book, 'keyResults').length });
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  // The run's own message names the score and counts: it confirms that these findings are this run's, not a
  // tab left from before by a run that was refused or failed.
  const alert = lastAlert(run);
  if (!alert.includes(t.check.summary(score, count('error'), count('warning'), count('info')))) {
    throw new CliError(EXIT.runFailed, t.cli.checkNotRun((alert || run.failure).split('\n')[0] ?? ''));
  }
  const json = JSON.stringify({
    score,
    findings: findings.map((f) => ({ code: f.code, severity: f.severity, tab: f.tab, row: f.row, id: f.id, message: f.message })),
  });
  const text = [
    t.cli.checkHeadline(score, findings.length),
    ...findings.map((f) => `${f.label}\t${f.code}\t${f.tab}${f.row > 0 ? `!${f.row}` : ''}\t${f.id}\t${f.message}`),
  ].join('\n');
  return { json, text, hasErrors: hasBlockingErrors(findings) };
}

/**
 * One result per input line, in order. A blank line has nothing to lint: its result is an empty line (JSON:
 * no codes). Each code is printed with its words, in `lang` when given, else in the language of the line.
 */
export function lintLines(input: string, json: boolean, lang: Lang | null): string {
  const lines = input.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines
    .map((line) => {
      const blank = line.trim() === '';
      const lint = blank ? { codes: [], suggestion: '', lang: lang ?? 'en' } : lintKeyResult(line);
      if (json) return JSON.stringify({ text: line, codes: lint.codes, suggestion: lint.suggestion });
      if (blank) return '';
      const t = messages(lang ?? lint.lang).cli;
      if (lint.codes.length === 0) return `${t.lintOk}\t${line}`;
      const codes = lint.codes.map((c) => `${c} (${t.lintCodes[c]})`).join(', ');
      return `${codes}\t${line}${lint.suggestion ? `\t→ ${lint.suggestion}` : ''}`;
    })
    .map((line) => `${line}\n`)
    .join('');
}
