/** The emulated PropertiesService: the document and script string stores with Apps Script's size limits. */
import type { LocalEnv } from './env';

export type PropertyStoreKind = 'document' | 'script';

/** https://developers.google.com/apps-script/guides/services/quotas ("Current limitations"). */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** https://developers.google.com/apps-script/reference/properties/properties */
export class LocalProperties {
  constructor(
    private readonly env: LocalEnv,
    private readonly store: Map<string, string>,
  ) {}

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

  /** Returns the store for chaining, as live Apps Script does (gas-fakes test/teststores.js). */
  deleteProperty(key: string): this {
    this.env.call('Properties.deleteProperty');
    this.store.delete(String(key));
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
/**
 * `container` says whether the current run has its container document: getDocumentProperties() "returns
 * null if the script is not … bound to a supported file type"
 * (https://developers.google.com/apps-script/reference/properties/properties-service#getdocumentproperties);
 * whether a bound script's web app has it is unverified, so it is null there too, as the document lock is.
 */
export function createPropertiesService(env: LocalEnv, options: { container?: () => boolean } = {}) {
  const stores: Record<PropertyStoreKind, Map<string, string>> = { document: new Map(), script: new Map() };
  return {
    getDocumentProperties(): LocalProperties | null {
      env.call('PropertiesService.getDocumentProperties');
      return options.container && !options.container() ? null : new LocalProperties(env, stores.document);
    },
    getScriptProperties(): LocalProperties {
      env.call('PropertiesService.getScriptProperties');
      return new LocalProperties(env, stores.script);
    },
    /** Runtime helper: a store's contents, uncounted. */
    peekProperties(kind: PropertyStoreKind): Record<string, string> {
      return Object.fromEntries(stores[kind]);
    },
  };
}

export type LocalPropertiesService = ReturnType<typeof createPropertiesService>;
