// The Name cell "Start next cycle" writes, through the bundle, for each cadence and workbook language: core plans a
// period and i18n words it (issue 15, point 5), and the words stay those the workbook always got.
import { typeSetting } from '../../src/local/cli';
import type { Lang } from '../../src/core/lang';
import { SETTING_LABELS, TAB_LABELS } from '../../src/i18n/tabs';
import { smallCompany, tabValues } from '../support/bundle';

// The small company's cycle ends on 2026-12-31, so each next cycle starts in the new year.
test.each<[Lang, string, string, string]>([
  ['vi', 'quý', '2027-Q1', 'Quý 1/2027'],
  ['en', 'quarter', '2027-Q1', 'Q1 2027'],
  ['vi', 'tháng', '2027-01', 'Tháng 1/2027'],
  ['en', 'month', '2027-01', 'January 2027'],
  ['vi', '2 tuần', '2027-01-01', '01/01/2027 – 14/01/2027'],
  ['en', '2 weeks', '2027-01-01', 'Jan 1, 2027 – Jan 14, 2027'],
])('a %s workbook with cadence %s gets %s named %s', (lang, cadence, id, name) => {
  const rt = smallCompany({ lang });
  typeSetting(rt, SETTING_LABELS.cadence, cadence);
  rt.run('menuStartCycle');
  const added = tabValues(rt, [TAB_LABELS.cycles[lang]]).at(-1)!;
  expect([added[0], added[1]]).toEqual([id, name]);
  expect(rt.ui.alerts.at(-1)!.prompt).toContain(name);
});
