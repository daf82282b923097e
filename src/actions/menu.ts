/**
 * The OKR menu: captions from the catalogue, each paired with the main.ts entry point it calls. main.ts builds
 * the menu from it, so this module cannot look at main.ts's exports without a circle of imports: ui/api.ts,
 * which main.ts does not import, checks at compile time that the handlers are exactly main.ts's `menu…`
 * exports (as React-Google-Apps-Script types its client from the server's exports).
 */
import type { Catalogue } from '../i18n';

export function menuItems(t: Catalogue) {
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
  ] as const;
}

/** A menu item, or null for a separator. */
export type MenuItem = ReturnType<typeof menuItems>[number];

/** The main.ts entry points the menu calls. */
export type MenuHandler = Exclude<MenuItem, null>['handler'];
