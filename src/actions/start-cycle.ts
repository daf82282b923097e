/** "Start next cycle" (admin): adds the cycle after the latest one, from the cadence, as Planning. */
import { choiceLabel } from '../i18n/choice-labels';
import { dayOf, formatDay, startOfDay } from '../core/date-parse';
import { decideNextCycle } from '../core/next-cycle';
import { cycleName } from '../i18n/review';
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
    const decision = decideNextCycle(cycles, settings.cadence, today, { checkInWeekday: settings.checkInWeekday });
    if (decision.outcome === 'planning') return { message: t.cycle.nextExists(decision.cycle.name || decision.cycle.id) };
    if (decision.outcome === 'custom') return { message: t.cycle.customCadence };
    const next = decision.cycle;
    const name = cycleName(next.period, lang);
    if (decision.outcome === 'exists') return { message: t.cycle.nextExists(name) };
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
