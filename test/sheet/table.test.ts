// table.ts over an emulated workbook: tabs found by name in either language among namesakes, whole-tab reads
// by column label, column writes and appends that place cells by label and grow the grid.
import { appendRecords, findTab, forgetTabs, headerIndex, listTabs, readHeader, readTable, writeColumns } from '../../src/sheet/table';
import { bookWith, valuesOf } from './book';

const KR_HEADER = ['KR ID', 'Objective ID', 'Key result'];

describe('findTab', () => {
  test.each([
    ['Key Results', 'the English name'],
    ['Kết quả then chốt', 'the Vietnamese name'],
    ['key results', 'another case'],
    ['Ket qua then chot', 'no diacritics'],
  ])('finds "%s" (%s)', (name) => {
    const { book } = bookWith({ Other: [['x']], [name]: [KR_HEADER] });
    expect(findTab(book, 'keyResults')?.getName()).toBe(name);
  });

  test('null when no tab answers, a near name included', () => {
    const { book } = bookWith({ 'Key Results 2': [KR_HEADER], Objectives: [['Objective ID']] });
    expect(findTab(book, 'keyResults')).toBeNull();
  });

  test('among namesakes, the first in tab order, whichever language each is named in', () => {
    const { book } = bookWith({ 'Kết quả then chốt': [['first']], 'Key Results': [['second']] });
    expect(findTab(book, 'keyResults')?.getName()).toBe('Kết quả then chốt');
  });

  test('a listing is kept for the book until the program forgets it', () => {
    const { book } = bookWith({ Sheet1: [['x']] });
    expect(findTab(book, 'keyResults')).toBeNull();
    book.insertSheet('Key Results');
    expect(findTab(book, 'keyResults')).toBeNull();
    forgetTabs(book);
    expect(findTab(book, 'keyResults')?.getName()).toBe('Key Results');
    expect(listTabs(book).map((t) => t.name)).toEqual(['Sheet1', 'Key Results']);
  });
});

describe('readTable', () => {
  test('null when the tab is missing', () => {
    expect(readTable(bookWith({ Sheet1: [['x']] }).book, 'keyResults')).toBeNull();
  });

  test('columns are found by label in either language, in any order; a missing one is -1', () => {
    const { book } = bookWith({
      'Key Results': [
        ['Kết quả then chốt', 'Notes', 'kr id'],
        ['Grow revenue', 'mine', 'KR1'],
      ],
    });
    const table = readTable(book, 'keyResults')!;
    expect([table.col('keyResult'), table.col('krId'), table.col('objectiveId')]).toEqual([0, 2, -1]);
    expect(table.rows).toEqual([['Grow revenue', 'mine', 'KR1']]);
  });

  test('blank rows inside the data stay in place (sheet row = index + 2); blank rows below it are not read', () => {
    const { book } = bookWith({ 'Key Results': [KR_HEADER, ['KR1', 'O1', 'a'], ['', '', ''], ['KR3', 'O1', 'c']] });
    const table = readTable(book, 'keyResults')!;
    expect(table.rows.map((r) => r[0])).toEqual(['KR1', '', 'KR3']);
  });

  test('a tab with only a header has no rows; an empty tab has no header either', () => {
    expect(readTable(bookWith({ 'Key Results': [KR_HEADER] }).book, 'keyResults')!.rows).toEqual([]);
    const empty = readTable(bookWith({ 'Key Results': [] }).book, 'keyResults')!;
    expect(empty.rows).toEqual([]);
    expect(empty.col('krId')).toBe(-1);
  });

  test('readHeader reads the header alone', () => {
    const { book } = bookWith({ 'Key Results': [KR_HEADER, ['KR1', 'O1', 'a']] });
    const head = readHeader(book, 'keyResults')!;
    expect(head.header).toEqual(KR_HEADER);
    expect(head.rows).toEqual([]);
    expect(head.col('keyResult')).toBe(2);
  });
});

describe('headerIndex', () => {
  test('a blank header cell matches nothing; the first of two labelled columns answers', () => {
    const col = headerIndex('keyResults', ['', 'Mã KR', 'KR ID']);
    expect(col('krId')).toBe(1);
    expect(col('target')).toBe(-1);
  });
});

describe('writeColumns', () => {
  test('writes the named columns wherever they are, leaves the others and skips missing ones', () => {
    const { rt, book } = bookWith({
      'Key Results': [
        ['Key result', 'Notes', 'KR ID'],
        ['a', 'n1', ''],
        ['b', 'n2', ''],
      ],
    });
    const table = readTable(book, 'keyResults')!;
    writeColumns(
      table,
      ['krId', 'target', 'keyResult'],
      [
        ['KR1', 10, 'A'],
        ['KR2', 20, 'B'],
      ],
    );
    expect(valuesOf(rt, 'Key Results').slice(1)).toEqual([
      ['A', 'n1', 'KR1'],
      ['B', 'n2', 'KR2'],
    ]);
  });

  test('no rows, no write', () => {
    const { rt, book } = bookWith({ 'Key Results': [KR_HEADER] });
    writeColumns(readTable(book, 'keyResults')!, ['krId'], []);
    expect(valuesOf(rt, 'Key Results')).toEqual([KR_HEADER]);
  });
});

describe('appendRecords', () => {
  test('places cells by label below the last row; unknown keys and nulls are skipped, other columns stay blank', () => {
    const { rt, book } = bookWith({
      'Key Results': [
        ['Key result', 'Notes', 'KR ID'],
        ['a', 'n', 'KR1'],
      ],
    });
    appendRecords(readTable(book, 'keyResults')!, [
      { krId: 'KR2', keyResult: 'b', target: 5 },
      { krId: 'KR3', keyResult: null },
    ]);
    expect(valuesOf(rt, 'Key Results').slice(2)).toEqual([
      ['b', '', 'KR2'],
      ['', '', 'KR3'],
    ]);
  });

  test('text a person typed stays text: a leading = is no formula', () => {
    const { rt, book } = bookWith({ 'Key Results': [KR_HEADER] });
    appendRecords(readTable(book, 'keyResults')!, [{ krId: 'KR1', keyResult: '=1+1' }]);
    expect(valuesOf(rt, 'Key Results')[1]).toEqual(['KR1', '', '=1+1']);
    expect(rt.env.quiet(() => rt.book.getSheetByName('Key Results')!.getRange('C2').getFormula())).toBe('');
  });

  test('rows typed after the read are not overwritten', () => {
    const { rt, book } = bookWith({ 'Key Results': [KR_HEADER, ['KR1', 'O1', 'a']] });
    const table = readTable(book, 'keyResults')!;
    rt.env.quiet(() => rt.book.getSheetByName('Key Results')!.appendRow(['KR2', 'O1', 'typed meanwhile']));
    appendRecords(table, [{ krId: 'KR3' }]);
    appendRecords(table, [{ krId: 'KR4' }], { oneByOne: true });
    expect(valuesOf(rt, 'Key Results').map((r) => r[0])).toEqual(['KR ID', 'KR1', 'KR2', 'KR3', 'KR4']);
  });

  test('the grid grows when the records pass its last row', () => {
    const { rt, book } = bookWith({ 'Key Results': [KR_HEADER] });
    rt.env.quiet(() => rt.book.getSheetByName('Key Results')!.deleteRows(3, 998));
    const records = Array.from({ length: 5 }, (_, i) => ({ krId: `KR${i}` }));
    appendRecords(readTable(book, 'keyResults')!, records);
    const sheet = rt.book.getSheetByName('Key Results')!;
    expect(rt.env.quiet(() => sheet.getMaxRows())).toBe(6);
    expect(valuesOf(rt, 'Key Results').map((r) => r[0])).toEqual(['KR ID', 'KR0', 'KR1', 'KR2', 'KR3', 'KR4']);
  });

  test('no records, no write', () => {
    const { rt, book } = bookWith({ 'Key Results': [KR_HEADER] });
    appendRecords(readTable(book, 'keyResults')!, []);
    expect(valuesOf(rt, 'Key Results')).toEqual([KR_HEADER]);
  });
});
