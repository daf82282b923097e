// writeProgramNotes: the program's notes on a column of cells; a person's own notes stay.
import { NOTE_PREFIX, writeProgramNotes } from '../../src/sheet/program-notes';
import { bookWith } from './book';

function noting(before: readonly string[], notes: readonly string[]) {
  const { rt, s } = bookWith({ T: before.map((_, i) => ['x', `v${i}`]) });
  const sheet = s.book.getSheetByName('T')!;
  rt.env.quiet(() => sheet.getRange(1, 2, before.length, 1).setNotes(before.map((n) => [n])));
  rt.env.resetCounters();
  writeProgramNotes(sheet, { row: 1, column: 2 }, notes);
  return {
    after: rt.env.quiet(() =>
      sheet
        .getRange(1, 2, before.length, 1)
        .getNotes()
        .map((r) => r[0]),
    ),
    writes: rt.env.calls.get('Range.setNotes') ?? 0,
    reads: rt.env.calls.get('Range.getNotes') ?? 0,
  };
}

describe('writeProgramNotes', () => {
  test.each<[string, string[], string[], string[]]>([
    ['a note where there was none', [''], ['unknown KR'], [`${NOTE_PREFIX}unknown KR`]],
    ["the program's old note replaced", [`${NOTE_PREFIX}old`], ['new'], [`${NOTE_PREFIX}new`]],
    ["the program's note cleared once the cell counts", [`${NOTE_PREFIX}old`], [''], ['']],
    ["a person's note kept when the program has nothing to say", ['mine'], [''], ['mine']],
    ["a person's note replaced when the program has", ['mine'], ['why'], [`${NOTE_PREFIX}why`]],
    ['a column of mixed cells', ['mine', `${NOTE_PREFIX}old`, '', ''], ['', '', 'a', ''], ['mine', '', `${NOTE_PREFIX}a`, '']],
  ])('%s', (_name, before, notes, after) => {
    const done = noting(before, notes);
    expect(done.after).toEqual(after);
    expect(done.reads).toBe(1);
    expect(done.writes).toBe(after.join('|') === before.join('|') ? 0 : 1);
  });

  test('nothing written when no note changes', () => {
    for (const [before, notes] of [
      [
        ['mine', ''],
        ['', ''],
      ],
      [[`${NOTE_PREFIX}same`], ['same']],
    ] as const) {
      const done = noting(before, notes);
      expect(done.after).toEqual(before);
      expect(done.writes).toBe(0);
    }
  });
});
