// Issue 15, point 5: the canonical values are core's and i18n words each of them, no more and no fewer, in core's order.
import { choiceValues } from '../../src/core/choice-parse';
import { CHOICE_VALUES, type ChoiceKind } from '../../src/core/choices';
import { LANGS, langOfLocale } from '../../src/core/lang';
import { SETTING_KEYS } from '../../src/core/setting-keys';
import { CHOICES } from '../../src/i18n/choices';
import { SETTING_LABELS } from '../../src/i18n/tabs';

const kinds = Object.keys(CHOICE_VALUES) as ChoiceKind[];

describe('choices', () => {
  test('i18n words the same kinds as core', () => {
    expect(Object.keys(CHOICES)).toEqual(kinds);
  });

  // Dropdowns list core's order, the LEVEL_ORDER finding i18n's: they must agree.
  test.each(kinds)('%s: i18n words every value of core, in its order', (kind) => {
    expect(Object.keys(CHOICES[kind])).toEqual([...CHOICE_VALUES[kind]]);
  });

  test.each(kinds)('%s: every value has a label in each language', (kind) => {
    for (const value of choiceValues(kind)) {
      const words = (CHOICES[kind] as Record<string, { readonly en: string; readonly vi: string }>)[value];
      for (const lang of LANGS) expect([value, lang, (words?.[lang] ?? '').trim() !== '']).toEqual([value, lang, true]);
    }
  });

  test('choiceValues is a copy: changing it changes no later answer', () => {
    const values = choiceValues('krKind');
    values.pop();
    expect(choiceValues('krKind')).toEqual(['Increase', 'Decrease', 'Maintain', 'Milestone']);
  });
});

describe('settings', () => {
  test('i18n labels every setting of core, in the order Set up writes them', () => {
    expect(Object.keys(SETTING_LABELS)).toEqual([...SETTING_KEYS]);
  });
});

describe('langOfLocale', () => {
  test.each([
    ['vi', 'vi'],
    ['vi_VN', 'vi'],
    ['vi-VN', 'vi'],
    ['VI_vn', 'vi'],
    ['en', 'en'],
    ['en_US', 'en'],
    ['fr_FR', 'en'],
    ['', 'en'],
    ['video', 'en'],
    ['ve_ZA', 'en'],
  ])('%j gives %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});
