/** Menu actions over setup: "Set up / repair workbook" and the language switch. */
import type { Lang } from '../core/lang';
import { messages, type Catalogue } from '../i18n';
import { storeAdmins } from '../sheet/admins';
import { rememberBook } from '../sheet/book-id';
import { fillBlankSetting, writeLanguageSetting } from '../sheet/settings-write';
import { runAction } from './run';
import type { Services } from '../sheet/services';
import { setUpWorkbook, type SetupResult } from './setup';

/** The setup message: counts, then which tabs, the tabs left alone, and a first admin. */
function setupMessage(t: Catalogue, result: SetupResult, firstAdmin: string): string {
  return [
    t.setup.done(result.created.length, result.repaired.length),
    result.created.length > 0 ? t.setup.createdTabs(result.created.join(', ')) : '',
    result.repaired.length > 0 ? t.setup.repairedTabs(result.repaired.join(', ')) : '',
    ...result.notices,
    firstAdmin !== '' ? t.setup.firstAdmin(firstAdmin) : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Admins only, except at the first setup of a workbook that never had an admin: then the person running
 * it (who must be signed in) becomes the admin, in Settings and in the stored list.
 */
export function runSetup(s: Services): void {
  runAction(s, { name: 'setup', writes: true, who: 'admin', firstAdmin: true, from: 'menu' }, ({ settings, t, user, admins }) => {
    const first = admins.source === 'none';
    const list = first ? [user] : admins.list;
    const result = setUpWorkbook(s, settings.language, { ...settings, admins: list });
    if (first) {
      fillBlankSetting(s.book, 'admins', user);
      storeAdmins(s.props, [user]);
    }
    rememberBook(s);
    return { message: setupMessage(t, result, first ? user : ''), counts: { created: result.created.length, repaired: result.repaired.length } };
  });
}

/** Switches the workbook to the other language (admins): the Language setting, then tab names and headers relabelled. */
export function runSwitchLanguage(s: Services): void {
  runAction(s, { name: 'switchLanguage', writes: true, who: 'admin', from: 'menu' }, ({ settings, admins }) => {
    const lang: Lang = settings.language === 'vi' ? 'en' : 'vi';
    const result = setUpWorkbook(s, lang, { ...settings, language: lang, admins: admins.list });
    writeLanguageSetting(s.book, lang);
    const t = messages(lang);
    return { message: [t.language.switched, ...result.notices].join('\n'), counts: { relabelled: result.repaired.length } };
  });
}
