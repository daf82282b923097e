/**
 * The headers of the Looker Studio data-source tabs (DESIGN.md §1): stable snake_case English whatever the
 * workbook language, since a report's fields are bound to them.
 */
export const KR_WEEKLY_COLUMNS = [
  'cycle_id',
  'week_start',
  'company_objective_id',
  'company_objective',
  'objective_id',
  'objective',
  'objective_level',
  'objective_type',
  'team_id',
  'team',
  'owner_email',
  'kr_id',
  'key_result',
  'kind',
  'unit',
  'start_value',
  'target_value',
  'value',
  'progress',
  'expected_progress',
  'score',
  'confidence',
  'status',
  'checked_in',
  'last_checkin_date',
  'days_since_checkin',
  'updated_at',
] as const;

export const CHECKIN_RATE_COLUMNS = [
  'cycle_id',
  'week_start',
  'team_id',
  'team',
  'krs_expected',
  'krs_checked_in',
  'people_expected',
  'people_checked_in',
  'checkin_rate',
] as const;
