/**
 * The okr-sheets command line (Node only): parses arguments, runs a command, prints, and returns the exit
 * status. `main` takes its streams so tests run it in-process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dayFromParts, dayOf, type Day } from '../core/date-parse';
import { runDemo } from './demo';
import { buildTemplate } from './template';
import { readSettings } from '../sheet/settings-read';
import { checkBook, lintLines } from './check-command';
import { remindOn } from './remind-command';
import { summaryCsv } from './summary-command';
import { LocalRuntime } from './runtime';
import type { BookSnapshot } from './snapshot';
import { writeOutbox } from './eml';
import { readXlsx, writeXlsx } from './xlsx';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdin: () => Promise<string>;
}

/** The built bundle and its HTML pages, next to cli.js in build/. */
export function loadBuild(dir: string): { code: string; files: Record<string, string> } {
  const codePath = join(dir, 'Code.js');
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run npm run build first`);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) files[name] = readFileSync(join(dir, name), 'utf8');
  return { code: readFileSync(codePath, 'utf8'), files };
}

/** The Monday after the demo's quarter: the cycle is over and gets closed. */
const DEMO_UNTIL = dayFromParts(2027, 1, 4);

const USAGE = `usage: okr-sheets <command> [options]
  demo [--out DIR] [--today YYYY-MM-DD]   run the demo company through the bundle (by default its whole quarter, then the close); writes DIR/okr-demo.xlsx (default out/)
  check FILE.xlsx [--json] [--today YYYY-MM-DD]   the alignment and quality checks; exit status 1 when any finding is an error
  lint [--json]   key results from standard input, one per line: task-like, not measurable, and a rewrite
  template --out FILE.xlsx [--lang vi|en]   the empty workbook with validations and labels (default vi)
  remind FILE.xlsx --today YYYY-MM-DD [--outbox DIR]   what the daily trigger would send that day (.eml files in DIR)
  summary FILE.xlsx --out DIR [--today YYYY-MM-DD]   the Looker Studio tabs as kr_weekly.csv and checkin_rate.csv`;

function parseToday(text: string | undefined, fallback: Day): Day | null {
  if (text === undefined) return fallback;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * Reads an .xlsx export: its dates are wall-clock times, so the file is read once to learn the workbook's
 * time zone (our files record it; Google's exports do not, and Settings says it), then read in that zone.
 */
export async function readWorkbookFile(file: string): Promise<BookSnapshot> {
  const first = await readXlsx(file);
  const rt = new LocalRuntime({ book: first });
  const zone = rt.env.quiet(() => readSettings(rt.services().book)).settings.timeZone;
  return zone === first.timeZone ? first : { ...(await readXlsx(file, { timeZone: zone })), timeZone: zone };
}

export async function main(argv: readonly string[], io: Io, buildDir: string): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest as string[], allowPositionals: true, strict: false,
    options: { out: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' }, outbox: { type: 'string' } },
  });
  // The demo lives through its whole quarter and closes it; the other commands default to this machine's today.
  const fallback = command === 'demo' ? DEMO_UNTIL : dayOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const today = parseToday(values.today as string | undefined, fallback);
  if (today === null) {
    io.err(`--today must be a date like 2026-11-27, not ${String(values.today)}\n`);
    return 2;
  }
  switch (command) {
    case 'demo': {
      const report = await runDemo({ ...loadBuild(buildDir), outDir: String(values.out ?? 'out'), until: today });
      io.out(`${report.lines.join('\n')}\n`);
      return 0;
    }
    case 'template': {
      const lang = values.lang === undefined ? 'vi' : values.lang;
      if ((lang !== 'vi' && lang !== 'en') || typeof values.out !== 'string') {
        io.err(`${USAGE}\n`);
        return 2;
      }
      const { warnings } = await writeXlsx(buildTemplate(loadBuild(buildDir).code, lang), values.out);
      io.out(`wrote ${values.out}\n${warnings.map((w) => `warning: ${w}\n`).join('')}`);
      return 0;
    }
    case 'remind': {
      const file = positionals[0];
      if (!file || values.today === undefined) {
        io.err(`${USAGE}\n`);
        return 2;
      }
      const report = remindOn(loadBuild(buildDir).code, await readWorkbookFile(file), today);
      for (const m of report.messages) io.out(`${m.to.join(', ')}\t${m.subject}\n`);
      if (typeof values.outbox === 'string') writeOutbox(report.messages, values.outbox);
      io.out(`${report.messages.length} e-mail(s) from ${report.owner || 'no admin'}${values.outbox ? ` written to ${values.outbox}` : ''}\n`);
      for (const failure of report.failures) io.err(`the daily run failed: ${failure}\n`);
      return report.failures.length > 0 ? 1 : 0;
    }
    case 'check': {
      const file = positionals[0];
      if (!file) {
        io.err(`${USAGE}\n`);
        return 2;
      }
      const report = checkBook(await readWorkbookFile(file), today);
      io.out(`${values.json ? report.json : report.text}\n`);
      return report.hasErrors ? 1 : 0;
    }
    case 'lint':
      io.out(lintLines(await io.stdin(), values.json === true));
      return 0;
    case 'summary': {
      const file = positionals[0];
      if (!file || typeof values.out !== 'string') {
        io.err(`${USAGE}\n`);
        return 2;
      }
      const files = summaryCsv(loadBuild(buildDir).code, await readWorkbookFile(file), today, values.out);
      io.out(`${files.map((f) => `wrote ${f}`).join('\n')}\n`);
      return 0;
    }
    default:
      io.err(`${USAGE}\n`);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}
