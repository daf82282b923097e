/**
 * The weekly brief (DESIGN.md §2.6): the agenda of this week's OKR meeting written to the Brief tab, for
 * the company or one team, and mailed to the team on request. The daily run writes the company brief on
 * the check-in day.
 */
import { buildBrief, briefRows, briefText } from '../core/brief';
import { dayOf, formatDay, type Day } from '../core/date-parse';
import { escapeHtml } from '../core/html';
import type { Workbook } from '../core/model';
import { outputTab, writeOutput } from '../sheet/output';
import { readLog, type LogRecord } from '../sheet/log';
import { readWorkbook } from '../sheet/workbook-read';
import { initiativeHistory } from './initiative-log';
import { runAction, type ActionContext } from './run';
import type { Services } from '../sheet/services';

/** Writes the brief of `teamId` (null: the company) as of `today`; returns its plain text. */
export function writeBrief(s: Services, workbook: Workbook, log: readonly LogRecord[], today: Day, teamId: string | null): string {
  const lang = workbook.settings.language;
  const weekAgo = today - 7;
  const changes = initiativeHistory(log, workbook.settings.timeZone).filter((c) => c.day > weekAgo && c.day <= today);
  const brief = buildBrief(workbook, today, { ...(teamId ? { teamId } : {}), initiativeChanges: changes });
  writeOutput(outputTab(s.book, 'brief', lang), briefRows(brief, lang), { header: false });
  return briefText(brief, lang);
}

function mailBrief(s: Services, ctx: ActionContext, workbook: Workbook, teamId: string, text: string): number {
  const team = workbook.teams.find((t) => t.id === teamId);
  const to = new Set(workbook.people.filter((p) => p.teamId === teamId && p.email !== '').map((p) => p.email));
  if (team && team.leadEmail) to.add(team.leadEmail);
  const subject = ctx.t.brief.subject(workbook.settings.companyName, team?.name ?? teamId);
  const html = `<pre style="font:13px Arial,sans-serif;white-space:pre-wrap">${escapeHtml(text)}</pre>`;
  for (const email of to) s.mail.sendEmail({ to: email, subject, body: text, htmlBody: html, name: workbook.settings.companyName || 'OKR' });
  return to.size;
}

/** Menu: asks which team (blank: the company), writes the brief, and offers to mail it to the team. */
export function runBriefMenu(s: Services): void {
  const ui = s.app.getUi();
  runAction(s, { name: 'brief', writes: true, from: 'menu' }, (ctx) => {
    const answer = ui.prompt(ctx.t.brief.askTeam, ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return { message: '' };
    const teamId = answer.getResponseText().trim();
    const { workbook } = readWorkbook(s.book, ctx.known);
    const team = teamId === '' ? null : workbook.teams.find((t) => t.id.toLowerCase() === teamId.toLowerCase()) ?? null;
    if (teamId !== '' && !team) return { message: ctx.t.brief.unknownTeam(teamId) };
    const today = dayOf(s.now(), ctx.settings.timeZone);
    const text = writeBrief(s, workbook, readLog(s.book), today, team ? team.id : null);
    const name = team ? team.name || team.id : ctx.t.brief.company;
    if (!team) return { message: ctx.t.brief.written(name) };
    const members = workbook.people.filter((p) => p.teamId === team.id).length;
    if (ui.alert(`${ctx.t.brief.written(name)}\n\n${ctx.t.brief.askMail(members)}`, ui.ButtonSet.YES_NO) !== ui.Button.YES) return { message: '' };
    const mailed = mailBrief(s, ctx, workbook, team.id, text);
    return { message: ctx.t.brief.mailed(mailed), counts: { mailed } };
  });
}

/** The ledger key of the weekly company brief, so the daily run writes it once per week. */
export function briefKey(weekStart: Day): string {
  return `brief:company:${formatDay(weekStart)}`;
}
