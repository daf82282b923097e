/**
 * Where the bridge keeps a workbook's protections in an .xlsx: as JSON in the file's Comments property
 * (core dc:description), which ExcelJS reads and writes.
 *
 * Why not the xlsx forms: a <sheetProtection> locks every cell not marked unlocked, and Excel and
 * LibreOffice then refuse typing in it, where the product's protections are warning-only and meant to be
 * typed past; how Google Sheets imports one is unverified. Defined names would show up in Excel's Name
 * Box and as named ranges once uploaded to Sheets, a hidden sheet as a hidden tab. The Comments property
 * is shown nowhere but a file's properties dialog and Sheets ignores it. What it costs: the ranges do not
 * move when someone inserts rows in another program, and an uploaded copy has no protection until Set up
 * runs there (Set up makes and repairs them: src/sheet/format.ts, src/actions/setup.ts).
 */
import type { ProtectionSnapshot } from '../emulator';

const TAG = 'okr-sheets protections ';

const A1_RANGE = /^[A-Z]+[1-9]\d*(?::[A-Z]+[1-9]\d*)?$/;

interface Recorded extends ProtectionSnapshot {
  readonly sheet: string;
}

/** The Comments text holding every sheet's protections, or undefined when there are none. */
export function formatProtections(sheets: readonly { readonly name: string; readonly protections?: readonly ProtectionSnapshot[] }[]): string | undefined {
  const recorded: Recorded[] = sheets.flatMap(({ name, protections }) => (protections ?? []).map((p) => ({ sheet: name, ...p })));
  return recorded.length === 0 ? undefined : TAG + JSON.stringify(recorded);
}

function isRecorded(value: unknown): value is Recorded {
  if (value === null || typeof value !== 'object') return false;
  const { sheet, range, description, warningOnly, editors } = value as Record<string, unknown>;
  return (
    typeof sheet === 'string' &&
    (range === null || (typeof range === 'string' && A1_RANGE.test(range))) &&
    typeof description === 'string' &&
    typeof warningOnly === 'boolean' &&
    Array.isArray(editors) &&
    editors.every((e) => typeof e === 'string')
  );
}

/**
 * The protections recorded in a file's Comments, by sheet name. Comments that are not the bridge's
 * (another program's text) mean none; a recorded entry of the wrong shape is left out with a warning.
 */
export function parseProtections(comments: string | undefined): { bySheet: Map<string, ProtectionSnapshot[]>; warnings: string[] } {
  const bySheet = new Map<string, ProtectionSnapshot[]>();
  const warnings: string[] = [];
  if (comments === undefined || !comments.startsWith(TAG)) return { bySheet, warnings };
  let entries: unknown;
  try {
    entries = JSON.parse(comments.slice(TAG.length));
  } catch {
    return { bySheet, warnings: ['protections skipped: the recorded list is not valid JSON'] };
  }
  for (const entry of Array.isArray(entries) ? entries : [entries]) {
    if (!isRecorded(entry)) {
      warnings.push(`protection skipped: ${JSON.stringify(entry)} is not a protection`);
      continue;
    }
    const { sheet, range, description, warningOnly, editors } = entry;
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { range, description, warningOnly, editors: [...editors] }]);
  }
  return { bySheet, warnings };
}
