// The tabs of the workbook contract (DESIGN.md §1), by key: canonical values core computes with. Their names in
// each language are i18n's (src/i18n/tabs.ts, TAB_LABELS).

export type TabKey =
  | 'settings'
  | 'cycles'
  | 'people'
  | 'teams'
  | 'objectives'
  | 'keyResults'
  | 'checkIns'
  | 'initiatives'
  | 'dependencies'
  | 'findings'
  | 'alignment'
  | 'krWeekly'
  | 'checkinRate'
  | 'dashboard'
  | 'brief'
  | 'reviews'
  | 'log';
