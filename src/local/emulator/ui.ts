/** The emulated Ui (SpreadsheetApp.getUi()): menus, alerts and prompts answered by the test's script, sidebars and dialogs, all recorded. */
import type { LocalEnv } from './env';
import { LocalHtmlOutput } from './html-service';
import { createEnum, memberName, signatureError, type EnumValue } from './session';

const Button = createEnum(['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);
const ButtonSet = createEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

/** The close box is always there, so CLOSE is a possible answer to every dialog: https://developers.google.com/apps-script/reference/base/button */
const BUTTONS_OF: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export type MenuEntry = { readonly kind: 'item'; readonly caption: string; readonly functionName: string } | { readonly kind: 'separator' };

export interface MenuRecord {
  readonly caption: string;
  readonly items: MenuEntry[];
}

export interface AlertRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly answer: ButtonName;
  /** What the person typed, for prompts. */
  readonly responseText?: string;
}

export interface PanelRecord {
  readonly title: string;
  readonly html: string;
  readonly width: number | null;
  readonly height: number | null;
}

/** How a scripted answer comes: after `thinkMs` of the person reading, with `meanwhile` run while the dialog is open (other executions, typing). */
export interface AnswerOptions {
  readonly thinkMs?: number;
  readonly meanwhile?: () => void;
}

interface ScriptedAnswer extends AnswerOptions {
  readonly button: ButtonName;
  readonly text: string;
}

export interface UiOptions {
  /** Called as a dialog suspends the execution: the runtime drops the execution's locks. */
  readonly suspend?: () => void;
}

/** https://developers.google.com/apps-script/reference/base/menu */
export class LocalMenu {
  readonly #record: MenuRecord;
  constructor(
    private readonly env: LocalEnv,
    private readonly ui: LocalUi,
    caption: string,
  ) {
    this.#record = { caption, items: [] };
  }

  addItem(caption: string, functionName: string): this {
    this.env.call('Menu.addItem');
    if (typeof caption !== 'string' || typeof functionName !== 'string') throw signatureError('Menu.addItem', [caption, functionName]);
    this.#record.items.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): this {
    this.env.call('Menu.addSeparator');
    this.#record.items.push({ kind: 'separator' });
    return this;
  }

  addToUi(): void {
    this.env.call('Menu.addToUi');
    this.ui.menus.push(this.#record);
  }
}

/** https://developers.google.com/apps-script/reference/base/prompt-response */
export class LocalPromptResponse {
  constructor(
    private readonly env: LocalEnv,
    private readonly button: EnumValue,
    private readonly text: string,
  ) {}
  getResponseText(): string {
    this.env.call('PromptResponse.getResponseText');
    return this.text;
  }
  getSelectedButton(): EnumValue {
    this.env.call('PromptResponse.getSelectedButton');
    return this.button;
  }
}

/** https://developers.google.com/apps-script/reference/base/ui */
export class LocalUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly sidebars: PanelRecord[] = [];
  readonly dialogs: PanelRecord[] = [];
  readonly #answers: ScriptedAnswer[] = [];

  constructor(
    private readonly env: LocalEnv,
    private readonly options: UiOptions = {},
  ) {}

  /** Test helper: what the person clicks (and types) in the next alert or prompt, and what happens meanwhile. */
  answerNext(button: ButtonName, text = '', options: AnswerOptions = {}): void {
    this.#answers.push({ button, text, ...options });
  }

  createMenu(caption: string): LocalMenu {
    this.env.call('Ui.createMenu');
    if (typeof caption !== 'string') throw signatureError('Ui.createMenu', [caption]);
    return new LocalMenu(this.env, this, caption);
  }

  alert(...args: unknown[]): EnumValue {
    this.env.call('Ui.alert');
    const { title, prompt, buttons } = dialogArguments('Ui.alert', args);
    const { button } = this.#answer(prompt, buttons, buttons === 'OK');
    this.alerts.push({ kind: 'alert', title, prompt, buttons, answer: button });
    return Button[button];
  }

  prompt(...args: unknown[]): LocalPromptResponse {
    this.env.call('Ui.prompt');
    const { title, prompt, buttons } = dialogArguments('Ui.prompt', args);
    const { button, text } = this.#answer(prompt, buttons, false);
    this.alerts.push({ kind: 'prompt', title, prompt, buttons, answer: button, responseText: text });
    return new LocalPromptResponse(this.env, Button[button], text);
  }

  /** Showing HTML needs the script.container.ui scope, so a simple trigger cannot: https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object) */
  showSidebar(userInterface: LocalHtmlOutput): void {
    this.env.call('Ui.showSidebar');
    this.env.requireAuthorization('Ui.showSidebar');
    this.sidebars.push(panel('Ui.showSidebar', userInterface, null));
  }

  /** The page opens beside a running script, which goes on at once: only alert and prompt suspend it. */
  showModalDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.env.call('Ui.showModalDialog');
    this.env.requireAuthorization('Ui.showModalDialog');
    this.dialogs.push(panel('Ui.showModalDialog', userInterface, title));
  }

  /**
   * A scripted answer, in order. The dialog suspends the script, and "LockService locks don't persist
   * across the suspension" (https://developers.google.com/apps-script/reference/base/ui): the execution's
   * locks are dropped, the person takes their think time, and whatever happens meanwhile runs before the
   * answer returns. An OK-only alert needs no decision, so it answers OK by itself; anything else with no
   * scripted answer throws (stricter: a test must say what the person clicks).
   */
  #answer(prompt: string, buttons: ButtonSetName, answersItself: boolean): { button: ButtonName; text: string } {
    const next = this.#answers.shift();
    if (!next && !answersItself) throw new Error(`no scripted answer for: ${prompt}`);
    if (next && !BUTTONS_OF[buttons].includes(next.button)) throw new Error(`scripted answer ${next.button} is not a button of ${buttons} for: ${prompt}`);
    this.options.suspend?.();
    if (!next) return { button: 'OK', text: '' };
    this.env.advance(next.thinkMs ?? 0);
    next.meanwhile?.();
    return next;
  }
}

/** alert/prompt take (prompt), (prompt, buttons) or (title, prompt, buttons); buttons default to OK. */
function dialogArguments(method: string, args: readonly unknown[]): { title: string; prompt: string; buttons: ButtonSetName } {
  const [a, b, c] = args;
  if (args.length === 1 && typeof a === 'string') return { title: '', prompt: a, buttons: 'OK' };
  const two = args.length === 2 && typeof a === 'string' ? memberName(ButtonSet, b) : undefined;
  if (two) return { title: '', prompt: a as string, buttons: two };
  const three = args.length === 3 && typeof a === 'string' && typeof b === 'string' ? memberName(ButtonSet, c) : undefined;
  if (three) return { title: a as string, prompt: b as string, buttons: three };
  throw signatureError(method, args);
}

function panel(method: string, output: unknown, title: string | null): PanelRecord {
  if (!(output instanceof LocalHtmlOutput) || (title !== null && typeof title !== 'string'))
    throw signatureError(method, title === null ? [output] : [output, title]);
  const state = LocalHtmlOutput.stateOf(output);
  return { title: title ?? state.title, html: state.content, width: state.width, height: state.height };
}

export function createUi(env: LocalEnv, options: UiOptions = {}): LocalUi {
  return new LocalUi(env, options);
}
