/**
 * The okr-sheets command line (Node only): parses arguments, runs a command, prints, and returns the exit
 * status. `main` takes its streams so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { dayFromParts, dayOf, formatDay, type Day } from '../../core/date-parse';
import { messages } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import { hasOkrTabs, snapshotSettings } from './book-read';
import { checkBook, lintLines } from './check-command';
import { CliError, EXIT, type ExitStatus } from './errors';
import { archiveOn } from './archive-command';
import { runDemo } from './demo';
import { writeOutbox } from './eml';
import { openWorkbookFile } from './input-file';
import { remindOn } from './remind-command';
import { type BookSnapshot, loadBuild } from '../emulator';
import { summaryCsv } from './summary-command';
import { buildTemplate } from './template';
import { writeXlsx } from '../xlsx';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdin: () => Promise<string>;
}

/** The Monday after the demo's quarter: the cycle is over and gets closed. */
const DEMO_UNTIL = dayFromParts(2027, 1, 4);

const USAGE = `usage: okr-sheets <command> [options]
  demo [--out DIR] [--today YYYY-MM-DD]   run the demo company through the bundle (by default its whole quarter, then the close); writes DIR/okr-demo.xlsx (default out/)
  check FILE.xlsx [--json] [--today YYYY-MM-DD]   the alignment and quality checks; exit status 1 when any finding is an error
  lint [--json] [--lang vi|en]   key results from standard input, one per line: task-like, not measurable, and a rewrite
  template --out FILE.xlsx [--lang vi|en]   the empty workbook with validations and labels (default vi)
  remind FILE.xlsx --today YYYY-MM-DD [--outbox DIR]   what the daily trigger would send that day (.eml files in DIR)
  summary FILE.xlsx --out DIR [--today YYYY-MM-DD]   the Looker Studio tabs as kr_weekly.csv and checkin_rate.csv
  archive FILE.xlsx --out DIR [--today YYYY-MM-DD]   moves closed cycles into archive workbooks; writes the workbook and each archive to DIR
--lang vi|en words what is said before a workbook is read (a bad file, a bad --today); English by default
exit status: 0 done, 1 check found an error, 2 usage, 3 unreadable file, 4 not an OKR workbook, 5 the program refused or failed`;

/** A date as YYYY-MM-DD that exists: 2026-02-31 is refused, not rolled over to March. */
function parseToday(text: string | undefined, fallback: Day, lang: Lang): Day {
  if (text === undefined) return fallback;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (day === null || formatDay(day) !== text) throw new CliError(EXIT.usage, messages(lang).cli.badToday(text));
  return day;
}

/**
 * The workbook in FILE, or the one line that says why it cannot be used: unreadable (in `lang`, as the
 * file's own language is unknown until it is read) or without any OKR tab (in the workbook's language).
 */
export async function readWorkbookFile(file: string, lang: Lang = 'en'): Promise<BookSnapshot> {
  const opened = await openWorkbookFile(file);
  if (!opened.ok) throw new CliError(EXIT.unreadableFile, messages(lang).cli.file[opened.problem](file));
  if (!hasOkrTabs(opened.book)) throw new CliError(EXIT.notOkrWorkbook, messages(snapshotSettings(opened.book).settings.language).cli.noOkrTabs(file));
  return opened.book;
}

/** Runs one command; a CliError becomes its one line on stderr and its exit status, anything else is a bug and propagates. */
export async function main(argv: readonly string[], io: Io, buildDir: string): Promise<number> {
  try {
    return await command(argv, io, buildDir);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`okr-sheets: ${error.message}\n`);
    return error.status;
  }
}

function usage(io: Io): ExitStatus {
  io.err(`${USAGE}\n`);
  return EXIT.usage;
}

async function command(argv: readonly string[], io: Io, buildDir: string): Promise<ExitStatus> {
  const [name, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest as string[],
    allowPositionals: true,
    strict: false,
    options: { out: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' }, outbox: { type: 'string' } },
  });
  const given = values.lang;
  if (given !== undefined && given !== 'vi' && given !== 'en') return usage(io);
  // Messages before a workbook is read (a usage error, an unreadable file) are in --lang, else English.
  const lang: Lang = given ?? 'en';
  // The demo lives through its whole quarter and closes it; the other commands default to this machine's today.
  const fallback = name === 'demo' ? DEMO_UNTIL : dayOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const today = parseToday(values.today === undefined ? undefined : String(values.today), fallback, lang);
  const file = positionals[0];
  switch (name) {
    case 'demo': {
      const report = await runDemo({ ...loadBuild(buildDir), outDir: String(values.out ?? 'out'), until: today });
      io.out(`${report.lines.join('\n')}\n`);
      return EXIT.ok;
    }
    case 'template': {
      if (typeof values.out !== 'string') return usage(io);
      const { warnings } = await writeXlsx(buildTemplate(loadBuild(buildDir).code, given ?? 'vi'), values.out);
      io.out(`${messages(given ?? 'vi').cli.wrote(values.out)}\n${warnings.map((w) => `warning: ${w}\n`).join('')}`);
      return EXIT.ok;
    }
    case 'remind': {
      if (!file || values.today === undefined) return usage(io);
      const book = await readWorkbookFile(file, lang);
      const t = messages(snapshotSettings(book).settings.language).cli;
      const report = remindOn(loadBuild(buildDir).code, book, today);
      for (const m of report.messages) io.out(`${m.to.join(', ')}\t${m.subject}\n`);
      if (typeof values.outbox === 'string') writeOutbox(report.messages, values.outbox);
      if (report.failure !== '') throw new CliError(EXIT.runFailed, t.runFailed(report.failure));
      const outbox = typeof values.outbox === 'string' ? values.outbox : '';
      const sent = outbox ? t.sentTo(report.messages.length, report.owner, outbox) : t.sent(report.messages.length, report.owner);
      io.out(`${report.nothing || sent}\n`);
      return EXIT.ok;
    }
    case 'check': {
      if (!file) return usage(io);
      const report = checkBook(loadBuild(buildDir).code, await readWorkbookFile(file, lang), today);
      io.out(`${values.json ? report.json : report.text}\n`);
      return report.hasErrors ? EXIT.errorsFound : EXIT.ok;
    }
    case 'lint':
      io.out(lintLines(await io.stdin(), values.json === true, given ?? null));
      return EXIT.ok;
    case 'summary': {
      if (!file || typeof values.out !== 'string') return usage(io);
      const book = await readWorkbookFile(file, lang);
      const t = messages(snapshotSettings(book).settings.language).cli;
      const files = summaryCsv(loadBuild(buildDir).code, book, today, values.out);
      io.out(files.map((f) => `${t.wrote(f)}\n`).join(''));
      return EXIT.ok;
    }
    case 'archive': {
      if (!file || typeof values.out !== 'string') return usage(io);
      const book = await readWorkbookFile(file, lang);
      const t = messages(snapshotSettings(book).settings.language).cli;
      const report = await archiveOn(loadBuild(buildDir).code, book, file, today, values.out);
      io.out(`${report.message}\n${report.files.map((f) => `${t.wrote(f)}\n`).join('')}`);
      return EXIT.ok;
    }
    default:
      io.err(`${USAGE}\n`);
      return name === undefined || name === 'help' || name === '--help' ? EXIT.ok : EXIT.usage;
  }
}
