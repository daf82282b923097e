/** Writing text a person typed so that it stays text. */

/**
 * Sheets interprets a written string as a person's input: `=…` (and `+`, `-`, `@`) becomes a formula,
 * `85%` a number, `2026-03-31` a date. A leading apostrophe keeps any string text and is not part of the
 * value, so every non-empty text cell the program copies from people is written with one (DESIGN.md §2.8).
 *
 * @example
 * asText('=IMPORTXML("http://x")') //=> "'=IMPORTXML(\"http://x\")"
 */
function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A cell holds at most 50,000 characters (Sheets refuses more); longer text is cut, with an ellipsis. */
export const MAX_CELL_CHARS = 50000;

/**
 * Text the program derives from people's text (an indented title, a message quoting it) can pass the cell
 * limit; it is cut so that the whole output tab is still written.
 *
 * @example
 * asCellText('x'.repeat(60000)).length //=> 50001 (the apostrophe is not part of the value)
 */
export function asCellText(text: string): string {
  return asText(text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text);
}
