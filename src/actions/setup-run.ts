/** Menu actions over setup: "Set up / repair workbook" and the language switch. */
import type { Lang } from '../i18n/lang';
import { messages } from '../i18n';
import { SETTING_LABELS } from '../i18n/tabs';
import { findTab, headerIndex } from '../sheet/table';
import { settingKeyOf } from '../core/settings';
import { currentUser, runAction } from './run';
import type { Services } from '../sheet/services';
import { setUpWorkbook } from './setup';

export function runSetup(s: Services): void {
  runAction(s, { name: 'setup', writes: true, adminOnly: true, from: 'menu' }, ({ settings, t }) => {
    const admins = settings.admins.length > 0 ? settings.admins : [currentUser(s)].filter((e) => e !== '');
    const result = setUpWorkbook(s, settings.language, { ...settings, admins });
    return { message: t.setup.done(result.created, result.repaired), counts: { ...result } };
  });
}

/** Switches the workbook to the other language: the Language setting, then tab names and headers relabelled. */
export function runSwitchLanguage(s: Services): void {
  runAction(s, { name: 'switchLanguage', writes: true, from: 'menu' }, ({ settings }) => {
    const lang: Lang = settings.language === 'vi' ? 'en' : 'vi';
    setUpWorkbook(s, lang, { ...settings, language: lang });
    writeLanguageSetting(s, lang);
    return { message: messages(lang).language.switched };
  });
}

function writeLanguageSetting(s: Services, lang: Lang): void {
  const sheet = findTab(s.book, 'settings');
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const col = headerIndex('settings', values[0] ?? []);
  const row = values.findIndex((r, i) => i > 0 && settingKeyOf(r[col('key')]) === 'language');
  if (row > 0 && col('value') >= 0) sheet.getRange(row + 1, col('value') + 1).setValue(lang);
  else if (row < 0) sheet.appendRow([SETTING_LABELS.language[lang], lang]);
}
