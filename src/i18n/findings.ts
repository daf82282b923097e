/** The message and suggestion of every finding code in a workbook language: the catalogues of findings-en.ts and findings-vi.ts. */
import type { FindingCode, FindingOf, Severity } from '../core/finding';
import type { Lang } from '../core/lang';
import type { FindingCatalogue, FindingText } from './finding-words';
import { findingsEn } from './findings-en';
import { findingsVi } from './findings-vi';

export { formatNumber, type FindingText } from './finding-words';

/** The finding catalogue of each language, keyed by Lang as the message catalogues (en.ts, vi.ts) are. */
export const FINDING_TEXT: Readonly<Record<Lang, FindingCatalogue>> = { en: findingsEn, vi: findingsVi };

/**
 * The message and suggestion of a finding in a workbook language.
 * @example findingText({ code: 'ORPHAN_OBJECTIVE', severity: 'warning', tab: 'objectives', row: 9, id: 'O7', params: {} }, 'vi').message // 'Mục tiêu O7 không gắn với mục tiêu cấp trên nào.'
 */
export function findingText<C extends FindingCode>(finding: FindingOf<C>, lang: Lang): FindingText {
  // Generic over the code so that the text looked up by `finding.code` is the one typed for its params.
  const render: (f: FindingOf<C>) => FindingText = FINDING_TEXT[lang][finding.code];
  return render(finding);
}

const SEVERITY_LABELS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
};

/**
 * The label of a severity.
 * @example severityLabel('warning', 'vi') // 'Cảnh báo'
 */
export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[lang][severity];
}
