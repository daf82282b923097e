// writeChanged: only the cells that differ are written, one write per run of adjacent changes.
import { writeChanged } from '../../src/sheet/cell-writes';
import { bookWith, valuesOf } from './book';

const grid = () => [
  ['a', 'b', 'c', 'd'],
  ['e', 'f', 'g', 'h'],
  ['i', 'j', 'k', 'l'],
  ['m', 'n', 'o', 'p'],
];

function writing(direction: 'down' | 'across', before: unknown[], after: unknown[]) {
  const { rt, s } = bookWith({ T: grid() });
  const sheet = s.book.getSheetByName('T')!;
  rt.env.resetCounters();
  const written = writeChanged(sheet, { row: 1, column: 2 }, direction, before, after);
  return { written, values: valuesOf(rt, 'T'), writes: rt.env.calls.get('Range.setValues') ?? 0 };
}

test('down a column: the changed cells only, one write per run', () => {
  const { written, values, writes } = writing('down', ['b', 'f', 'j', 'n'], ['B', 'f', 'J', 'N']);
  expect(written).toBe(3);
  expect(writes).toBe(2);
  expect(values.map((r) => r[1])).toEqual(['B', 'f', 'J', 'N']);
  expect(values.map((r) => r[0])).toEqual(['a', 'e', 'i', 'm']);
});

test('across a row', () => {
  const { written, values } = writing('across', ['b', 'c', 'd'], ['b', 'C', 'd']);
  expect(written).toBe(1);
  expect(values[0]).toEqual(['a', 'b', 'C', 'd']);
});

test('nothing changed, nothing written: the same instant in two Dates, null and blank alike', () => {
  const at = new Date('2026-10-12T02:00:00Z');
  const { written, writes } = writing('down', [new Date(at), null, 'x'], [new Date(at), '', 'x']);
  expect(written).toBe(0);
  expect(writes).toBe(0);
});

test('a cell whose type changes is written (7 is not "7")', () => {
  expect(writing('down', ['7'], [7]).written).toBe(1);
});

test('`after` longer than `before`: the new cells are changes', () => {
  const { written, values } = writing('down', ['b'], ['b', 'F2']);
  expect(written).toBe(1);
  expect(values[1]![1]).toBe('F2');
});
