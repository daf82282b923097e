// The Looker Studio headers are canonical, not words (src/core/looker-columns.ts); re-exported for the modules outside
// core that still name them here.
export { CHECKIN_RATE_COLUMNS, KR_WEEKLY_COLUMNS } from '../core/looker-columns';
