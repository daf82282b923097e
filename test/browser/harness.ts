// Drives a page of the project in Debian's Chromium, with google.script.run routed to the vm-loaded bundle.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ExecutionContext, LocalRuntime } from '../../src/local/emulator';
import { errorText } from '../../src/sheet/retry';

export const CHROMIUM = '/usr/bin/chromium';

/** Locally a missing browser skips the browser tests; in CI (CI=true) it fails them. */
export const describeBrowser: jest.Describe = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenedPage {
  readonly page: Page;
  readonly errors: string[];
  readonly calls: string[];
}

/**
 * A server result as JSON, with what JSON would hide or change marked { __gasIllegal: kind } so that the
 * page's stub refuses it (gas-run-stub.js): Dates (which JSON turns into strings), functions, undefined and
 * non-finite numbers inside objects or arrays, instances of classes. A result of undefined itself is null;
 * a cycle makes JSON.stringify throw, which fails the call.
 */
export function serializeResult(value: unknown): string {
  return JSON.stringify({ value: value === undefined ? null : value }, function (this: Record<string, unknown>, key, replaced: unknown) {
    const kind = key === '' ? null : illegalKind(this[key]);
    return kind ? { __gasIllegal: kind } : replaced;
  });
}

function illegalKind(raw: unknown): string | null {
  if (raw === undefined) return 'undefined';
  if (typeof raw === 'function') return 'Function';
  if (typeof raw === 'symbol' || typeof raw === 'bigint') return typeof raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? null : String(raw);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  // Objects from the vm realm have its Object.prototype, so the test is by tag and constructor name.
  if (Object.prototype.toString.call(raw) === '[object Date]') return 'Date';
  const proto: unknown = Object.getPrototypeOf(raw);
  const plain = proto === null || (proto as { constructor?: { name?: string } }).constructor?.name === 'Object';
  return plain ? null : 'object of a class';
}

/**
 * Opens build/<file> (or `html`, a page the bundle served) as HtmlService would serve it (a 300 px sidebar
 * by default) with every other request refused, so an accidental CDN script fails the test. The page's
 * google.script.run calls run in `context`: 'menu' for a sidebar or dialog, 'webApp' for a web-app page.
 */
export async function openPage(
  browser: Browser,
  rt: LocalRuntime,
  file: string,
  user: string,
  width = 300,
  html?: string,
  context: ExecutionContext = 'menu',
): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const calls: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `http://gas.test/${file}`) return route.fulfill({ contentType: 'text/html', body: html ?? readFileSync(`build/${file}`, 'utf8') });
    return route.abort();
  });
  await page.addInitScript({ path: 'test/browser/gas-run-stub.js' });
  await page.exposeFunction('__gasCall', (name: string, args: string) => {
    calls.push(name);
    try {
      return serializeResult(rt.run(name, JSON.parse(args), { user, context }));
    } catch (error) {
      return JSON.stringify({ error: errorText(error) });
    }
  });
  await page.goto(`http://gas.test/${file}`);
  return { page, errors, calls };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results', { recursive: true });
  const path = `test-results/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
