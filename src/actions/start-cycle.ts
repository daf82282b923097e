/** "Start next cycle" (admin): adds the cycle after the latest one, from the cadence, as Planning. */
import { planNextCycle } from '../core/cadence';
import { choiceLabel } from '../core/choice-parse';
import { dayOf, formatDay, startOfDay } from '../core/date-parse';
import { TAB_LABELS } from '../i18n/tabs';
import { appendRecords } from '../sheet/table';
import { readWorkbook } from '../sheet/workbook-read';
import { runAction } from './run';
import type { Services } from '../sheet/services';

export function runStartCycle(s: Services): void {
  runAction(s, { name: 'startCycle', writes: true, who: 'admin', from: 'menu' }, ({ settings, known, t }) => {
    const read = readWorkbook(s.book, known);
    const { cycles } = read.workbook;
    const today = dayOf(s.now(), settings.timeZone);
    const lang = settings.language;
    // One cycle in planning at a time: a second click must not plan the quarter after next.
    const planning = cycles.find((c) => c.status === 'Planning' && (c.end === null || c.end >= today));
    if (planning) return { message: t.cycle.nextExists(planning.name || planning.id) };
    const next = planNextCycle(cycles, settings.cadence, today, { checkInWeekday: settings.checkInWeekday });
    if (!next) return { message: t.cycle.customCadence };
    const name = next.name[lang];
    if (cycles.some((c) => c.id === next.id)) return { message: t.cycle.nextExists(name) };
    const table = read.tables.cycles;
    if (!table) return { message: t.errors.missingTab(TAB_LABELS.cycles[lang]) };
    appendRecords(table, [
      {
        cycleId: next.id,
        name,
        start: startOfDay(next.start, settings.timeZone),
        end: startOfDay(next.end, settings.timeZone),
        status: choiceLabel('cycleStatus', 'Planning', lang),
      },
    ]);
    return { message: t.cycle.nextAdded(name, formatDay(next.start), formatDay(next.end)), counts: { added: 1 } };
  });
}
