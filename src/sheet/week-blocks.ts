/**
 * An output tab kept up in blocks (KR weekly: one block of rows per cycle week), so that a run rewrites the
 * blocks that changed, not the tab: at week 13 of a 1,000-person company the tab is 104,000 rows × 27
 * columns (2.8 M cells, about 170 s of setValues), of which one week's block (216,000 cells) changes on a
 * normal day. What the tab holds is described in the script properties: each block's key, its number of rows
 * and a hash of its cells. The description is trusted only while the tab agrees with it (same sheet, same
 * header, same last row); else the tab is written whole once, as before.
 */
import { asCellText } from './cell';
import { ensureGrid, writeOutput } from './output';

type Cell = string | number | boolean | Date;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

export interface Block {
  /** What the block is, e.g. `Q4|2026-10-05`: a block is compared only with the block of the same key. */
  readonly key: string;
  readonly rows: readonly (readonly Cell[])[];
}

interface Described {
  readonly key: string;
  readonly rows: number;
  readonly hash: string;
}

interface Description {
  readonly sheetId: number;
  readonly header: string;
  readonly blocks: readonly Described[];
}

export interface BlockWrite {
  /** Blocks written, and whether the tab had to be written whole. */
  readonly written: number;
  readonly kept: number;
  readonly whole: boolean;
}

/** FNV-1a of `text` continued from `h`. */
function mix(h: number, text: string): number {
  let hash = h;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * FNV-1a over the cells but column `ignore`: Dates by their instant, so that equal cells hash alike. KR weekly
 * is some 3 M cells at the end of a large org's quarter, hashed every run: a cell's kind and value are mixed
 * in one after the other, the same characters as their text joined (so stored hashes still match), without
 * making that text.
 */
function hashOf(rows: readonly (readonly Cell[])[], ignore: number): string {
  let h = 0x811c9dc5;
  for (const row of rows) {
    for (let c = 0; c < row.length; c += 1) {
      if (c === ignore) continue;
      const cell = row[c];
      // A cell is a string, number, boolean or Date: the only object is a Date (of either realm, so no instanceof).
      if (typeof cell === 'object') h = mix(mix(h, 'd'), String((cell as Date).getTime()));
      else if (typeof cell === 'string') h = mix(mix(h, 'string'), cell);
      else h = mix(mix(h, typeof cell), String(cell));
      h = Math.imul(h ^ 0x1f, 0x01000193);
    }
  }
  return `${rows.length}:${(h >>> 0).toString(36)}`;
}

function readDescription(props: Properties, key: string): Description | null {
  try {
    const parsed = JSON.parse(props.getProperty(key) ?? 'null') as Description | null;
    return parsed && Array.isArray(parsed.blocks) ? parsed : null;
  } catch {
    return null; // a hand-edited property: the tab is written whole and described again
  }
}

const headerText = (header: readonly Cell[]): string => header.map(String).join('\u241f');

/**
 * Writes `blocks` below `header` into `sheet`, block by block, skipping every block whose cells (but column
 * `volatile`, e.g. `updated_at`) are as the description says they already are. From the first block whose
 * key or size differs, the rest of the tab is written in one call and what is left below is blanked. Each
 * write is one setValues: a run cut off at any call leaves each block old or new, never half, and the next
 * run, finding the hashes stale or the last row moved, writes what is not yet right.
 */
export function writeBlocks(sheet: Sheet, props: Properties, propKey: string, header: readonly Cell[], blocks: readonly Block[], volatile: number): BlockWrite {
  const width = header.length;
  const described = blocks.map((b) => ({ key: b.key, rows: b.rows.length, hash: hashOf(b.rows, volatile) }));
  const description: Description = { sheetId: sheet.getSheetId(), header: headerText(header), blocks: described };
  const old = readDescription(props, propKey);
  const lastRow = sheet.getLastRow();
  const oldTotal = old ? old.blocks.reduce((n, b) => n + b.rows, 0) : -1;
  const trusted =
    old !== null &&
    old.sheetId === description.sheetId &&
    old.header === description.header &&
    lastRow === oldTotal + 1 &&
    headerText(sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[]) === description.header;
  if (!trusted) {
    writeOutput(sheet, [header.slice(), ...blocks.flatMap((b) => b.rows)], { header: true });
    props.setProperty(propKey, JSON.stringify(description));
    return { written: blocks.length, kept: 0, whole: true };
  }
  let row = 2;
  let written = 0;
  let i = 0;
  for (; i < blocks.length; i += 1) {
    const before = old!.blocks[i];
    const now = described[i]!;
    if (!before || before.key !== now.key || before.rows !== now.rows) break;
    if (before.hash !== now.hash && now.rows > 0) {
      sheet.getRange(row, 1, now.rows, width).setValues(texts(blocks[i]!.rows));
      written += 1;
    }
    row += now.rows;
  }
  if (i < blocks.length || oldTotal + 1 > row - 1) {
    const rest = blocks.slice(i).flatMap((b) => b.rows);
    const height = Math.max(rest.length, oldTotal + 2 - row);
    if (height > 0) {
      ensureGrid(sheet, row + height - 1, width);
      const blank: Cell[] = new Array<Cell>(width).fill('');
      sheet.getRange(row, 1, height, width).setValues(Array.from({ length: height }, (_, r) => (rest[r] ? texts([rest[r]!])[0]! : blank.slice())));
    }
    written += blocks.length - i;
  }
  props.setProperty(propKey, JSON.stringify(description));
  return { written, kept: blocks.length - written, whole: false };
}

const texts = (rows: readonly (readonly Cell[])[]): Cell[][] => rows.map((r) => r.map((cell) => (typeof cell === 'string' ? asCellText(cell) : cell)));
