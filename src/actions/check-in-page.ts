/** The data the check-in sidebar and web-app page show: the person's KRs first, last values pre-filled. */
import { isOwnKr, teamsOf } from '../core/check-in-rights';
import { choiceLabel, choiceValues } from '../core/choice-parse';
import { dayOf, formatDay } from '../core/date-parse';
import { computeKrStates } from '../core/kr-state';
import type { Workbook } from '../core/model';
import { formatKrValue } from '../core/kr-format';
import { messages } from '../i18n';
import { readWorkbook } from '../sheet/workbook-read';
import type { PageData, PageKr } from '../ui/api';
import { currentUser } from './run';
import type { Services } from '../sheet/services';
import { teamOfKr } from '../core/kr-team';

/** Every KR of the workbook as the page shows it, the person's own first, then by ID order of the sheet. */
export function pageKrs(workbook: Workbook, user: string, now: Date): PageKr[] {
  const { language: lang, timeZone } = workbook.settings;
  const today = dayOf(now, timeZone);
  const teams = teamsOf(workbook, user);
  const objectives = new Map(workbook.objectives.map((o) => [o.id, o]));
  const teamNames = new Map(workbook.teams.map((t) => [t.id, t.name]));
  const krs = computeKrStates(workbook, today).filter((state) => state.kr.id !== '').map((state) => {
    const { kr } = state;
    const objective = objectives.get(kr.objectiveId);
    const teamId = teamOfKr(kr, objective);
    return {
      id: kr.id, title: kr.title, objective: objective?.title ?? '', team: teamNames.get(teamId) ?? teamId, unit: kr.unit,
      lastValue: state.current === null ? '' : formatKrValue(state.current, kr.unit, lang), lastDate: state.lastCheckIn === null ? '' : formatDay(state.lastCheckIn),
      target: kr.target === null ? '' : formatKrValue(kr.target, kr.unit, lang), confidence: state.confidence ?? '',
      status: state.status ? choiceLabel('krStatus', state.status, lang) : '', mine: isOwnKr(workbook, kr, user, teams),
    };
  });
  return krs.filter((kr) => kr.mine).concat(krs.filter((kr) => !kr.mine));
}

export function loadPage(s: Services): PageData {
  const { workbook } = readWorkbook(s.book);
  const lang = workbook.settings.language;
  const t = messages(lang);
  const user = currentUser(s);
  return {
    lang, user, labels: { ...t.sidebar },
    confidences: choiceValues('confidence').map((value) => ({ value, label: choiceLabel('confidence', value, lang) })),
    krs: pageKrs(workbook, user, s.now()),
  };
}
