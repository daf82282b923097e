/**
 * The types read from main.ts's exports: the check-in page's view of the server, and the check that the menu
 * calls exactly main.ts's menu actions. Types only, erased from the bundle; main.ts imports nothing of this
 * module, so it alone may look at main.ts (the data that crosses the wire lives in page-data.ts).
 */
import type { MenuHandler } from '../actions/menu';
import type * as Main from '../main';

/**
 * The server functions the check-in page calls through google.script.run: main.ts's exports named
 * `sidebar…`, with their signatures (as React-Google-Apps-Script derives its client type from the server's).
 */
export type SidebarApi = Pick<typeof Main, Extract<keyof typeof Main, `sidebar${string}`>>;

/** `true` when A and B are the same union of names, else `false`. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Compiles only while the menu's handlers are exactly main.ts's exports named `menu…`: an item naming another
 * function, or a menu action with no item, is a compile error here.
 */
export type MenuCallsMain = Holds<Same<MenuHandler, Extract<keyof typeof Main, `menu${string}`>>>;

/** A type argument that must be `true`: anything else does not compile. */
type Holds<T extends true> = T;
