/** "Preview reminders": exactly what today's run would send, shown in a dialog; nothing is sent. */
import { escapeHtml } from '../core/html';
import { readWorkbook } from '../sheet/workbook-read';
import { planMail } from './remind';
import { runAction } from './run';
import type { Services } from '../sheet/services';

export function runRemindPreview(s: Services): void {
  runAction(s, { name: 'previewReminders', writes: false, who: 'anyone', from: 'menu' }, ({ known, t }) => {
    const read = readWorkbook(s.book, known);
    const { mails, alreadySent } = planMail(s, read);
    const items = mails.map(
      ({ planned, mail }) => `<details><summary><b>${escapeHtml(planned.to)}</b> · ${escapeHtml(mail.subject)}</summary>${mail.html}</details>`,
    );
    const html = `<div style="font:13px Arial,sans-serif"><p>${escapeHtml(t.preview.summary(mails.length, alreadySent, s.mail.getRemainingDailyQuota()))}</p>${items.join('')}</div>`;
    s.app.getUi().showModalDialog(s.html.createHtmlOutput(html).setWidth(720).setHeight(560), t.preview.title);
    return { message: '', counts: { planned: mails.length, alreadySent } };
  });
}
