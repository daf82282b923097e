// Builds the bundle as it was before issue 13 (BEFORE_REF) into build/before/, for the benchmark's "before"
// columns: the same companies, the same runtime and latency model, today's design beside the old one in one
// run. It runs that commit's own build script on that commit's sources, taken from git. Without the git
// history (a tarball), it says so and the benchmark prints the new design alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

/** The last commit before issue 13's work: every action read the workbook whole, KR weekly was rewritten whole. */
const BEFORE_REF = 'e418ad980e242bafa5f8c6575f1bea17059bb8a2';

const dir = 'build/before';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
try {
  const archive = execFileSync('git', ['archive', '--format=tar', BEFORE_REF, 'src', 'scripts', 'appsscript.json'], { maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  // Its build script writes build/ under its own root; esbuild is found in this project's node_modules.
  execFileSync('node', ['scripts/build.mjs'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`build/before: the bundle of ${BEFORE_REF.slice(0, 7)}, for the benchmark's before columns`);
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `build/before: not built (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the benchmark runs without its before columns`,
  );
}
