/**
 * The latency model (src/local/emulator/latency.ts): reads and writes cost by call and by cell, from Kanshi Tanaike's
 * "Benchmark: Reading and Writing Spreadsheet using Google Apps Script" (2018,
 * https://tanaikech.github.io/2018/10/12/benchmark-reading-and-writing-spreadsheet-using-google-apps-script/)
 * and its 2022 re-run (https://tanaikech.github.io/topics/benchmark).
 */
import { latencyOf } from '../../src/local/emulator/latency';
import { bookSnapshot, setup, sheetSnapshot } from './spreadsheet-helpers';

// getValues ≈ 0.2 s per call + 9–10 µs per cell
test.each([
  [0, 200],
  [1, 200.0095],
  [10_000, 295],
  [1_000_000, 9_700],
  [10_000_000, 95_200],
])('getValues of %d cells costs %d ms', (cells, ms) => {
  expect(latencyOf('Range.getValues', { read: cells, written: 0 })).toBeCloseTo(ms, 5);
});

// setValues flat ≈ 0.1–0.25 s per call up to 10–20 k cells, then ≈ 55–65 µs per cell
test.each([
  [1, 200],
  [10_000, 200],
  [15_000, 200],
  [25_000, 800],
  [2_000_000, 119_300],
])('setValues of %d cells costs %d ms', (cells, ms) => {
  expect(latencyOf('Range.setValues', { read: 0, written: cells })).toBeCloseTo(ms, 5);
});

// the measured per-cell slopes stay inside the published ranges
test('the per-cell costs lie in the published ranges', () => {
  const perCell = (method: string, cells: (n: number) => { read: number; written: number }) =>
    (latencyOf(method, cells(2_000_000)) - latencyOf(method, cells(1_000_000))) / 1_000_000;
  expect(perCell('Range.getValues', (n) => ({ read: n, written: 0 }))).toBeGreaterThanOrEqual(0.009);
  expect(perCell('Range.getValues', (n) => ({ read: n, written: 0 }))).toBeLessThanOrEqual(0.01);
  expect(perCell('Range.setValues', (n) => ({ read: 0, written: n }))).toBeGreaterThanOrEqual(0.055);
  expect(perCell('Range.setValues', (n) => ({ read: 0, written: n }))).toBeLessThanOrEqual(0.065);
});

// Per-call constants: PropertiesService from https://ziritione.org/post/apps_script_performance;
// the others are the model's stated assumptions.
test.each([
  ['Properties.getProperty', 30],
  ['Properties.setProperty', 62],
  ['SpreadsheetApp.flush', 500],
  ['Sheet.getRange', 15],
  ['MailApp.sendEmail', 250],
  ['Session.getActiveUser', 5],
])('%s costs %d ms per call whatever it carries', (method, ms) => {
  expect(latencyOf(method)).toBe(ms);
  expect(latencyOf(method, { read: 1_000_000, written: 1_000_000 })).toBe(ms);
});

// the emulator charges what a call read or wrote, through env.call
test.each<[string, (sheet: ReturnType<typeof setup>['sheet']) => unknown, number]>([
  ['one read of 100,000 cells', (sheet) => sheet.getRange(1, 1, 10_000, 10).getValues(), 15 + 200 + 0.0095 * 100_000],
  [
    'one write of 100,000 cells',
    (sheet) => sheet.getRange(1, 1, 10_000, 10).setValues(Array.from({ length: 10_000 }, () => Array(10).fill(1))),
    15 + 200 + 0.06 * 85_000,
  ],
  [
    '100 writes of one cell',
    (sheet) => {
      for (let r = 1; r <= 100; r++) sheet.getRange(r, 1).setValue(r);
    },
    100 * (15 + 200),
  ],
])('%s is charged by calls and cells', (_, act, ms) => {
  const { env, sheet } = setup(bookSnapshot([sheetSnapshot('S', { maxRows: 10_000, maxColumns: 10 })]), {}, latencyOf);
  act(sheet);
  expect(env.simulatedMs).toBeCloseTo(ms, 5);
});
