/**
 * `okr-sheets template`: the empty workbook, built by the bundle's own "Set up" in the local runtime and
 * saved as .xlsx with its validations, formats and labels, ready to upload to Drive.
 */
import type { Lang } from '../../i18n/lang';
import { TAB_LABELS } from '../../i18n/tabs';
import { type BookSnapshot, emptyBook, LocalRuntime } from '../emulator';

/** Who runs Set up to build the template; their address is taken out again, so that the uploaded copy has no admin. */
const TEMPLATE_BUILDER = 'template@okr-sheets.invalid';

export function buildTemplate(code: string, lang: Lang, timeZone = 'Asia/Ho_Chi_Minh'): BookSnapshot {
  const rt = new LocalRuntime({ book: emptyBook('OKR', lang === 'vi' ? 'vi_VN' : 'en_US', timeZone), user: TEMPLATE_BUILDER });
  rt.load(code);
  rt.run('menuSetup');
  rt.env.quiet(() => {
    // The first person to run Set up on the uploaded copy becomes its admin: the template names nobody.
    const settings = rt.book.getSheetByName(TAB_LABELS.settings[lang]);
    if (settings) {
      settings
        .getDataRange()
        .getValues()
        .forEach((row, r) =>
          row.forEach((value, c) => {
            if (value === TEMPLATE_BUILDER) settings.getRange(r + 1, c + 1).setValue('');
          }),
        );
      for (const protection of settings.getProtections('SHEET')) protection.removeEditors([TEMPLATE_BUILDER]);
    }
    // A template starts clean: without the spreadsheet's default tab and without the setup run's Log row.
    const blank = rt.book.getSheetByName('Sheet1');
    if (blank) rt.book.deleteSheet(blank);
    const log = rt.book.getSheetByName(TAB_LABELS.log[lang]);
    if (log && log.getLastRow() > 1) log.deleteRows(2, log.getLastRow() - 1);
  });
  return rt.snapshot();
}
