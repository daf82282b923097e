/** "Open in Looker Studio": a dialog with the Linking API link that creates a report on the two data tabs. */
import { escapeHtml } from '../core/html';
import { buildLookerUrl } from '../core/looker-url';
import { outputTab } from '../sheet/output';
import { listTabs } from '../sheet/table';
import { runAction } from './run';
import type { Services } from '../sheet/services';

export function runLooker(s: Services): void {
  runAction(s, { name: 'looker', writes: true, who: 'anyone', from: 'menu' }, ({ settings, t }) => {
    const lang = settings.language;
    const tabs = listTabs(s.book);
    // The tabs must exist for their gid; the data in them comes from "Refresh summary" and the daily run.
    const sheets = (['krWeekly', 'checkinRate'] as const).map((key) => {
      const { sheet } = outputTab(s, key, lang, tabs);
      return { name: sheet.getName(), gid: sheet.getSheetId() };
    });
    const url = buildLookerUrl({ spreadsheetId: s.book.getId(), sheets, reportName: `OKR${settings.companyName ? ` · ${settings.companyName}` : ''}` });
    const link = (href: string, text: string) => `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
    const existing = /^https:\/\//.test(settings.lookerReportUrl)
      ? `<p>${escapeHtml(t.looker.existing)}: ${link(settings.lookerReportUrl, settings.lookerReportUrl)}</p>`
      : '';
    const html = `<div style="font:13px Arial,sans-serif"><p>${escapeHtml(t.looker.intro)}</p><p>${link(url, t.looker.create)}</p>${existing}</div>`;
    s.app.getUi().showModalDialog(s.html.createHtmlOutput(html).setWidth(520).setHeight(220), t.looker.title);
    return { message: '' };
  });
}
