/** The OKR menu: captions from the catalogue, each paired with the main.ts entry point it calls. */
import type { Catalogue } from '../i18n';

/** Names of main.ts exports that menu items call; the bundle test checks each is a global function. */
export type MenuHandler = 'menuCheckIn' | 'menuSetup' | 'menuRefresh' | 'menuSwitchLanguage' | 'menuRemindersOn' | 'menuRemindersOff' | 'menuDiagnostics' | 'menuPreviewReminders' | 'menuBrief' | 'menuSummary' | 'menuLooker' | 'menuCheck' | 'menuStartCycle' | 'menuCloseCycle' | 'menuArchive';

export type MenuItem = { readonly caption: string; readonly handler: MenuHandler } | null;

export function menuItems(t: Catalogue): readonly MenuItem[] {
  return [
    { caption: t.menu.checkIn, handler: 'menuCheckIn' },
    { caption: t.menu.refresh, handler: 'menuRefresh' },
    { caption: t.menu.check, handler: 'menuCheck' },
    { caption: t.menu.brief, handler: 'menuBrief' },
    { caption: t.menu.summary, handler: 'menuSummary' },
    { caption: t.menu.looker, handler: 'menuLooker' },
    null,
    { caption: t.menu.startNext, handler: 'menuStartCycle' },
    { caption: t.menu.closeCycle, handler: 'menuCloseCycle' },
    { caption: t.menu.archive, handler: 'menuArchive' },
    null,
    { caption: t.menu.previewReminders, handler: 'menuPreviewReminders' },
    { caption: t.menu.remindersOn, handler: 'menuRemindersOn' },
    { caption: t.menu.remindersOff, handler: 'menuRemindersOff' },
    { caption: t.menu.diagnostics, handler: 'menuDiagnostics' },
    null,
    { caption: t.menu.setup, handler: 'menuSetup' },
    { caption: t.menu.switchLanguage, handler: 'menuSwitchLanguage' },
  ];
}
