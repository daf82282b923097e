/**
 * The project's import graph, read from the import and export lines of its TypeScript files (issue 15: the
 * layout rules are checked on the source text, not on what the bundler happens to keep).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface Import {
  /** The specifier as written: './range', '../../core/text', 'node:fs'. */
  readonly target: string;
  /** The file it names, from the repository root; null for a package or a file that does not exist. */
  readonly file: string | null;
  /**
   * `import type` / `export type`, or braces holding only `type` names: erased when TypeScript compiles, so it
   * loads nothing and orders nothing at run time.
   */
  readonly typeOnly: boolean;
}

/** Every .ts file under `dir`, as paths from the repository root. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The .ts file a relative specifier names from `from`: `x.ts`, else `x/index.ts`. */
function resolve(from: string, target: string): string | null {
  if (!target.startsWith('.')) return null;
  const base = normalize(join(dirname(from), target));
  return [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path)) ?? null;
}

const STATIC = /^\s*(?:import|export)\s+([^'";]*?)\s*from\s+['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

function isTypeOnly(clause: string): boolean {
  if (/^type\s/.test(clause)) return true;
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  const names = braces
    ? braces[1]!
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : [];
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** The imports of the source `text` of `file`. */
export function importsOfText(file: string, text: string): Import[] {
  const found: Import[] = [];
  for (const m of text.matchAll(STATIC)) found.push({ target: m[2]!, file: resolve(file, m[2]!), typeOnly: isTypeOnly(m[1]!) });
  for (const m of [...text.matchAll(BARE), ...text.matchAll(DYNAMIC)]) found.push({ target: m[1]!, file: resolve(file, m[1]!), typeOnly: false });
  return found;
}

export function importsOf(file: string): Import[] {
  return importsOfText(file, readFileSync(file, 'utf8'));
}

/** The project files reachable from `entry` by relative imports. */
export function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { file: next } of importsOf(file)) if (next) visit(next);
  };
  visit(entry);
  return seen;
}

/**
 * The import circles of `graph` (file -> files it imports), each as its files, sorted: the strongly connected
 * components of more than one file, or a file importing itself (Tarjan's algorithm).
 */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = stack.splice(stack.indexOf(node));
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}
