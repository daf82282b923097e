// Issue 15 point 6: a finding code is one typed entry in core/finding.ts (FindingParamsOf) and its words in the
// catalogue of each language (i18n/findings.ts, FINDING_TEXT). tsc holds the params to their code (the @ts-expect-error
// lines below stop compiling if it no longer does); these tests read the codes from the source, where the type has no value.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, FindingOf } from '../../src/core/finding';
import { FINDING_TEXT, findingText } from '../../src/i18n/findings';
import { LANGS } from '../../src/core/lang';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The keys of FindingParamsOf, as written in core/finding.ts. */
function declaredCodes(): string[] {
  const text = readFileSync('src/core/finding.ts', 'utf8');
  const body = /export interface FindingParamsOf \{\n([\s\S]*?)\n\}/.exec(text)?.[1] ?? '';
  return [...body.matchAll(/^ {2}([A-Z_]+):/gm)].map((m) => m[1]!);
}

const CODES = declaredCodes();

describe('finding codes', () => {
  test('are read from FindingParamsOf', () => {
    expect(CODES.length).toBeGreaterThan(20);
    expect(CODES).toEqual(expect.arrayContaining(['DUPLICATE_ID', 'STALE_KR', 'GRID_NEAR_LIMIT']));
    expect(new Set(CODES).size).toBe(CODES.length);
  });

  test.each(LANGS)('each have words in the %s catalogue, and nothing else has', (lang) => {
    expect(Object.keys(FINDING_TEXT[lang]).sort()).toEqual([...CODES].sort());
  });

  test.each(CODES)('%s is worded in every workbook language', (code) => {
    expect(Object.keys(FINDING_TEXT).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(typeof (FINDING_TEXT[lang] as Record<string, unknown>)[code]).toBe('function');
  });

  // A code no check makes is dead weight in both places: its params, its words in two languages.
  const makers = [...sources('src/core'), ...sources('src/actions')].filter((f) => !f.endsWith('core/finding.ts'));
  const made = makers.map((f) => readFileSync(f, 'utf8')).join('\n');
  test.each(CODES)('%s is made by a check in src/core or src/actions', (code) => {
    expect(made).toContain(`'${code}'`);
  });
});

describe('finding params are typed by their code', () => {
  const at = { severity: 'warning', tab: 'keyResults', row: 4, id: 'KR3' } as const;

  test('a finding built with its own params is worded from them', () => {
    const stale: FindingOf<'STALE_KR'> = { code: 'STALE_KR', ...at, params: { days: 16, lastCheckIn: '2026-04-20' } };
    expect(findingText(stale, 'en').message).toBe('Key result KR3 has not been checked in for 16 days (last: 2026-04-20).');
    const grid: Finding = {
      code: 'GRID_NEAR_LIMIT',
      ...at,
      params: { used: 7_250_000, limit: 10_000_000, percent: 72.5, largest: 'Check-ins', largestCells: 900_000 },
    };
    expect(findingText(grid, 'vi').message).toContain('7.250.000 ô, bằng 72,5%');
  });

  test('tsc refuses a misspelt, missing, foreign or extra param (the lines below are compile errors)', () => {
    const wrong: Finding[] = [
      // @ts-expect-error `day` is not a param of STALE_KR (its param is `days`)
      { code: 'STALE_KR', ...at, params: { day: 16, lastCheckIn: '' } },
      // @ts-expect-error TOO_FEW_KRS needs `min`
      { code: 'TOO_FEW_KRS', ...at, params: { count: 1 } },
      // @ts-expect-error `max` is TOO_MANY_KRS's, not TOO_FEW_KRS's
      { code: 'TOO_FEW_KRS', ...at, params: { count: 1, max: 5 } },
      // @ts-expect-error KR_NO_OWNER takes no params
      { code: 'KR_NO_OWNER', ...at, params: { title: 'x' } },
      // @ts-expect-error a count is a number, not text
      { code: 'TOO_MANY_KRS', ...at, params: { count: '7', max: 5 } },
      // @ts-expect-error DEPENDENCY_UNBACKED's reason is noBackingKr or otherTeam
      { code: 'DEPENDENCY_UNBACKED', ...at, params: { providingTeamId: 'SP', backingKrId: '', backingTeamId: '', reason: 'none' } },
      // @ts-expect-error no such code
      { code: 'STALE_OBJECTIVE', ...at, params: {} },
    ];
    // What tsc refuses still words without throwing: a finding from an old build (or a cast) reads '' at worst.
    for (const f of wrong.slice(0, -1)) expect(typeof findingText(f, 'en').message).toBe('string');
  });
});
