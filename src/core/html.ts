// Escaping text for HTML: the one escaper of e-mails and pages, because MailApp's htmlBody is raw HTML.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes `& < > " '` and the backtick so that text a person typed is shown as text, in element content
 * and in quoted attribute values alike. MailApp sends `htmlBody` as is
 * (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)); the backtick is
 * escaped too because old Internet Explorer engines (still inside some mail clients) treat it as an
 * attribute quote.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 * @example escapeHtml(`Tom's "A&B"`) // 'Tom&#39;s &quot;A&amp;B&quot;'
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'`]/g, (ch) => ENTITIES[ch] ?? ch);
