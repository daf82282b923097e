/** The English message and suggestion of every finding code, worded from the finding's params: English defines the words. */
import type { FindingOf, FindingParamsOf } from '../core/finding';
import {
  CHOICE_COLUMNS,
  choice,
  col,
  columnName,
  FILL_TABS,
  type FindingCatalogue,
  type FindingText,
  formatNumber,
  inSentence,
  levelOrder,
  settingName,
  str,
  tabName,
  team,
  unfilledCheckIn,
} from './finding-words';
import { en } from './en';

/** What each problem of an unreadable cell makes of it, and its fix; MISSING is MISSING_FIELD's, worded there. */
const PROBLEM_WORDS: Readonly<Record<Exclude<FindingParamsOf['INVALID_VALUE']['problem'], 'MISSING'>, readonly [string, string]>> = {
  INVALID_NUMBER: ['which is not a number', 'Type a number, e.g. 4.3 billion, 5,600,000,000, 85% or 12 million.'],
  INVALID_DATE: ['which is not a valid date', 'Type a date such as 2026-03-31 or 31 Mar 2026.'],
  DATE_OUT_OF_RANGE: [
    'a date before 2000 or after 2100: most likely a bare number in a date cell, which Sheets counts in days from 1899',
    'Type the whole date, e.g. 2026-03-31 or 31 Mar 2026.',
  ],
  FORMULA: ['a formula: this cell takes a typed value only, so its result is not used', 'Type the value itself, e.g. 42 rather than =40+2.'],
  FUTURE_DATE: ['a time still to come', 'Check the date and time of this check-in: it counts only once that day has come.'],
  INVALID_EMAIL: ['which is not a valid e-mail address', 'Type one e-mail address, e.g. an.nguyen@company.com.'],
  NOT_ALLOWED: [
    'who may not check in this key result (not its owner, not in its team, not an admin)',
    "This check-in is kept but not counted: the owner or a member of the KR's team checks it in.",
  ],
  INVALID_CHOICE: ['which is not one of the choices', 'Pick a value from the drop-down list.'],
};

/** What happens to a check-in with an unreadable or missing cell: every report leaves it out (workbook-read). */
const KEPT_NOT_COUNTED = ' The check-in is kept but not counted.';

function invalidValue(f: FindingOf<'INVALID_VALUE'>): FindingText {
  const [what, fix] = PROBLEM_WORDS[f.params.problem === 'MISSING' ? 'INVALID_CHOICE' : f.params.problem];
  const input = str(f.params.input);
  if (f.tab === 'settings') {
    const setting = settingName(f.params.column, 'en');
    const described = (en.settings as Record<string, string | undefined>)[str(f.params.column)] ?? fix;
    return {
      message: `The setting “${setting}” (row ${f.row}) says “${input}”, which is not a valid value: the default applies instead.`,
      suggestion: described,
    };
  }
  const header = str(f.params.header) || col(f, 'en');
  const kept = f.tab === 'checkIns' ? KEPT_NOT_COUNTED : '';
  return { message: `${header} (row ${f.row}) says “${input}”, ${what}.${kept}`, suggestion: fix };
}

function missingFix(f: FindingOf<'MISSING_FIELD'>): string {
  const column = str(f.params.column);
  const name = inSentence(col(f, 'en'));
  if (f.tab === 'keyResults' && (column === 'start' || column === 'target')) {
    return 'Enter the starting figure and the target as numbers, e.g. from 4.3 billion to 5.6 billion: without them progress cannot be computed.';
  }
  if (f.tab === 'checkIns' && column === 'timestamp') {
    return `Enter the date and time of the check-in in ${name} as a date-time, e.g. 2026-10-05 09:00, or check in again from the menu “${en.menu.title} › ${en.menu.checkIn}”.`;
  }
  if (CHOICE_COLUMNS.indexOf(column) >= 0) return `Pick the ${name} from the drop-down list.`;
  return `Fill in the ${name} of this row.`;
}

function unknownReference(f: FindingOf<'UNKNOWN_REFERENCE'>): FindingText {
  const ref = str(f.params.ref);
  const name = col(f, 'en');
  const refTab = tabName(f.params.refTab, 'en');
  if (f.params.refTab === 'people') {
    return { message: `${name} “${ref}” (row ${f.row}) is not in ${refTab}.`, suggestion: `Add this person to ${refTab}, or correct the address.` };
  }
  if (f.params.column === 'forId') {
    return {
      message: `${name} (row ${f.row}) says “${ref}”, but no objective or key result has that ID.`,
      suggestion: 'Write the ID of the objective or key result this request serves.',
    };
  }
  return {
    message: `${name} (row ${f.row}) says “${ref}”, but ${refTab} has no such ID.`,
    suggestion: `Use an ID that exists in ${refTab}, or add the missing row there.`,
  };
}

function declinedFix(f: FindingOf<'DEPENDENCY_DECLINED'>): string {
  const who = str(f.params.decider);
  const decidedBy = columnName('dependencies', 'decidedBy', 'en');
  switch (f.params.via) {
    case 'objective':
      return `${who} decides: they own ${str(f.params.objectiveId)}, the lowest objective both teams align to. Once decided, write their e-mail in ${decidedBy}.`;
    case 'team':
      return `${who} decides: they lead ${str(f.params.teamId)}, the lowest team above both teams. Once decided, write their e-mail in ${decidedBy}.`;
    default:
      return `The teams share no objective and no parent team: ask the leadership to decide, then write who decided in ${decidedBy}.`;
  }
}

function notMeasurable(f: FindingOf<'KR_NOT_MEASURABLE'>): FindingText {
  switch (f.params.reason) {
    case 'sameStartTarget':
      return {
        message: `Key result ${f.id} starts at its target (${formatNumber(f.params.start, 'en')}): there is no progress to measure.`,
        suggestion: 'Put today’s level in Start and the level to reach in Target; if the point is to hold this level, choose the kind Maintain.',
      };
    case 'direction':
      return {
        message: `Key result ${f.id} is ${choice('krKind', str(f.params.kind), 'en')} but its target (${formatNumber(f.params.target, 'en')}) lies the other way from its start (${formatNumber(f.params.start, 'en')}).`,
        suggestion: 'Change the kind (Increase ↔ Decrease) or fix Start and Target.',
      };
    case 'milestoneBlank':
      return {
        message: `Milestone key result ${f.id} has no start or no target, so it cannot be scored.`,
        suggestion: 'For a milestone, write 0 in Start and 1 in Target, and check in 1 once it is reached.',
      };
    default:
      return {
        message: `Key result ${f.id} has no figure to measure.`,
        suggestion: 'Add a start and a target as numbers, e.g. “from 4.3 billion to 5.6 billion”.',
      };
  }
}

function stale(f: FindingOf<'STALE_KR'>): FindingText {
  const days = str(f.params.days);
  const last = str(f.params.lastCheckIn);
  const message =
    days === ''
      ? `Key result ${f.id} has not been checked in for a long time.`
      : last === ''
        ? `Key result ${f.id} has never been checked in, ${days} days into the cycle.`
        : `Key result ${f.id} has not been checked in for ${days} days (last: ${last}).`;
  return { message, suggestion: 'Its owner should check in the latest value and confidence this week, even when nothing moved.' };
}

/** Each code's English words; when each is found is documented where it is made. */
export const findingsEn: FindingCatalogue = {
  DUPLICATE_ID: (f) =>
    f.tab === 'settings'
      ? {
          message: `The setting “${settingName(f.params.column, 'en')}” has a second row (row ${f.row}; the first is row ${str(f.params.firstRow)}): only the first counts${f.id === 'admins' ? ', and for Admins neither is trusted: the last valid list applies' : ''}.`,
          suggestion: 'Delete the second row.',
        }
      : {
          message: `${col(f, 'en')} “${f.id}” in row ${f.row} repeats row ${str(f.params.firstRow)}.`,
          suggestion: `Give each row its own ${inSentence(col(f, 'en'))}: change this one, or delete the row if it is a copy.`,
        },
  MISSING_FIELD: (f) =>
    f.tab === 'settings'
      ? {
          message: `The setting “${settingName(f.params.column, 'en')}” has no row in Settings: its default applies.`,
          suggestion: 'Run “Set up / repair workbook” to add the row back with its default, then change it if needed.',
        }
      : {
          message: `${col(f, 'en')} (row ${f.row} of ${tabName(f.tab, 'en')}) is empty.${unfilledCheckIn(f) ? KEPT_NOT_COUNTED : ''}`,
          suggestion: missingFix(f),
        },
  MISSING_TAB: (f) => ({
    message: `The tab “${tabName(f.tab, 'en')}” is missing: what it holds cannot be checked or counted.`,
    suggestion: 'Run “Set up / repair workbook”: it recreates missing tabs and keeps every other tab as it is.',
  }),
  DUPLICATE_TAB: (f) => ({
    message: `More than one tab is “${tabName(f.tab, 'en')}”: “${str(f.params.read)}” is read and “${str(f.params.ignored)}” is not, so its rows count nowhere.`,
    suggestion: 'Move the rows into one tab and rename or delete the other.',
  }),
  UNKNOWN_REFERENCE: (f) => unknownReference(f),
  INVALID_VALUE: (f) => invalidValue(f),
  ORPHAN_OBJECTIVE: (f) => ({
    message: str(f.params.parentCycleId)
      ? `Objective ${f.id} aligns to ${str(f.params.parentId)} of cycle ${str(f.params.parentCycleId)}, another cycle, so it aligns to nothing in its own cycle.`
      : `Objective ${f.id} does not align to any higher objective.`,
    suggestion: `In ${columnName('objectives', 'parentObjectiveId', 'en')}, write the ID of the company or department objective of this cycle that it contributes to.`,
  }),
  PARENT_CYCLE: (f) =>
    f.tab === 'teams'
      ? {
          message: `Teams are each other's parent in a loop: ${str(f.params.path)}.`,
          suggestion: `Fix ${columnName('teams', 'parentTeamId', 'en')} so that the chain of parent teams climbs to the top without coming back.`,
        }
      : {
          message: `Objectives align to each other in a loop: ${str(f.params.path)}.`,
          suggestion: `Fix ${columnName('objectives', 'parentObjectiveId', 'en')} so that the chain of parents climbs to a company objective without coming back.`,
        },
  LEVEL_ORDER: (f) => ({
    message: `Objective ${f.id} (${choice('level', str(f.params.level), 'en')}) aligns to ${str(f.params.parentId)}, a ${choice('level', str(f.params.parentLevel), 'en')} objective; a parent must be at a higher level.`,
    suggestion: `Align ${f.id} to an objective of a higher level (${levelOrder('en')}), or correct the level of one of them.`,
  }),
  UNSUPPORTED_OBJECTIVE: (f) => ({
    message: `No objective of cycle ${str(f.params.cycleId)} aligns to company objective ${f.id}.`,
    suggestion: `Each company objective needs at least one department or team objective under it; if ${f.id} is no longer a priority, set it to ${choice('objectiveStatus', 'Dropped', 'en')}.`,
  }),
  TOO_MANY_OBJECTIVES: (f) => ({
    message: `Team ${str(f.params.teamId)} has ${str(f.params.count)} objectives in cycle ${str(f.params.cycleId)}, over the limit of ${str(f.params.max)}.`,
    suggestion: `Focus: keep the ${str(f.params.max)} that matter most and move the rest to ${choice('objectiveStatus', 'Draft', 'en')} or to the next cycle.`,
  }),
  TOO_MANY_KRS: (f) => ({
    message: `Objective ${f.id} has ${str(f.params.count)} key results, more than the maximum of ${str(f.params.max)}.`,
    suggestion: 'Keep the KRs that measure what matters most; the rest are better written as initiatives.',
  }),
  TOO_FEW_KRS: (f) => ({
    message: `Objective ${f.id} has only ${str(f.params.count)} key result(s), fewer than the minimum of ${str(f.params.min)}.`,
    suggestion: 'Add a KR so that the objective is measured from more than one side, e.g. quantity and quality.',
  }),
  OBJECTIVE_WITHOUT_KR: (f) => ({
    message: `Objective ${f.id} has no key result.`,
    suggestion: `Add measurable key results in ${tabName('keyResults', 'en')}: without them the objective cannot be scored.`,
  }),
  KR_TASK_LIKE: (f) => ({
    message: `Key result ${f.id} describes a task, not a result${str(f.params.title) ? `: “${str(f.params.title)}”` : ''}.`,
    suggestion: str(f.params.rewrite)
      ? `Rewrite it as an outcome, e.g. “${str(f.params.rewrite)}”.`
      : 'Rewrite it as an outcome: increase, reduce or reach a figure, “from X to Y”.',
  }),
  KR_NOT_MEASURABLE: (f) => notMeasurable(f),
  KR_NO_OWNER: (f) => ({
    message: `Key result ${f.id} has neither a team nor an owner.`,
    suggestion: 'Write the owning team’s ID (a team-owned KR: the team wins or fails together) or the e-mail of the person who updates it.',
  }),
  DEPENDENCY_UNANSWERED: (f) => ({
    message: `Request ${f.id} to team ${team(str(f.params.providingTeam), str(f.params.providingTeamId))} has waited ${str(f.params.days)} days without an answer.`,
    suggestion: `${str(f.params.lead) ? `${str(f.params.lead)}, lead of ${str(f.params.providingTeamId)},` : `The lead of ${str(f.params.providingTeamId)}`} should accept, counter or decline it.${str(f.params.decider) ? ` Without an answer, ${str(f.params.decider)} decides.` : ''}`,
  }),
  DEPENDENCY_DECLINED: (f) => ({
    message: `Team ${str(f.params.providingTeamId)} declined request ${f.id} from team ${str(f.params.requestingTeamId)}${str(f.params.request) ? ` (“${str(f.params.request)}”)` : ''}.${str(f.params.decider) ? ` ${str(f.params.decider)} decides.` : ''}`,
    suggestion: declinedFix(f),
  }),
  DEPENDENCY_UNBACKED: (f) =>
    str(f.params.reason) === 'otherTeam'
      ? {
          message: `Backing KR ${str(f.params.backingKrId)} of request ${f.id} belongs to team ${str(f.params.backingTeamId) || '?'}, not to the providing team ${str(f.params.providingTeamId)}.`,
          suggestion: `In ${columnName('dependencies', 'backingKrId', 'en')}, name a KR of team ${str(f.params.providingTeamId)} itself.`,
        }
      : {
          message: `Team ${str(f.params.providingTeamId)} accepted request ${f.id}, but none of its KRs backs it.`,
          suggestion: `Team ${str(f.params.providingTeamId)} should add a KR for it and write its ID in ${columnName('dependencies', 'backingKrId', 'en')}: a promise without a KR is easily forgotten.`,
        },
  STALE_KR: (f) => stale(f),
  MISSING_COLUMN: (f) => ({
    message: `${tabName(f.tab, 'en')} has no column “${col(f, 'en')}”: its header was renamed or deleted, so that column of every row reads as empty.`,
    suggestion: `Rename the header back to “${col(f, 'en')}” (or “${col(f, 'vi')}”), or run “Set up / repair workbook” to add the column.`,
  }),
  EMPTY_WORKBOOK: (f) => ({
    message: `The workbook has no objectives or key results yet, so there is nothing to score. Start with ${tabName(f.params.next, 'en')}.`,
    suggestion: `Fill in, in this order: ${FILL_TABS.map((t) => tabName(t, 'en')).join(', then ')}.`,
  }),
  SEVERAL_ACTIVE_CYCLES: (f) => ({
    message: `Cycle ${f.id} (row ${f.row}) is active too, beside ${str(f.params.runningId)}: reports, the brief, reminders and Close cycle follow ${str(f.params.runningId)}, the one that started last.`,
    suggestion: `Keep one cycle ${choice('cycleStatus', 'Active', 'en')}: set the other to ${choice('cycleStatus', 'Planning', 'en')} or ${choice('cycleStatus', 'Closed', 'en')}.`,
  }),
  CYCLE_ENDS_BEFORE_START: (f) => ({
    message: `Cycle ${f.id} (row ${f.row}) ends on ${str(f.params.end)}, before it starts on ${str(f.params.start)}: no day falls inside it.`,
    suggestion: `Check ${columnName('cycles', 'start', 'en')} and ${columnName('cycles', 'end', 'en')}: they may be swapped, or one year may be wrong.`,
  }),
  TARGETS_TOO_SAFE: (f) => ({
    message: `Team ${str(f.params.teamId)} averaged ${formatNumber(f.params.previousScore, 'en')} in ${str(f.params.previousCycleId)} and ${formatNumber(f.params.lastScore, 'en')} in ${str(f.params.lastCycleId)}: are its targets too safe?`,
    suggestion: `Next cycle, set some ${choice('objectiveType', 'Aspirational', 'en')} objectives, where 0.7 already counts as success.`,
  }),
  GRID_NEAR_LIMIT: (f) => ({
    message: `The workbook's grids hold ${formatNumber(f.params.used, 'en')} cells, ${formatNumber(f.params.percent, 'en')}% of the ${formatNumber(f.params.limit, 'en')} a Google spreadsheet may have; the largest tab is “${str(f.params.largest)}” (${formatNumber(f.params.largestCells, 'en')} cells).`,
    suggestion: `Run “${en.menu.setup}” to trim empty columns, and delete the tabs, rows and columns no one needs: empty cells count too. At ${formatNumber(f.params.limit, 'en')} cells Sheets refuses new rows, and check-ins can no longer be saved.`,
  }),
};
