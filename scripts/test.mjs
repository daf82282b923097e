// `npm test`: type checks, Biome's lint and format check, the build (with its bundle gate), every jest suite, and the core suite again
// under two more time zones. Ends with one line `N passed, N failed` summing all of them, also written to
// test-results/summary.txt for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
/** Tests jest skipped, by suite and name: printed, so that a suite skipped without a browser is seen. */
const skipped = [];
/** Passed tests by run: the first is every suite once, the others the core suite again under other time zones. */
const runs = [];

function step(name, command, args, env = {}) {
  console.log(`\n== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) passed += 1;
  else failed += 1;
}

function jest(name, tz, args) {
  const out = `test-results/jest-${name}.json`;
  const ok = step(`jest ${name} (TZ=${tz})`, 'npx', ['jest', '--json', `--outputFile=${out}`, ...args], { TZ: tz });
  let report = null;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    failed += 1; // jest died before writing its report
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  runs.push({ name, tz, passed: report.numPassedTests });
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo')
        skipped.push(`${name}: ${suite.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`);
    }
  }
  if (!ok && report.numFailedTests + report.numRuntimeErrorTestSuites === 0) failed += 1;
}

check('typecheck (everything)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('typecheck (Apps Script code, ES2019 library, no Node)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.gas.json']);
check('lint and format (Biome, as clasp uses it)', 'npx', ['biome', 'ci', '.']);
check('build (bundle gate)', 'node', ['scripts/build.mjs']);
jest('all', 'UTC', []);
jest('core-hcm', 'Asia/Ho_Chi_Minh', ['test/core']);
jest('core-ny', 'America/New_York', ['test/core']);

const [first, ...reruns] = runs;
if (first) {
  const again = reruns.map((r) => `${r.passed} under ${r.tz}`).join(', ');
  console.log(
    `\n${first.passed} distinct tests passed${again ? `; the core suite again: ${again}` : ''}; ${skipped.length} skipped${skipped.length > 0 ? ':' : '.'}`,
  );
  for (const line of skipped) console.log(`  skipped ${line}`);
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : 0);
