/** The emulated Logger and console: every line is recorded, and echoed to a sink the runtime chooses. */
import { format } from 'node:util';
import { isDateObject } from './cell-text';
import type { LocalEnv } from './env';

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface LogLine {
  readonly level: LogLevel;
  readonly text: string;
  readonly at: Date;
}

export interface LoggingOptions {
  /** Receives each line as it is written; by default lines are only recorded. */
  readonly sink?: (line: LogLine) => void;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !isDateObject(value)) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/**
 * Logger.log(format, ...values) fills each %s with a value, as the reference's examples do
 * (https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)).
 * Other Java format specifiers are not emulated and throw rather than print something else.
 * Objects are shown as JSON; Apps Script's own rendering differs in detail.
 */
function formatForLogger(args: readonly unknown[]): string {
  const [first, ...values] = args;
  if (values.length === 0) return show(first);
  let next = 0;
  return String(first).replace(/%(.)/g, (match, spec: string) => {
    if (spec === '%') return '%';
    if (spec !== 's') throw new Error(`not emulated: Logger.log format ${match}`);
    // Java's String.format: a %s with no value left is MissingFormatArgumentException.
    if (next >= values.length) throw new Error("Format specifier '%s'");
    next += 1;
    return show(values[next - 1]);
  });
}

/** https://developers.google.com/apps-script/reference/base/logger and https://developers.google.com/apps-script/reference/base/console */
export function createLogging(env: LocalEnv, options: LoggingOptions = {}) {
  const lines: LogLine[] = [];
  const write = (level: LogLevel, text: string): void => {
    const line = { level, text, at: new Date(env.now()) };
    lines.push(line);
    options.sink?.(line);
  };
  const consoleMethod =
    (level: LogLevel) =>
    (...args: unknown[]): void => {
      env.call(`console.${level}`);
      write(level, format(...args));
    };

  const Logger: { log(...args: unknown[]): unknown } = {
    log(...args: unknown[]) {
      env.call('Logger.log');
      write('log', formatForLogger(args));
      return Logger;
    },
  };
  const console = { log: consoleMethod('log'), info: consoleMethod('info'), warn: consoleMethod('warn'), error: consoleMethod('error') };
  return { Logger, console, lines };
}

export type LocalLogging = ReturnType<typeof createLogging>;
