/** The outbox as .eml files (RFC 5322 with MIME multipart/alternative), one per message, UTF-8 throughout. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentMessage } from '../emulator';

const encodeWord = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
const base64Lines = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

export function toEml(message: SentMessage, index: number): string {
  const boundary = `okr-sheets-${index}`;
  const from = message.name ? `${encodeWord(message.name)} <${message.from}>` : message.from;
  const headers = [
    `From: ${from}`,
    `To: ${message.to.join(', ')}`,
    ...(message.cc.length > 0 ? [`Cc: ${message.cc.join(', ')}`] : []),
    `Subject: ${encodeWord(message.subject)}`,
    `Date: ${message.sentAt.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join('\r\n');
  if (message.htmlBody === null) {
    return [...headers, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(message.body), ''].join('\r\n');
  }
  return [
    ...headers,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    part('text/plain', message.body),
    part('text/html', message.htmlBody),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** Writes every message to DIR/NNN-recipient.eml; returns the file names. */
export function writeOutbox(messages: readonly SentMessage[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return messages.map((message, i) => {
    const name = `${String(i + 1).padStart(3, '0')}-${message.to[0]?.replace(/[^a-z0-9@._-]/gi, '_') ?? 'nobody'}.eml`;
    writeFileSync(join(dir, name), toEml(message, i + 1));
    return name;
  });
}
