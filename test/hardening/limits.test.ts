// Apps Script limits: the bundle's size, and the 6-minute execution limit of a daily run that has more
// mail to send than fits (the rest goes on the next run, nothing twice).
import { statSync } from 'node:fs';
import { EXECUTION_LIMIT_MS, LocalRuntime } from '../../src/local/emulator';
import { buildTemplate } from '../../src/local/cli';
import { generateOrg } from '../bench/org';
import { builtBundle, tabValues } from '../support/bundle';

/** Our budget for build/Code.js: Apps Script's own per-file limit is not documented (unverified), so we keep well clear. */
const BUNDLE_BUDGET_BYTES = 500 * 1024;

test('the bundle stays within its size budget', () => {
  expect(statSync('build/Code.js').size).toBeLessThan(BUNDLE_BUDGET_BYTES);
});

// Not how many digests fit in one run (that is the emulator's latency model, not Apps Script's), but what the
// owner sees: no run is killed by the limit, each says in the Log what it left for later, and the runs that
// follow send the rest, each digest once.
test('a daily run with 1,400 digests to send stops in time, says what is left, and the next runs send the rest, once', () => {
  const { code } = builtBundle();
  const book = generateOrg(buildTemplate(code, 'vi'), { people: 1400, teams: 20, objectives: 280, krs: 1400, checkIns: 2000 }, 'archived');
  const rt = new LocalRuntime({ book, user: 'person0@bigco.vn', now: new Date('2026-11-23T02:00:00Z'), mailQuota: 5000 }).load(code);
  rt.env.clockFollowsCalls = true;
  const left: number[] = [];
  for (let run = 0; run < 4 && left.at(-1) !== 0; run += 1) {
    rt.env.resetCounters();
    rt.run('dailyTrigger');
    expect(rt.env.simulatedMs).toBeLessThan(EXECUTION_LIMIT_MS);
    const counts = String(tabValues(rt, ['Nhật ký']).at(-1)![4]);
    left.push(Number(/để lần sau: (\d+)/.exec(counts)?.[1] ?? 0));
  }
  expect(rt.triggerFailures).toEqual([]);
  expect(left.length).toBeGreaterThan(1);
  expect(left[0]).toBeGreaterThan(0);
  expect(left.at(-1)).toBe(0);
  const recipients = rt.mail.outbox.map((m) => `${m.to[0]}|${m.subject}`);
  expect(new Set(recipients).size).toBe(recipients.length);
  expect(recipients.length).toBeGreaterThanOrEqual(left[0]!);
});
