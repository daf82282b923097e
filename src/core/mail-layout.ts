/**
 * The layout every e-mail of the program shares: paragraphs, one call-to-action button, titled tables of
 * labelled values, a footer; as inline-styled HTML (mail clients drop style sheets) and as plain text
 * where each value is written after its label. Text is escaped here, once, for HTML.
 */
import { escapeHtml } from './html';

/**
 * Size limits of one message. MailApp allows a 200 KB body on consumer accounts and 400 KB on Workspace
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations); whether text and
 * HTML bodies count together is not documented, so both together stay under the smaller limit.
 */
export const MAIL_LIMITS = { bodyBytes: 200_000, rowsPerSection: 100, fieldChars: 200, subjectChars: 200 } as const;

/** Room kept per section for its closing lines. */
const MORE_RESERVE_BYTES = 1_000;

export interface Link {
  readonly label: string;
  readonly href: string;
}

/** A line of a table: its cells under the section's labels, and at most one link; or a group heading. */
export type Row = { readonly cells: readonly string[]; readonly link?: Link } | { readonly heading: string };

export interface Section {
  readonly title: string;
  readonly intro: string;
  /** The label of each cell; the first cell names the line and goes unlabelled in the plain text. */
  readonly labels: readonly string[];
  readonly rows: readonly Row[];
  /** Said after the rows, e.g. how many were left out on purpose. */
  readonly notes: readonly string[];
}

export interface MailBody {
  readonly lang: string;
  readonly greeting: string;
  /** The one obvious thing to do, as a button, with a sentence under it ('' for none). */
  readonly action: { readonly link: Link; readonly hint: string };
  readonly sections: readonly Section[];
  readonly footerLinks: readonly Link[];
  readonly footer: string;
  /** Says how many rows a section left out to stay within MAIL_LIMITS. */
  readonly more: (hidden: number) => string;
}

const STYLE = {
  body: 'margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#202124',
  button: 'display:inline-block;padding:10px 20px;background:#1a73e8;color:#ffffff;border-radius:4px;text-decoration:none;font-weight:bold',
  title: 'font-size:16px;margin:24px 0 4px',
  table: 'border-collapse:collapse;width:100%;font-size:13px',
  th: 'padding:6px 8px;border-bottom:2px solid #dadce0;background:#f1f3f4;text-align:left;vertical-align:top',
  td: 'padding:6px 8px;border-bottom:1px solid #e0e0e0;text-align:left;vertical-align:top',
  group: 'padding:10px 8px 4px;font-weight:bold;border-bottom:1px solid #dadce0',
  link: 'color:#1a73e8',
  note: 'color:#5f6368;font-size:12px',
} as const;

/** UTF-8 size, counted high: a surrogate pair counts 6 bytes where it takes 4 (no TextEncoder in Apps Script's lib). */
export const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
};

/**
 * At most `max` characters, with `…` when cut, never splitting a surrogate pair.
 * @example clip('abcdef', 4) // 'abc…'
 */
export const clip = (text: string, max: number = MAIL_LIMITS.fieldChars): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
};

const htmlLink = (link: Link): string => `<a href="${escapeHtml(link.href)}" style="${STYLE.link}">${escapeHtml(link.label)}</a>`;

const rowParts = (row: Row, labels: readonly string[], linkColumn: boolean): { html: string; text: string } => {
  if ('heading' in row) {
    const span = labels.length + (linkColumn ? 1 : 0);
    return { html: `<tr><td colspan="${span}" style="${STYLE.group}">${escapeHtml(row.heading)}</td></tr>\n`, text: `\n${row.heading}\n` };
  }
  const [name = '', ...values] = row.cells;
  const labelled = values.map((value, i) => `${labels[i + 1] ?? ''}: ${value}`).join('; ');
  const linkCell = linkColumn ? `<td style="${STYLE.td}">${row.link ? htmlLink(row.link) : ''}</td>` : '';
  return {
    html: `<tr>${row.cells.map((cell) => `<td style="${STYLE.td}">${escapeHtml(cell)}</td>`).join('')}${linkCell}</tr>\n`,
    text: `- ${name}\n${labelled === '' ? '' : `  ${labelled}\n`}${row.link ? `  ${row.link.label}: ${row.link.href}\n` : ''}`,
  };
};

/**
 * The plain-text and HTML bodies of a mail. Long sections stop at MAIL_LIMITS (rows, bytes) and say how
 * many rows were left out; there is no image, no script and no external resource.
 * @example renderMailBody(body).text.startsWith('Hi An,') // true
 */
export function renderMailBody(body: MailBody): { text: string; html: string } {
  const { action } = body;
  const html = [
    `<!DOCTYPE html><html lang="${escapeHtml(body.lang)}"><head><meta charset="utf-8"></head><body style="${STYLE.body}">\n`,
    `<p>${escapeHtml(body.greeting)}</p>\n`,
    `<p><a href="${escapeHtml(action.link.href)}" style="${STYLE.button}">${escapeHtml(action.link.label)}</a></p>\n`,
    action.hint === '' ? '' : `<p style="${STYLE.note}">${escapeHtml(action.hint)}</p>\n`,
  ];
  const text = [`${body.greeting}\n\n${action.link.label}: ${action.link.href}\n${action.hint === '' ? '' : `${action.hint}\n`}`];
  const tail = {
    html: `${body.footerLinks.map((l) => `<p>${htmlLink(l)}</p>\n`).join('')}<p style="${STYLE.note}">${escapeHtml(body.footer)}</p>\n</body></html>\n`,
    text: `\n${body.footerLinks.map((l) => `${l.label}: ${l.href}\n`).join('')}\n${body.footer}\n`,
  };
  let used = utf8Bytes(html.join('')) + utf8Bytes(text.join('')) + utf8Bytes(tail.html) + utf8Bytes(tail.text);
  for (const section of body.sections) {
    const linkColumn = section.rows.some((row) => 'cells' in row && row.link !== undefined);
    const headers = [...section.labels, ...(linkColumn ? [''] : [])];
    const head = {
      html: `<h3 style="${STYLE.title}">${escapeHtml(section.title)}</h3>\n${section.intro === '' ? '' : `<p>${escapeHtml(section.intro)}</p>\n`}<table style="${STYLE.table}"><tr>${headers
        .map((label) => `<th style="${STYLE.th}">${escapeHtml(label)}</th>`)
        .join('')}</tr>\n`,
      text: `\n${section.title}\n${section.intro === '' ? '' : `${section.intro}\n`}`,
    };
    html.push(head.html);
    text.push(head.text);
    used += utf8Bytes(head.html) + utf8Bytes(head.text) + MORE_RESERVE_BYTES;
    let shown = 0;
    const lines = section.rows.filter((row) => 'cells' in row).length;
    for (const row of section.rows) {
      if ('cells' in row && shown >= MAIL_LIMITS.rowsPerSection) break;
      const parts = rowParts(row, section.labels, linkColumn);
      const size = utf8Bytes(parts.html) + utf8Bytes(parts.text);
      if (used + size > MAIL_LIMITS.bodyBytes) break;
      html.push(parts.html);
      text.push(parts.text);
      used += size;
      if ('cells' in row) shown++;
    }
    html.push('</table>\n');
    const notes = [...(lines > shown ? [body.more(lines - shown)] : []), ...section.notes];
    for (const note of notes) {
      html.push(`<p style="${STYLE.note}">${escapeHtml(note)}</p>\n`);
      text.push(`${note}\n`);
    }
  }
  html.push(tail.html);
  text.push(tail.text);
  return { text: text.join(''), html: html.join('') };
}
