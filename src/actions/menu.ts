/** The OKR menu: captions from the catalogue, each paired with the main.ts entry point it calls. */
import type { Catalogue } from '../i18n';
// Types only, erased from the bundle: main.ts imports this module, so a value import would be a cycle.
import type * as Main from '../main';

/**
 * The main.ts exports a menu item may call, those named `menu…`: a caption naming any other function does not
 * compile (as React-Google-Apps-Script types its client from the server's exports). The bundle test checks
 * that each is a global function of build/Code.js.
 */
export type MenuHandler = Extract<keyof typeof Main, `menu${string}`>;

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
