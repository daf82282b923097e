/** The emulated PropertiesService: document, script and per-user string stores with Apps Script's size limits. */
import type { LocalEnv } from './env';

export type PropertyStoreKind = 'document' | 'script' | 'user';

export interface PropertiesServiceOptions {
  /** The account the code runs as: user properties belong to it. */
  readonly currentUser: () => string;
}

/** https://developers.google.com/apps-script/guides/services/quotas ("Current limitations"). */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** https://developers.google.com/apps-script/reference/properties/properties */
export class LocalProperties implements GoogleAppsScript.Properties.Properties {
  constructor(private readonly env: LocalEnv, private readonly store: Map<string, string>) {}

  getProperty(key: string): string | null {
    this.env.call('Properties.getProperty');
    return this.store.get(String(key)) ?? null;
  }

  /** Values are stored as strings: setProperty('n', 5) reads back '5'. */
  setProperty(key: string, value: string): this {
    this.env.call('Properties.setProperty');
    this.#write([[key, value]], false);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    this.env.call('Properties.setProperties');
    if (typeof properties !== 'object' || properties === null) throw new Error('Invalid argument: properties');
    this.#write(Object.entries(properties), deleteAllOthers);
    return this;
  }

  /** A copy: changing it changes nothing stored. */
  getProperties(): { [key: string]: string } {
    this.env.call('Properties.getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.env.call('Properties.getKeys');
    return [...this.store.keys()];
  }

  deleteProperty(key: string): this {
    this.env.call('Properties.deleteProperty');
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.env.call('Properties.deleteAllProperties');
    this.store.clear();
    return this;
  }

  /**
   * All or nothing. A null or undefined value or an empty key throws (stricter: Apps Script's handling
   * is unverified). "Argument too large: value" and the storage-quota text are the messages scripts
   * report from live Apps Script; the reference documents the limits, not the wording.
   */
  #write(entries: readonly (readonly [string, unknown])[], deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of entries) {
      if (key === '') throw new Error('Invalid argument: key');
      if (value === null || value === undefined) throw new Error(`Invalid argument: value (${key})`);
      const text = String(value);
      if (bytes(text) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      next.set(String(key), text);
    }
    let total = 0;
    for (const [key, text] of next) total += bytes(key) + bytes(text);
    if (total > MAX_STORE_BYTES) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.clear();
    for (const [key, text] of next) this.store.set(key, text);
  }
}

/** https://developers.google.com/apps-script/reference/properties/properties-service */
export function createPropertiesService(env: LocalEnv, options: PropertiesServiceOptions) {
  const document = new Map<string, string>();
  const script = new Map<string, string>();
  const users = new Map<string, Map<string, string>>();

  const storeOf = (kind: PropertyStoreKind, user = options.currentUser()): Map<string, string> => {
    if (kind === 'document') return document;
    if (kind === 'script') return script;
    let store = users.get(user);
    if (!store) users.set(user, (store = new Map()));
    return store;
  };

  return {
    getDocumentProperties(): LocalProperties {
      env.call('PropertiesService.getDocumentProperties');
      return new LocalProperties(env, storeOf('document'));
    },
    getScriptProperties(): LocalProperties {
      env.call('PropertiesService.getScriptProperties');
      return new LocalProperties(env, storeOf('script'));
    },
    /** Per user: each account sees only its own. */
    getUserProperties(): LocalProperties {
      env.call('PropertiesService.getUserProperties');
      return new LocalProperties(env, storeOf('user'));
    },
    /** Runtime helper: a store's contents, uncounted (user stores by email; defaults to the current user). */
    peekProperties(kind: PropertyStoreKind, user?: string): Record<string, string> {
      return Object.fromEntries(storeOf(kind, user));
    },
  };
}

export type LocalPropertiesService = ReturnType<typeof createPropertiesService>;
