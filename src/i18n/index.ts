/** The message catalogue of a language. */
import { en, type Catalogue } from './en';
import type { Lang } from '../core/lang';
import { vi } from './vi';

export type { Catalogue } from './en';
export type { Lang } from '../core/lang';

export function messages(lang: Lang): Catalogue {
  return lang === 'vi' ? vi : en;
}
