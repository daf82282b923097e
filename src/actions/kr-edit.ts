/**
 * Key results typed in the sheet: the linter's verdict (task-like, not measurable) as a note on the Key
 * result cell, with a suggested rewrite; the note goes away once the KR reads as a result.
 */
import { parseChoice } from '../core/choice-parse';
import type { KeyResult } from '../core/model';
import { parseAmount } from '../core/number-parse';
import { findingText } from '../i18n/findings';
import { headerIndex } from '../sheet/table';
import { lintFindings } from './check';
import { NOTE_PREFIX, type EditEvent } from './check-in-edit';
import type { Settings } from '../core/settings';

export function onKrEdit(e: EditEvent, settings: Settings): void {
  const sheet = e.range.getSheet();
  const first = Math.max(e.range.getRow(), 2);
  const count = e.range.getLastRow() - first + 1;
  if (count < 1) return;
  const width = sheet.getLastColumn();
  const col = headerIndex('keyResults', sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
  const titleCol = col('keyResult');
  if (titleCol < 0 || e.range.getColumn() > titleCol + 1 || e.range.getLastColumn() < titleCol + 1) return;
  const lang = settings.language;
  const number = (value: unknown) => {
    const parsed = parseAmount(value, lang);
    return parsed.ok ? parsed.value : null;
  };
  const rows = sheet.getRange(first, 1, count, width).getValues();
  const cells = sheet.getRange(first, titleCol + 1, count, 1);
  const before = cells.getNotes().map((r) => String(r[0] ?? ''));
  const lint = rows.map((row, i) => {
    const title = String(row[titleCol] ?? '').trim();
    if (title === '') return '';
    const kind = parseChoice('krKind', row[col('kind')]);
    const kr: KeyResult = {
      row: first + i,
      id: String(row[col('krId')] ?? ''),
      objectiveId: '',
      title,
      teamId: '',
      ownerEmail: '',
      kind: kind.ok ? kind.value : null,
      unit: '',
      start: number(row[col('start')]),
      target: number(row[col('target')]),
      weight: null,
    };
    return lintFindings(kr)
      .map((f) => {
        const text = findingText(f, lang);
        return `${text.message} ${text.suggestion}`;
      })
      .join('\n');
  });
  // The linter's note replaces only its own: a note a person wrote on the cell stays.
  const notes = lint.map((note, i) => (note !== '' ? `${NOTE_PREFIX}${note}` : before[i]!.indexOf(NOTE_PREFIX) === 0 ? '' : before[i]!));
  if (notes.some((note, i) => note !== before[i])) cells.setNotes(notes.map((n) => [n]));
}
