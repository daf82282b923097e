// What the program keeps in the script and document properties: the queues, the sending lease, chunked state
// and the trigger record, over the emulated PropertiesService (a value holds at most 9 KB).
import { enqueue, queued } from '../../src/sheet/property-queue';
import { releaseSendingLease, takeSendingLease } from '../../src/sheet/sending-lease';
import { readState, writeState } from '../../src/sheet/state-store';
import { RECORD_KEY, readTriggerRecord } from '../../src/sheet/trigger-record';
import { bookWith } from './book';

const props = () => bookWith({}).s.props;

describe('property queue', () => {
  test('items come back in key order, parsed, and only those of the prefix', () => {
    const p = props();
    enqueue(p, 'okr.q.', '2', { n: 2 });
    enqueue(p, 'okr.q.', '1', [1, 'one']);
    enqueue(p, 'okr.other.', '0', 'x');
    expect(queued(p, 'okr.q.')).toEqual([
      { key: 'okr.q.1', value: [1, 'one'] },
      { key: 'okr.q.2', value: { n: 2 } },
    ]);
  });

  test('an unreadable item comes back undefined, the others intact', () => {
    const p = props();
    enqueue(p, 'okr.q.', 'a', 'fine');
    p.setProperty('okr.q.b', '{not json');
    expect(queued(p, 'okr.q.')).toEqual([
      { key: 'okr.q.a', value: 'fine' },
      { key: 'okr.q.b', value: undefined },
    ]);
  });

  test('an empty queue is empty', () => {
    expect(queued(props(), 'okr.q.')).toEqual([]);
  });
});

describe('sending lease', () => {
  test('one run holds it until its time; a second run cannot take it meanwhile, and can after', () => {
    const p = props();
    expect(takeSendingLease(p, 1000, 5000)).toBe(true);
    expect(takeSendingLease(p, 4999, 9000)).toBe(false);
    expect(takeSendingLease(p, 5000, 9000)).toBe(true);
  });

  test('given back, it can be taken at once; giving back another run’s lease leaves it held', () => {
    const p = props();
    takeSendingLease(p, 0, 5000);
    releaseSendingLease(p, 4000);
    expect(takeSendingLease(p, 100, 6000)).toBe(false);
    releaseSendingLease(p, 5000);
    expect(takeSendingLease(p, 100, 6000)).toBe(true);
  });

  test('an unreadable lease holds nothing', () => {
    const p = props();
    p.setProperty('okr.sendingLease', 'garbage');
    expect(takeSendingLease(p, 0, 10)).toBe(true);
  });
});

describe('state store', () => {
  test.each([
    ['empty text', ''],
    ['a short one', 'plan'],
    ['one chunk exactly', 'a'.repeat(3000)],
    ['several chunks of any script', 'Tiến độ ✓ '.repeat(2000)],
  ])('reads back what was written: %s', (_, text) => {
    const p = props();
    writeState(p, 'okr.plan', text);
    expect(readState(p, 'okr.plan')).toBe(text);
  });

  test('every value stays within the 9 KB a property holds', () => {
    const p = props();
    writeState(p, 'okr.plan', 'ệ'.repeat(20_000));
    for (const value of Object.values(p.getProperties())) expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(9 * 1024);
  });

  test('a shorter state drops the chunks of the longer one, and keys that only start alike stay', () => {
    const p = props();
    p.setProperty('okr.planner', 'other');
    writeState(p, 'okr.plan', 'x'.repeat(10_000));
    writeState(p, 'okr.plan', 'short');
    expect(readState(p, 'okr.plan')).toBe('short');
    expect(Object.keys(p.getProperties()).sort()).toEqual(['okr.plan.0', 'okr.plan.n', 'okr.planner']);
  });

  test('nothing stored, a bad count or a missing chunk reads as null', () => {
    const p = props();
    expect(readState(p, 'okr.plan')).toBeNull();
    p.setProperty('okr.plan.n', 'two');
    expect(readState(p, 'okr.plan')).toBeNull();
    p.setProperties({ 'okr.plan.n': '2', 'okr.plan.0': 'a' });
    expect(readState(p, 'okr.plan')).toBeNull();
  });
});

describe('trigger record', () => {
  test('read back when it names an owner', () => {
    const { s } = bookWith({});
    const record = { owner: 'an@example.vn', uid: 't1', hour: 9, timeZone: 'Asia/Ho_Chi_Minh' };
    s.props.setProperty(RECORD_KEY, JSON.stringify(record));
    expect(readTriggerRecord(s)).toEqual(record);
  });

  test.each([
    ['missing', null],
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['no owner', '{"uid":"t1"}'],
    ['an owner that is no text', '{"owner":7}'],
  ])('null when %s', (_, stored) => {
    const { s } = bookWith({});
    if (stored !== null) s.props.setProperty(RECORD_KEY, stored);
    expect(readTriggerRecord(s)).toBeNull();
  });
});
