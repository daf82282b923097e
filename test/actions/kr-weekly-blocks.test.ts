// KR weekly kept up block by block (src/sheet/week-blocks.ts), through the bundle: what a run writes is only
// the weeks that changed, and the tab always reads as if it had been written whole.
import { typeRows } from '../../src/local/cli';
import { KR_WEEKLY_COLUMNS } from '../../src/i18n/looker-columns';
import type { LocalRuntime } from '../../src/local/emulator';
import { ADMIN, PRODUCT_LEAD, SALES_REP, bundleRuntime, smallCompany, tabValues } from '../support/bundle';

const KR_WEEKLY = ['KR theo tuần'];
const DESCRIPTION = 'okr.krWeeklyBlocks';
const UPDATED = KR_WEEKLY_COLUMNS.indexOf('updated_at');
const DAY = 24 * 3600 * 1000;

/** KR weekly's cells without updated_at (the one column that says when, not what). */
const contents = (rt: LocalRuntime): unknown[][] => tabValues(rt, KR_WEEKLY).map((r) => r.filter((_, i) => i !== UPDATED));

/** The same tab as written whole today: the description dropped, so the run cannot trust the tab. */
function writtenWhole(rt: LocalRuntime): unknown[][] {
  // A runtime over the same cells, with no script properties at all: no description to trust.
  const copy = bundleRuntime({ book: rt.snapshot(), now: new Date(rt.env.now()) });
  expect(copy.properties.getScriptProperties().getProperty(DESCRIPTION)).toBeNull();
  copy.run('menuSummary', [], { user: ADMIN });
  return contents(copy);
}

function summary(rt: LocalRuntime): number {
  rt.env.resetCounters();
  rt.run('menuSummary', [], { user: ADMIN });
  return rt.env.totalCells().written;
}

describe('KR weekly is kept up by week', () => {
  test('a second run the same day writes the current week only, far less than the tab', () => {
    const rt = smallCompany();
    rt.env.setNow(new Date('2026-11-09T03:00:00Z'));
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '10' }], SALES_REP);
    summary(rt);
    const tabCells = (tabValues(rt, KR_WEEKLY).length - 1) * KR_WEEKLY_COLUMNS.length;
    typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '20' }], SALES_REP);
    // Everything the run writes (Check-in rate and the Dashboard included) is less than KR weekly alone.
    expect(summary(rt)).toBeLessThan(tabCells);
    expect(tabCells).toBeGreaterThan(20 * KR_WEEKLY_COLUMNS.length);
    expect(contents(rt)).toEqual(writtenWhole(rt));
  });

  test.each([
    [
      'day after day with check-ins',
      (rt: LocalRuntime, day: number) => {
        if (day % 2 === 0) typeRows(rt, 'checkIns', [{ krId: 'KR4', value: String(8 - day / 10) }], PRODUCT_LEAD);
      },
    ],
    ['a new week begins', () => undefined],
    [
      'a KR is added mid-cycle',
      (rt: LocalRuntime, day: number) => {
        if (day === 9)
          typeRows(rt, 'keyResults', [{ krId: 'KR9', objectiveId: 'O2', keyResult: 'Mới', kind: 'Tăng', unit: '', start: '0', target: '10', weight: '1' }]);
      },
    ],
    [
      'a past target is changed',
      (rt: LocalRuntime, day: number) => {
        if (day === 11) rt.env.quiet(() => rt.book.getSheetByName('Kết quả then chốt')!.getRange(4, 9).setValue(40));
      },
    ],
    [
      'a person deletes rows of the tab',
      (rt: LocalRuntime, day: number) => {
        if (day === 12) rt.env.quiet(() => rt.book.getSheetByName('KR theo tuần')!.deleteRows(3, 4));
      },
    ],
    [
      "a person types into this week's rows",
      (rt: LocalRuntime, day: number) => {
        if (day === 10)
          rt.env.quiet(() => {
            const sheet = rt.book.getSheetByName('KR theo tuần')!;
            sheet.getRange(sheet.getLastRow(), 18).setValue(999);
          });
      },
    ],
  ])('%s: the tab always reads as written whole', (_, change) => {
    const rt = smallCompany();
    const start = new Date('2026-10-20T03:00:00Z').getTime();
    for (let day = 0; day < 15; day += 1) {
      rt.env.setNow(new Date(start + day * DAY));
      change(rt, day);
      summary(rt);
      // A cell typed over is not seen by the hashes (they describe what the program wrote): it is put right when
      // its week next changes, which this week's rows do every day.
      if (day !== 10) expect(contents(rt)).toEqual(writtenWhole(rt));
    }
  });

  test('a run cut off at any block write leaves each block old or new, and the next run makes the tab right', () => {
    for (let skip = 0; skip < 4; skip += 1) {
      const rt = smallCompany();
      rt.env.setNow(new Date('2026-11-02T03:00:00Z'));
      summary(rt);
      rt.env.setNow(new Date('2026-11-10T03:00:00Z'));
      typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '30' }], SALES_REP);
      rt.env.injectFault('Range.setValues', 'Service Spreadsheets timed out', 1, skip);
      try {
        rt.run('menuSummary', [], { user: ADMIN });
      } catch {
        /* the failure is the runner's to report */
      }
      summary(rt);
      expect(contents(rt)).toEqual(writtenWhole(rt));
    }
  });
});
