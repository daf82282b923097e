/** Reading the built bundle from disk: what the runtime loads (`LocalRuntime.load`) and the pages it serves. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built bundle and its HTML pages, as scripts/build.mjs writes them to `dir` (build/, next to cli.js). */
export function loadBuild(dir: string): { code: string; files: Record<string, string> } {
  const codePath = join(dir, 'Code.js');
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run npm run build first`);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) files[name] = readFileSync(join(dir, name), 'utf8');
  return { code: readFileSync(codePath, 'utf8'), files };
}
