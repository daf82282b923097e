// A crash test in the spirit of SQLite's: for the daily run and for Close cycle, a failure is injected at
// every spreadsheet, mail, properties and lock call in turn (call 1, call 2, … call N), then the next run
// goes as the next trigger (or the admin's retry) would. At every position: no person's cell is lost,
// nothing is sent twice, nothing that was due is left unsent, every output tab is old or new (never half),
// and the Log tells what was sent.
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows } from '../../src/local/cli';
import { ADMIN, PRODUCT_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const FAILURE = 'Exception: injected failure';
const INPUT_TABS = ['Cài đặt', 'Chu kỳ', 'Nhân sự', 'Nhóm', 'Mục tiêu', 'Cập nhật tiến độ', 'Sáng kiến', 'Phụ thuộc'];
const OUTPUT_TABS = ['KR theo tuần', 'Tỷ lệ cập nhật', 'Phát hiện', 'Cây mục tiêu', 'Họp tuần'];
/** Key Results columns people type (KR ID … Weight); the program owns the ones after. */
const KR_INPUT_COLUMNS = 10;

interface Scenario {
  readonly name: string;
  readonly build: () => LocalRuntime;
  /** The run that is cut off, then the runs that come after it. */
  readonly run: (rt: LocalRuntime) => void;
  readonly after: (rt: LocalRuntime) => void;
}

const tab = (rt: LocalRuntime, name: string) => (rt.book.getSheetByName(name) ? tabValues(rt, [name]) : []);
const inputs = (rt: LocalRuntime) => [...INPUT_TABS.map((name) => tab(rt, name)), tab(rt, 'Kết quả then chốt').map((r) => r.slice(0, KR_INPUT_COLUMNS))];
/** The output tabs as they read, less KR weekly's updated_at: the clock follows the calls, so it differs by run. */
const outputs = (rt: LocalRuntime) =>
  OUTPUT_TABS.map((name) => {
    const rows = tab(rt, name);
    return JSON.stringify(name === 'KR theo tuần' && rows[0]?.at(-1) === 'updated_at' ? rows.map((r) => r.slice(0, -1)) : rows);
  });
const mails = (rt: LocalRuntime) => rt.mail.outbox.map((m) => `${m.to.join(',')} | ${m.subject}`).sort();
const ledger = (rt: LocalRuntime) =>
  tab(rt, 'Nhật ký')
    .map((r) => String(r[4]))
    .filter((c) => c.startsWith('key='))
    .sort();

function company(): LocalRuntime {
  const rt = smallCompany();
  rt.run('menuRemindersOn');
  rt.env.setNow(new Date('2026-10-08T03:00:00Z'));
  typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '8', confidence: 'Đúng tiến độ' }], SALES_REP);
  typeRows(rt, 'checkIns', [{ krId: 'KR4', value: '7' }], PRODUCT_LEAD);
  return rt;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'the daily run on a check-in Monday',
    build: () => {
      const rt = company();
      rt.env.setNow(new Date('2026-10-12T02:00:00Z'));
      return rt;
    },
    run: (rt) => rt.run('dailyTrigger', [], { user: ADMIN, context: 'installableTrigger' }),
    after: (rt) => rt.run('dailyTrigger', [], { user: ADMIN, context: 'installableTrigger' }),
  },
  {
    name: 'Close cycle after the quarter',
    build: () => {
      const rt = company();
      rt.env.setNow(new Date('2027-01-02T03:00:00Z'));
      return rt;
    },
    // The close, then its pack run a minute later (a one-off trigger).
    run: (rt) => {
      rt.run('menuCloseCycle');
      rt.advanceTo(new Date('2027-01-02T03:30:00Z'));
    },
    after: (rt) => {
      rt.run('menuCloseCycle');
      rt.advanceTo(new Date('2027-01-02T04:00:00Z'));
      rt.env.setNow(new Date('2027-01-04T03:00:00Z'));
      rt.run('dailyTrigger', [], { user: ADMIN, context: 'installableTrigger' });
    },
  },
];

describe.each(SCENARIOS)('a failure at every call of $name', (scenario) => {
  test('leaves nothing lost, nothing twice, nothing due unsent, every output tab whole, the Log true', () => {
    const clean = scenario.build();
    const before = { inputs: inputs(clean), outputs: outputs(clean) };
    clean.env.resetCounters();
    scenario.run(clean);
    const calls = clean.env.totalCalls();
    // What the run writes, as the run that is cut off would have written it up to its failure: the clock
    // follows the calls, so the runs after differ in their times, not in what they hold.
    const written = outputs(clean);
    scenario.after(clean);
    const expected = { mails: mails(clean), ledger: ledger(clean), inputs: inputs(clean) };
    expect(calls).toBeGreaterThan(20);

    const broken: string[] = [];
    for (let position = 1; position <= calls; position += 1) {
      const rt = scenario.build();
      rt.env.injectFault('*', FAILURE, 1, position - 1);
      try {
        scenario.run(rt);
      } catch {
        // a trigger run that fails is what Apps Script records as a failed execution
      }
      const cut = outputs(rt);
      const half = OUTPUT_TABS.filter((_, i) => cut[i] !== before.outputs[i] && cut[i] !== written[i]);
      rt.env.faults.length = 0;
      scenario.after(rt);
      const problems = [
        half.length === 0 ? '' : `half written: ${half.join(', ')}`,
        JSON.stringify(inputs(rt)) === JSON.stringify(expected.inputs) ? '' : "a person's cells changed",
        JSON.stringify(mails(rt)) === JSON.stringify(expected.mails) ? '' : `mail differs: ${mails(rt).length} vs ${expected.mails.length}`,
        JSON.stringify(ledger(rt)) === JSON.stringify(expected.ledger)
          ? ''
          : `the Log ledger differs: ${JSON.stringify(ledger(rt))} vs ${JSON.stringify(expected.ledger)}`,
      ].filter((p) => p !== '');
      if (problems.length > 0) broken.push(`call ${position}: ${problems.join('; ')}`);
    }
    console.log(`${scenario.name}: ${calls} failure positions tried`);
    expect(broken).toEqual([]);
  });
});
