// Reading e-mail addresses typed in cells: one address, or a list of them (People, admins, By).
import { fail, inputText, isBlank, ok, type Parsed } from './parsed';

/**
 * A practical address pattern, not RFC 5322: dot-atom local part, a domain of at least two
 * hostname labels ending in a letter TLD (or punycode). Quoted local parts, IP literals and
 * non-ASCII addresses are refused: MailApp recipients are plain addresses.
 */
const LOCAL = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const EMAIL_RE = new RegExp(`^${LOCAL}@(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);
/** RFC 5321 §4.5.3.1: a path is at most 256 octets (254 for the address) and a local part 64. */
const MAX_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** The address inside `Name <a@b.c>` or `mailto:a@b.c?subject=…`, lower-cased; null when not one address. */
const readAddress = (text: string): string | null => {
  const angle = /^(?:"[^"]*" *|[^<>"]*)<([^<>]*)>$/.exec(text);
  const bare = (angle ? (angle[1] ?? '') : text)
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\?.*$/, '');
  const address = bare.toLowerCase();
  const local = address.split('@')[0] ?? '';
  const fits = address.length <= MAX_LENGTH && local.length <= MAX_LOCAL_LENGTH;
  return fits && EMAIL_RE.test(address) ? address : null;
};

/**
 * Reads one e-mail address: trimmed and lower-cased; `mailto:` and `Name <address>` are unwrapped.
 * Blank is MISSING; anything else that is not exactly one address is INVALID_EMAIL.
 * @example parseEmail(' An Nguyễn <An.Nguyen@Example.VN> ') // { ok: true, value: 'an.nguyen@example.vn' }
 * @example parseEmail('an@example') // { ok: false, problem: { code: 'INVALID_EMAIL', input: 'an@example' } }
 */
export const parseEmail = (input: unknown): Parsed<string> => {
  if (isBlank(input)) return fail('MISSING', inputText(input).trim());
  if (typeof input !== 'string') return fail('INVALID_EMAIL', inputText(input));
  const known = parsedEmails.get(input);
  if (known) return known;
  const text = input.trim();
  const address = readAddress(text);
  const parsed = address === null ? fail('INVALID_EMAIL', text) : ok(address);
  if (parsedEmails.size >= 10_000) parsedEmails.clear();
  parsedEmails.set(input, parsed);
  return parsed;
};

/**
 * parseEmail's answers, remembered: a large Check-ins tab holds 100,000 By cells in a thousand spellings.
 * Forgotten past 10,000 texts, so that a column of free text cannot grow it without bound.
 */
const parsedEmails = new Map<string, Parsed<string>>();

/** Splits on commas, semicolons and whitespace, except inside quotes and angle brackets (`"Lê, An" <an@x.vn>`). */
const splitList = (text: string): string[] => {
  const items: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const ch of text) {
    if (ch === '"' && !angled) quoted = !quoted;
    else if (ch === '<' && !quoted) angled = true;
    else if (ch === '>' && !quoted) angled = false;
    const separator = ch === ',' || ch === ';' || /\s/.test(ch);
    if (separator && !quoted && !angled) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
};

/** Joins the words of a display name back to the `<address>` that follows them (`An Nguyễn <an@x.vn>`). */
const groupNames = (words: readonly string[]): string[] => {
  const items: string[] = [];
  let name: string[] = [];
  for (const word of words) {
    if (word.startsWith('<') || word.endsWith('>')) {
      items.push([...name, word].join(' '));
      name = [];
    } else if (readAddress(word) !== null) {
      items.push(...name, word);
      name = [];
    } else name.push(word);
  }
  return [...items, ...name];
};

/**
 * Reads a list of addresses separated by commas, semicolons or spaces, in order and without
 * duplicates. Blank is MISSING; the first item that is not an address makes the list INVALID_EMAIL,
 * naming that item: a list is never read partly.
 * @example parseEmailList('a@x.vn; B@X.VN, a@x.vn') // { ok: true, value: ['a@x.vn', 'b@x.vn'] }
 */
export const parseEmailList = (input: unknown): Parsed<string[]> => {
  if (isBlank(input)) return fail('MISSING', inputText(input).trim());
  if (typeof input !== 'string') return fail('INVALID_EMAIL', inputText(input));
  const addresses: string[] = [];
  for (const item of groupNames(splitList(input))) {
    const address = readAddress(item);
    if (address === null) return fail('INVALID_EMAIL', item);
    if (!addresses.includes(address)) addresses.push(address);
  }
  return addresses.length > 0 ? ok(addresses) : fail('MISSING', input.trim());
};
