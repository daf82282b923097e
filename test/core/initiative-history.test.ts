import fc from 'fast-check';
import {
  decodeInitiativeSnapshot,
  diffInitiatives,
  encodeInitiativeSnapshot,
  initiativesOfCycle,
  summarizeInitiatives,
  type DatedInitiativeChange,
  type InitiativeState,
} from '../../src/core/initiative-history';
import { closeStory, day, initiative } from './rhythm-fixtures';

describe('diffInitiatives', () => {
  const before = [initiative('I1', 'KR1', 2, 'Planned'), initiative('I2', 'KR1', 1, 'In progress'), initiative('I3', 'KR2', 3, 'Planned')];

  test('finds nothing when nothing changed', () => {
    expect(diffInitiatives(before, before)).toEqual([]);
  });

  test('records a priority change with the reason typed beside it', () => {
    const after = [initiative('I1', 'KR1', 1, 'Planned', 'Khách hàng cũ cần trước'), before[1]!, before[2]!];
    expect(diffInitiatives(before, after)).toEqual([{ initiativeId: 'I1', krId: 'KR1', field: 'priority', from: 2, to: 1, reason: 'Khách hàng cũ cần trước' }]);
  });

  test('records priority and status changes, additions and removals, in that order of rows', () => {
    const after = [initiative('I4', 'KR2', 4, 'Planned', 'new idea'), initiative('I1', 'KR1', 3, 'Dropped', 'not worth it'), before[1]!];
    expect(diffInitiatives(before, after).map((c) => [c.initiativeId, c.field, c.from, c.to])).toEqual([
      ['I4', 'added', null, 'Planned'],
      ['I1', 'priority', 2, 3],
      ['I1', 'status', 'Planned', 'Dropped'],
      ['I3', 'removed', 'Planned', null],
    ]);
  });

  test('a priority cleared or set from blank is a change', () => {
    expect(diffInitiatives([initiative('I1', 'KR1', null, 'Planned')], [initiative('I1', 'KR1', 1, 'Planned')])[0]).toMatchObject({ from: null, to: 1 });
  });

  test('ignores rows without an ID and duplicate rows after the first', () => {
    const after = [...before, initiative('', 'KR1', 9, 'Planned'), initiative('I1', 'KR1', 9, 'Done')];
    expect(diffInitiatives(before, after)).toEqual([]);
  });
});

describe('initiative snapshots', () => {
  const states: InitiativeState[] = [
    { id: 'I1', krId: 'KR1', priority: 2, status: 'Planned' },
    { id: 'I2', krId: 'KR1', priority: null, status: 'In progress' },
    { id: 'Sáng kiến "3"', krId: '', priority: 1.5, status: null },
  ];

  test('encode as one compact JSON string', () => {
    expect(encodeInitiativeSnapshot(states.slice(0, 1))).toBe('{"v":1,"i":[["I1","KR1",2,"P"]]}');
  });

  test('decode what encode wrote', () => {
    expect(decodeInitiativeSnapshot(encodeInitiativeSnapshot(states))).toEqual(states);
  });

  test('a snapshot of the current rows makes the next diff empty', () => {
    const rows = [initiative('I1', 'KR1', 2, 'Planned'), initiative('I2', 'KR2', 1, 'Done')];
    expect(diffInitiatives(decodeInitiativeSnapshot(encodeInitiativeSnapshot(rows)), rows)).toEqual([]);
  });

  test.each<[string, unknown]>([
    ['blank', ''],
    ['not JSON', 'I1,KR1,2'],
    ['truncated', '{"v":1,"i":[["I1","KR1",2,"P"]'],
    ['JSON null', 'null'],
    ['another version', '{"v":2,"i":[]}'],
    ['entries not a list', '{"v":1,"i":{}}'],
    ['an entry too short', '{"v":1,"i":[["I1","KR1",2]]}'],
    ['an unknown status letter', '{"v":1,"i":[["I1","KR1",2,"Z"]]}'],
    ['a blank ID', '{"v":1,"i":[["","KR1",2,"P"]]}'],
    ['a priority as text', '{"v":1,"i":[["I1","KR1","2","P"]]}'],
    ['one bad entry among good ones', '{"v":1,"i":[["I1","KR1",2,"P"],[1,"KR1",2,"P"]]}'],
    ['a number', 42],
    ['undefined', undefined],
  ])('decode gives an empty snapshot for %s', (_name, text) => {
    expect(decodeInitiativeSnapshot(text)).toEqual([]);
  });

  test('decode never throws, whatever the string', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => Array.isArray(decodeInitiativeSnapshot(text))));
  });

  test('encode then decode returns every state', () => {
    const state = fc.record({
      id: fc.string({ minLength: 1 }),
      krId: fc.string(),
      priority: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
      status: fc.constantFrom('Planned', 'In progress', 'Done', 'Dropped', null),
    });
    fc.assert(
      fc.property(fc.uniqueArray(state, { selector: (s) => s.id }), (list) => {
        expect(decodeInitiativeSnapshot(encodeInitiativeSnapshot(list))).toEqual(
          list.map((s) => ({ ...s, priority: Object.is(s.priority, -0) ? 0 : s.priority })),
        );
      }),
    );
  });
});

describe('summarizeInitiatives', () => {
  const cycle = { start: day('2026-10-01'), end: day('2026-12-31') };
  const change = (
    initiativeId: string,
    iso: string,
    field: DatedInitiativeChange['field'],
    from: DatedInitiativeChange['from'],
    to: DatedInitiativeChange['to'],
    reason = '',
  ): DatedInitiativeChange => ({ initiativeId, krId: 'KR1', field, from, to, reason, day: day(iso) });
  const initiatives = [
    initiative('I-MOVED', 'KR1', 1, 'In progress'),
    initiative('I-NEVER', 'KR1', 3, 'Planned'),
    initiative('I-PAUSED', 'KR1', 4, 'Planned'),
    initiative('I-DONE', 'KR1', 2, 'Done'),
    initiative('I-OLD', 'KR1', 5, 'Planned'),
  ];
  const history = [
    change('I-MOVED', '2026-10-01', 'added', null, 'Planned'),
    change('I-MOVED', '2026-11-02', 'priority', 3, 1, 'Khách hàng cũ cần trước'),
    change('I-MOVED', '2026-11-02', 'status', 'Planned', 'In progress'),
    change('I-NEVER', '2026-10-01', 'added', null, 'Planned'),
    change('I-PAUSED', '2026-10-01', 'added', null, 'In progress'),
    change('I-PAUSED', '2026-11-09', 'status', 'In progress', 'Planned'),
    change('I-OLD', '2026-09-15', 'priority', 2, 5),
  ];

  test('lists the initiatives re-prioritised during the cycle, with their changes', () => {
    const { reprioritised } = summarizeInitiatives(history, initiatives, cycle);
    expect(reprioritised.map((i) => [i.initiativeId, i.priority, i.changes.map((c) => [c.from, c.to, c.reason])])).toEqual([
      ['I-MOVED', 1, [[3, 1, 'Khách hàng cũ cần trước']]],
    ]);
  });

  test('lists the initiatives still Planned that were never In progress', () => {
    expect(summarizeInitiatives(history, initiatives, cycle).neverStarted.map((i) => [i.initiativeId, i.title])).toEqual([
      ['I-NEVER', 'Initiative I-NEVER'],
      ['I-OLD', 'Initiative I-OLD'],
    ]);
  });

  test('counts every priority change when the cycle has no dates', () => {
    expect(summarizeInitiatives(history, initiatives, { start: null, end: null }).reprioritised.map((i) => i.initiativeId)).toEqual(['I-MOVED', 'I-OLD']);
  });

  test('an empty history leaves every Planned initiative never started', () => {
    expect(summarizeInitiatives([], initiatives, cycle)).toEqual({
      reprioritised: [],
      neverStarted: ['I-NEVER', 'I-PAUSED', 'I-OLD'].map((id) => expect.objectContaining({ initiativeId: id })),
    });
  });
});

test('initiativesOfCycle keeps the initiatives under KRs of the cycle', () => {
  const workbook = {
    ...closeStory(),
    initiatives: [initiative('I-Q4', 'KR-M1', 1, 'Planned'), initiative('I-Q3', 'KR-Q3', 1, 'Done'), initiative('I-LOST', 'KR-NONE', 1, 'Planned')],
  };
  expect(initiativesOfCycle(workbook, '2026-Q4').map((i) => i.id)).toEqual(['I-Q4']);
});
