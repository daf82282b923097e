// Apps Script limits: the bundle's size, and the 6-minute execution limit of a daily run that has more
// mail to send than fits (the rest goes on the next run, nothing twice).
import { statSync } from 'node:fs';
import { EXECUTION_LIMIT_MS, LocalRuntime } from '../../src/local/emulator';
import { buildTemplate } from '../../src/local/cli';
import { generateOrg } from '../bench/org';
import { builtBundle } from '../support/bundle';

/** Our budget for build/Code.js: Apps Script's own per-file limit is not documented (unverified), so we keep well clear. */
const BUNDLE_BUDGET_BYTES = 500 * 1024;

test('the bundle stays within its size budget', () => {
  expect(statSync('build/Code.js').size).toBeLessThan(BUNDLE_BUDGET_BYTES);
});

test('a daily run with 1,400 digests to send stops sending in time and the next run sends the rest, once', () => {
  const { code } = builtBundle();
  const book = generateOrg(buildTemplate(code, 'vi'), { people: 1400, teams: 20, objectives: 280, krs: 1400, checkIns: 2000 }, 'archived');
  const rt = new LocalRuntime({ book, user: 'person0@bigco.vn', now: new Date('2026-11-23T02:00:00Z'), mailQuota: 5000 }).load(code);
  rt.env.clockFollowsCalls = true;
  rt.run('dailyTrigger');
  const first = rt.mail.outbox.length;
  expect(rt.env.simulatedMs).toBeLessThan(EXECUTION_LIMIT_MS);
  expect(first).toBeGreaterThan(500);
  expect(first).toBeLessThan(1400);
  rt.env.resetCounters();
  rt.run('dailyTrigger');
  const recipients = rt.mail.outbox.map((m) => `${m.to[0]}|${m.subject}`);
  expect(rt.mail.outbox.length).toBeGreaterThan(first);
  expect(new Set(recipients).size).toBe(recipients.length);
});
