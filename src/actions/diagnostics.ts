/**
 * "Diagnostics" (admin): checks on the live workbook what reminders depend on and says it in plain words.
 * It reads and tries; it writes nothing but its Log row and a scratch tab it deletes at once (the locale check).
 */
import { gridPercent, isGridNearLimit } from '../core/checks';
import { planHeader } from '../core/header-plan';
import type { Settings } from '../core/settings';
import type { Catalogue } from '../i18n';
import { formatNumber } from '../i18n/findings';
import type { Lang } from '../core/lang';
import { TAB_LABELS } from '../i18n/tabs';
import { gridCells, largestTabs } from '../sheet/grid-cells';
import { columnLabels, SCHEMA } from '../sheet/schema';
import { findTab, listTabs } from '../sheet/table';
import { readTriggerRecord } from '../sheet/trigger-record';
import { ownDailyTriggers } from './reminder-trigger';
import { readWorkbook } from '../sheet/workbook-read';
import { liveChecks } from './live-checks';
import { runAction } from './run';
import type { Services } from '../sheet/services';

export interface Diagnosis {
  readonly ok: boolean;
  readonly text: string;
}

export function diagnose(s: Services, settings: Settings, user: string, t: Catalogue, people: number): Diagnosis[] {
  const lang: Lang = settings.language;
  const out: Diagnosis[] = [];
  const scriptZone = s.session.getScriptTimeZone();
  const sheetZone = s.book.getSpreadsheetTimeZone();
  const zonesAgree = scriptZone === sheetZone && sheetZone === settings.timeZone;
  out.push({
    ok: zonesAgree,
    text: t.diagnostics.timeZones(scriptZone, sheetZone, settings.timeZone) + (zonesAgree ? '' : ` ${t.diagnostics.timeZonesDiffer}`),
  });

  const record = readTriggerRecord(s);
  if (!record) out.push({ ok: false, text: t.diagnostics.noTrigger });
  else if (record.owner !== user) out.push({ ok: true, text: `${t.diagnostics.trigger(record.owner, record.hour)} ${t.diagnostics.otherOwner(record.owner)}` });
  else {
    const own = ownDailyTriggers(s);
    if (own.length === 0) out.push({ ok: false, text: t.diagnostics.triggerMissing(record.owner) });
    else if (own.length > 1) out.push({ ok: false, text: t.diagnostics.duplicateTriggers(own.length) });
    else out.push({ ok: true, text: t.diagnostics.trigger(record.owner, record.hour) });
  }

  const remaining = s.mail.getRemainingDailyQuota();
  out.push({ ok: remaining > 0, text: t.diagnostics.mailQuota(remaining) });

  const lock = s.lock.getScriptLock();
  const locked = lock.tryLock(1000);
  if (locked) lock.releaseLock();
  out.push({ ok: locked, text: locked ? t.diagnostics.lock : t.diagnostics.lockBusy });

  const tabs = listTabs(s.book);
  const missing: string[] = [];
  for (const spec of SCHEMA) {
    const sheet = findTab(s.book, spec.key, tabs);
    const name = TAB_LABELS[spec.key][lang];
    if (!sheet) {
      missing.push(t.diagnostics.tabMissing(name));
      continue;
    }
    const labels = columnLabels(spec.key);
    const width = Math.max(sheet.getLastColumn(), 1);
    const plan = planHeader(
      sheet.getRange(1, 1, 1, width).getValues()[0] ?? [],
      spec.columns.map((c) => ({ key: c.key, ...labels[c.key]! })),
      lang,
    );
    if (plan.added.length > 0) missing.push(t.diagnostics.columnsMissing(name, plan.added.map((k) => labels[k]![lang]).join(', ')));
  }
  out.push(missing.length === 0 ? { ok: true, text: t.diagnostics.tabs } : { ok: false, text: missing.join(' ') });
  out.push(gridLine(s, t, lang));

  const url = s.triggers.getService().getUrl();
  out.push({ ok: true, text: url ? t.diagnostics.webApp(url) : t.diagnostics.noWebApp });
  // What only a live workbook can confirm: "not checked yet" is no problem, "differs" is.
  for (const check of liveChecks(s, settings, people, t)) out.push({ ok: check.assumed !== false, text: check.text });
  return out;
}

/** Grid cells against the spreadsheet's limit, with the three largest tabs: a problem from GRID_WARN_PERCENT on. */
function gridLine(s: Services, t: Catalogue, lang: Lang): Diagnosis {
  const grid = gridCells(s.book);
  const n = (value: number) => formatNumber(value, lang);
  const largest = largestTabs(grid, 3)
    .map((tab) => `${tab.name} (${n(tab.cells)})`)
    .join(', ');
  const near = isGridNearLimit(grid.used, grid.limit);
  const text = t.diagnostics.gridCells(n(grid.used), n(grid.limit), n(gridPercent(grid.used, grid.limit)), largest);
  return { ok: !near, text: near ? `${text} ${t.diagnostics.gridCellsNear}` : text };
}

export function runDiagnostics(s: Services): void {
  runAction(s, { name: 'diagnostics', writes: false, who: 'admin', from: 'menu' }, ({ settings, user, t, known }) => {
    const found = diagnose(s, settings, user, t, readWorkbook(s.book, known).workbook.people.length);
    const message = [t.diagnostics.title, ...found.map((d) => `${d.ok ? '✓' : '✗'} ${d.ok ? t.diagnostics.ok : t.diagnostics.problem}: ${d.text}`)].join('\n');
    return { message, counts: { problems: found.filter((d) => !d.ok).length } };
  });
}
