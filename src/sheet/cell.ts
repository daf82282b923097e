/** Writing text a person typed so that it stays text. */

/**
 * Sheets interprets a written string as a person's input: `=…` (and `+`, `-`, `@`) becomes a formula,
 * `85%` a number, `2026-03-31` a date. A leading apostrophe keeps any string text and is not part of the
 * value, so every non-empty text cell the program copies from people is written with one (DESIGN.md §2.8).
 *
 * @example
 * asText('=IMPORTXML("http://x")') //=> "'=IMPORTXML(\"http://x\")"
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}
