/** The emulated HtmlService: HtmlOutput pages built from strings or from the project's .html files. */
import type { LocalEnv } from './env';
import { createEnum, memberName, signatureError } from './session';

export const XFrameOptionsMode = createEnum(['DEFAULT', 'ALLOWALL']);
export const SandboxMode = createEnum(['IFRAME', 'NATIVE', 'EMULATED']);

/** What a sidebar or dialog shows, read by Ui without counting calls. */
export interface HtmlOutputState {
  content: string;
  title: string;
  /** null until set: the default dialog size is not documented, so code must not rely on one. */
  width: number | null;
  height: number | null;
  xFrameOptionsMode: 'DEFAULT' | 'ALLOWALL';
  faviconUrl: string | null;
  readonly metaTags: { readonly name: string; readonly content: string }[];
}

/**
 * "Only the following meta tags are allowed" (apple-mobile-web-app-capable, google-site-verification,
 * mobile-web-app-capable, viewport): https://developers.google.com/apps-script/reference/html/html-output#addMetaTag(String,String)
 * The error text for another name is unknown.
 */
const ALLOWED_META_TAGS = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

/** https://developers.google.com/apps-script/reference/html/html-output */
export class LocalHtmlOutput {
  readonly #env: LocalEnv;
  readonly #state: HtmlOutputState;

  constructor(env: LocalEnv, content: string) {
    this.#env = env;
    this.#state = { content, title: '', width: null, height: null, xFrameOptionsMode: 'DEFAULT', faviconUrl: null, metaTags: [] };
  }

  static stateOf(output: LocalHtmlOutput): Readonly<HtmlOutputState> {
    return output.#state;
  }

  getContent(): string {
    this.#env.call('HtmlOutput.getContent');
    return this.#state.content;
  }

  setContent(content: string): this {
    this.#env.call('HtmlOutput.setContent');
    this.#state.content = String(content);
    return this;
  }

  /** Appended as is, not escaped: https://developers.google.com/apps-script/reference/html/html-output#append(String) */
  append(addedContent: string): this {
    this.#env.call('HtmlOutput.append');
    this.#state.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    this.#env.call('HtmlOutput.getTitle');
    return this.#state.title;
  }

  setTitle(title: string): this {
    this.#env.call('HtmlOutput.setTitle');
    this.#state.title = String(title);
    return this;
  }

  getWidth(): number | null {
    this.#env.call('HtmlOutput.getWidth');
    return this.#state.width;
  }

  setWidth(width: number): this {
    this.#env.call('HtmlOutput.setWidth');
    if (!Number.isInteger(width)) throw signatureError('HtmlOutput.setWidth', [width]);
    this.#state.width = width;
    return this;
  }

  getHeight(): number | null {
    this.#env.call('HtmlOutput.getHeight');
    return this.#state.height;
  }

  setHeight(height: number): this {
    this.#env.call('HtmlOutput.setHeight');
    if (!Number.isInteger(height)) throw signatureError('HtmlOutput.setHeight', [height]);
    this.#state.height = height;
    return this;
  }

  setXFrameOptionsMode(mode: unknown): this {
    this.#env.call('HtmlOutput.setXFrameOptionsMode');
    const name = memberName(XFrameOptionsMode, mode);
    if (!name) throw signatureError('HtmlOutput.setXFrameOptionsMode', [mode]);
    this.#state.xFrameOptionsMode = name;
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.#env.call('HtmlOutput.addMetaTag');
    if (!ALLOWED_META_TAGS.includes(name)) throw new Error(`Invalid argument: name (meta tag "${name}" is not allowed)`);
    this.#state.metaTags.push({ name, content: String(content) });
    return this;
  }

  setFaviconUrl(iconUrl: string): this {
    this.#env.call('HtmlOutput.setFaviconUrl');
    this.#state.faviconUrl = String(iconUrl);
    return this;
  }

  /** No effect: "all scripts now use IFRAME mode regardless": https://developers.google.com/apps-script/reference/html/sandbox-mode */
  setSandboxMode(mode: unknown): this {
    this.#env.call('HtmlOutput.setSandboxMode');
    if (!memberName(SandboxMode, mode)) throw signatureError('HtmlOutput.setSandboxMode', [mode]);
    return this;
  }
}

export interface HtmlServiceOptions {
  /** The project's HTML files by name with extension, e.g. `{ 'Sidebar.html': '<!doctype html>…' }`. */
  readonly files: Readonly<Record<string, string>>;
}

/** https://developers.google.com/apps-script/reference/html/html-service */
export function createHtmlService(env: LocalEnv, options: HtmlServiceOptions) {
  return {
    XFrameOptionsMode,
    SandboxMode,
    createHtmlOutput(html?: string): LocalHtmlOutput {
      env.call('HtmlService.createHtmlOutput');
      if (html !== undefined && typeof html !== 'string') throw signatureError('HtmlService.createHtmlOutput', [html]);
      return new LocalHtmlOutput(env, html ?? '');
    },
    /** Apps Script names the file without its .html extension; passing 'Sidebar.html' would look for 'Sidebar.html.html' (stricter: unverified). */
    createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
      env.call('HtmlService.createHtmlOutputFromFile');
      const content = Object.prototype.hasOwnProperty.call(options.files, `${filename}.html`) ? options.files[`${filename}.html`] : undefined;
      if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
      return new LocalHtmlOutput(env, content);
    },
  };
}

export type LocalHtmlService = ReturnType<typeof createHtmlService>;
