// The canonical values of every choice column (DESIGN.md §1): what is stored and computed with. Their words in each
// language and the other spellings people type are i18n's (src/i18n/choices.ts, CHOICES).

/** Each choice column's values, in the order dropdowns list them. */
export const CHOICE_VALUES = {
  level: ['Company', 'Department', 'Team', 'Individual'],
  objectiveType: ['Committed', 'Aspirational'],
  objectiveStatus: ['Draft', 'Active', 'Done', 'Dropped'],
  krKind: ['Increase', 'Decrease', 'Maintain', 'Milestone'],
  confidence: ['On track', 'At risk', 'Off track'],
  checkInSource: ['sidebar', 'sheet', 'email'],
  initiativeStatus: ['Planned', 'In progress', 'Done', 'Dropped'],
  dependencyStatus: ['Requested', 'Accepted', 'Countered', 'Declined'],
  cycleStatus: ['Planning', 'Active', 'Closed'],
  krStatus: ['On track', 'At risk', 'Off track', 'Stale', 'Not started', 'Done'],
  language: ['vi', 'en'],
  cadence: ['quarter', '2 weeks', 'month', 'custom'],
  // A person's yes/no preferences (People: Wins digest); a blank cell is the column's default, not a choice.
  yesNo: ['yes', 'no'],
  // The team's decision for a KR in Reviews ("Keep / change / drop"), typed by people after the cycle closes.
  reviewDecision: ['Keep', 'Change', 'Drop'],
} as const;

export type ChoiceKind = keyof typeof CHOICE_VALUES;
/** A canonical value of one choice column, e.g. `Choice<'krKind'>` is `'Increase' | 'Decrease' | …`. */
export type Choice<K extends ChoiceKind> = (typeof CHOICE_VALUES)[K][number];
