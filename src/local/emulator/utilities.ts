/** The emulated Utilities service (formatDate with Java SimpleDateFormat patterns, sleep) and the time-zone arithmetic other services share. */
import { isDateObject } from './cell-text';
import type { LocalEnv } from './env';
import { signatureError } from './session';
import { isTimeZone, offsetAt, wallClock, type WallClock } from './zone';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Minutes the zone is ahead of UTC at that instant. */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round(offsetAt(ms, timeZone) / 60000);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function offsetText(minutes: number, colon: boolean): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

function zoneName(ms: number, timeZone: string, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(ms);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

function dayOfYear(p: WallClock): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000 + 1;
}

/** Java's WEEK_OF_YEAR for the en_US locale: weeks start on Sunday and week 1 holds January 1. */
function weekOfYear(p: WallClock): number {
  const yearDay = dayOfYear(p);
  const daysInYear = dayOfYear({ ...p, month: 12, day: 31 });
  if (yearDay + (6 - p.weekday) > daysInYear) return 1;
  return Math.floor((yearDay - 1 + new Date(Date.UTC(p.year, 0, 1)).getUTCDay()) / 7) + 1;
}

type Token = { readonly literal: string } | { readonly letter: string; readonly count: number };

/** SimpleDateFormat syntax: letter runs are fields, text in single quotes is literal, '' is a quote. */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new Error('Unterminated quote');
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          text += "'";
          j += 2;
          continue;
        }
        if (pattern[j] === "'") break;
        text += pattern[j];
        j += 1;
      }
      tokens.push({ literal: j === i + 1 ? "'" : text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j += 1;
      tokens.push({ letter: ch, count: j - i });
      i = j;
    } else {
      tokens.push({ literal: ch });
      i += 1;
    }
  }
  return tokens;
}

/** Java letters this emulator leaves out: throwing says so instead of printing something plausible but wrong. */
const JAVA_ONLY_LETTERS = 'GYLWFkK';

function field(letter: string, count: number, ms: number, p: WallClock, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  switch (letter) {
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      return count >= 4 ? (MONTHS[p.month - 1] ?? '') : count === 3 ? (MONTHS[p.month - 1] ?? '').slice(0, 3) : pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'H':
      return pad(p.hour, count);
    case 'h':
      return pad(p.hour % 12 || 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(((ms % 1000) + 1000) % 1000, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'E':
      return count >= 4 ? (WEEKDAYS[p.weekday] ?? '') : (WEEKDAYS[p.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'w':
      return pad(weekOfYear(p), count);
    case 'D':
      return pad(dayOfYear(p), count);
    // Intl's names, not Java's: Java says "ICT" where Intl says "GMT+7", so do not show z to people.
    case 'z':
      return zoneName(ms, timeZone, count >= 4 ? 'long' : 'short');
    case 'Z':
      return offsetText(offset, false);
    case 'X':
      if (count > 3) throw new Error('invalid ISO 8601 format: length=' + count);
      if (offset === 0) return 'Z';
      return count === 1 ? offsetText(offset, false).slice(0, 3) : offsetText(offset, count === 3);
    default:
      if (JAVA_ONLY_LETTERS.includes(letter)) throw new Error(`not emulated: Utilities.formatDate pattern letter '${letter}'`);
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function createUtilities(env: LocalEnv) {
  return {
    /** https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) */
    formatDate(date: Date, timeZone: string, format: string): string {
      env.call('Utilities.formatDate');
      if (!isDateObject(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
        throw signatureError('Utilities.formatDate', [date, timeZone, format]);
      }
      const ms = date.getTime();
      if (Number.isNaN(ms)) throw new Error('Invalid argument: date');
      // Java falls back to GMT for an unknown zone id; silently formatting in GMT hides a bug, so this throws.
      if (!isTimeZone(timeZone)) throw new Error(`Invalid argument: timeZone (${timeZone})`);
      const parts = wallClock(ms, timeZone);
      return tokenize(format)
        .map((t) => ('literal' in t ? t.literal : field(t.letter, t.count, ms, parts, timeZone)))
        .join('');
    },
    /** Advances the virtual clock; the reference caps a sleep at 300000 ms (what happens past it is unknown, so it throws). */
    sleep(milliseconds: number): void {
      env.call('Utilities.sleep');
      if (!(milliseconds >= 0 && milliseconds <= 300000)) throw new Error(`Invalid argument: milliseconds (${milliseconds})`);
      env.advance(milliseconds);
    },
  };
}

export type LocalUtilities = ReturnType<typeof createUtilities>;
