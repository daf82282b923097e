// writeCellsById: a few cells written into the rows named by their ID (a cycle's Status at its close).
import { readTable, writeCellsById } from '../../src/sheet/table';
import { bookWith, valuesOf } from './book';

const CYCLES = [
  ['Cycle ID', 'Name', 'Start', 'End', 'Status'],
  ['Q3', 'Quý 3', '', '', 'Closed'],
  [' Q4 ', 'Quý 4', '', '', 'Active'],
  ['Q4', 'Quý 4 (again)', '', '', 'Planning'],
];

describe('writeCellsById', () => {
  test('writes into the first row holding each ID, trimmed, and leaves every other cell as it was', () => {
    const { rt, book } = bookWith({ Cycles: CYCLES });
    const table = readTable(book, 'cycles')!;
    const written = writeCellsById(
      table,
      'cycleId',
      'status',
      new Map([
        ['Q4', 'Closed'],
        ['2027-Q1', 'Active'],
      ]),
    );
    expect(written).toBe(1);
    expect(valuesOf(rt, 'Cycles').map((r) => r[4])).toEqual(['Status', 'Closed', 'Closed', 'Planning']);
    expect(valuesOf(rt, 'Cycles').map((r) => r[1])).toEqual(CYCLES.map((r) => r[1]));
  });

  test('a column found by its label wherever it stands', () => {
    const { rt, book } = bookWith({
      Cycles: [
        ['Status', 'Cycle ID'],
        ['Active', 'Q4'],
      ],
    });
    expect(writeCellsById(readTable(book, 'cycles')!, 'cycleId', 'status', new Map([['Q4', 'Closed']]))).toBe(1);
    expect(valuesOf(rt, 'Cycles')).toEqual([
      ['Status', 'Cycle ID'],
      ['Closed', 'Q4'],
    ]);
  });

  test.each([
    [
      'no ID column',
      [
        ['Name', 'Status'],
        ['Quý 4', 'Active'],
      ],
    ],
    [
      'no column to write',
      [
        ['Cycle ID', 'Name'],
        ['Q4', 'Quý 4'],
      ],
    ],
  ])('%s: nothing written', (_, rows) => {
    const { rt, book } = bookWith({ Cycles: rows });
    expect(writeCellsById(readTable(book, 'cycles')!, 'cycleId', 'status', new Map([['Q4', 'Closed']]))).toBe(0);
    expect(valuesOf(rt, 'Cycles')).toEqual(rows);
  });
});
