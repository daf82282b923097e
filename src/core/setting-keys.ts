// The keys of the Settings tab (DESIGN.md §1): canonical values core computes with. Their labels in each language
// (the Key column) are i18n's (src/i18n/tabs.ts, SETTING_LABELS).

/** Every setting, in the order Set up writes the Settings rows. */
export const SETTING_KEYS = [
  'companyName',
  'language',
  'timeZone',
  'cadence',
  'checkInWeekday',
  'reminderHour',
  'graceDays',
  'maxObjectives',
  'minKrs',
  'maxKrs',
  'admins',
  'lookerReportUrl',
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];
