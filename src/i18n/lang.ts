// The language codes are core's (src/core/lang.ts); re-exported for the modules outside core that still name them here.
export { LANGS, langOfLocale, type Lang } from '../core/lang';
