/**
 * Program state kept in the document properties, split in chunks: one property value holds at most 9 KB
 * (https://developers.google.com/apps-script/guides/services/quotas), the store 500 KB.
 */
type Properties = GoogleAppsScript.Properties.Properties;

/** Characters per chunk: 9 KB of UTF-8 leaves room for 3,000 characters of any script. */
const CHUNK = 3000;

export function readState(props: Properties, key: string): string | null {
  const all = props.getProperties();
  const count = Number(all[`${key}.n`]);
  if (!Number.isInteger(count) || count < 0) return null;
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const part = all[`${key}.${i}`];
    if (part === undefined) return null;
    parts.push(part);
  }
  return parts.join('');
}

export function writeState(props: Properties, key: string, text: string): void {
  const parts: Record<string, string> = {};
  const count = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < count; i += 1) parts[`${key}.${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  parts[`${key}.n`] = String(count);
  const stale = Object.keys(props.getProperties()).filter((k) => k.indexOf(`${key}.`) === 0 && !(k in parts));
  props.setProperties(parts);
  for (const k of stale) props.deleteProperty(k);
}
