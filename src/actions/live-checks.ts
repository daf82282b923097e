/**
 * The assumptions the local runtime could not verify, checked on the live workbook for the first admin:
 * each is reported "as assumed" or "differs: …" in plain words by Diagnostics. What the web app sees can
 * only be seen from the web app, so each visit of the check-in page records it here.
 */
import { isDate } from '../core/date-parse';
import type { Settings } from '../core/settings';
import type { Catalogue } from '../i18n';
import { readLog } from '../sheet/log';
import { BusyError, withLock } from '../sheet/lock';
import type { Services } from '../sheet/services';

const WEB_APP_KEY = 'okr.webAppSeen';

/** What a web-app execution saw: the stricter assumption is that it has neither. */
interface WebAppSeen {
  readonly at: string;
  readonly activeSpreadsheet: boolean;
  readonly documentLock: boolean;
}

/** Called by the web app's page: records whether this execution has an active spreadsheet and a document lock. */
export function recordWebAppContext(s: Services): void {
  const seen: WebAppSeen = {
    at: s.now().toISOString(),
    activeSpreadsheet: s.app.getActiveSpreadsheet() !== null,
    documentLock: s.lock.getDocumentLock() !== null,
  };
  s.props.setProperty(WEB_APP_KEY, JSON.stringify(seen));
}

export interface LiveCheck {
  readonly assumed: boolean | null;
  readonly text: string;
}

/** Every live check: true as assumed, false differs, null not checked yet (with how to check it). */
export function liveChecks(s: Services, settings: Settings, people: number, t: Catalogue): LiveCheck[] {
  const d = t.diagnostics.live;
  return [webAppCheck(s, t), builderCheck(s, t), localeCheck(s, t), triggerZoneCheck(s, settings, t), quotaCheck(s, people, t)].map((c) => ({
    ...c,
    text: c.assumed === null ? d.notYet(c.text) : c.assumed ? d.assumed(c.text) : d.differs(c.text),
  }));
}

function webAppCheck(s: Services, t: Catalogue): LiveCheck {
  const d = t.diagnostics.live;
  const stored = s.props.getProperty(WEB_APP_KEY);
  if (stored === null) return { assumed: null, text: d.webAppUnseen };
  let seen: WebAppSeen;
  try {
    seen = JSON.parse(stored) as WebAppSeen;
  } catch {
    return { assumed: null, text: d.webAppUnseen };
  }
  // Having them would be harmless (the program opens the workbook by id and takes the script lock either way).
  return { assumed: !seen.activeSpreadsheet && !seen.documentLock, text: d.webApp(seen.activeSpreadsheet, seen.documentLock) };
}

/**
 * The retry wrapper relies on a builder method returning its own builder (the proxy is then handed back);
 * a builder that returned a new object each call would slip out of the wrapper unretried.
 */
function builderCheck(s: Services, t: Catalogue): LiveCheck {
  const builder = s.app.newDataValidation();
  return { assumed: builder.requireCheckbox() === builder, text: t.diagnostics.live.builder };
}

/**
 * Sheets reads what is typed in the spreadsheet's locale. Written through setValue, text is read as if typed
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue): a scratch tab,
 * deleted at once, shows how this spreadsheet reads a decimal comma and a day-first date.
 */
function localeCheck(s: Services, t: Catalogue): LiveCheck {
  const locale = s.book.getSpreadsheetLocale();
  const dayFirst = /^vi/.test(locale);
  let seen: unknown[];
  try {
    seen = withLock(
      s,
      () => {
        const scratch = s.book.insertSheet(`okr-locale-check-${s.now().getTime()}`);
        try {
          scratch.getRange(1, 1, 1, 2).setValues([[dayFirst ? '1.234,5' : '1,234.5', '05/10/2026']]);
          return scratch.getRange(1, 1, 1, 2).getValues()[0] ?? [];
        } finally {
          s.book.deleteSheet(scratch);
        }
      },
      2000,
    );
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    return { assumed: null, text: t.diagnostics.live.localeBusy };
  }
  const date = seen[1];
  const month = isDate(date) ? date.getMonth() + 1 : 0;
  const assumed = seen[0] === 1234.5 && month === (dayFirst ? 10 : 5);
  return { assumed, text: t.diagnostics.live.locale(locale, String(seen[0]), month) };
}

/** The daily trigger fires within its hour in the workbook's time zone: the last daily run's Log time says. */
function triggerZoneCheck(s: Services, settings: Settings, t: Catalogue): LiveCheck {
  const last = readLog(s)
    .filter((r) => r.action === 'dailyTrigger' && r.time !== null)
    .pop();
  if (!last || !last.time) return { assumed: null, text: t.diagnostics.live.triggerUnseen };
  const hour = Number(s.utilities.formatDate(last.time, settings.timeZone, 'H'));
  return { assumed: hour === settings.reminderHour, text: t.diagnostics.live.triggerHour(hour, settings.reminderHour, settings.timeZone) };
}

/** The mail quota fits everyone's digest on the check-in day (Workspace: 1,500 recipients a day; consumer: 100). */
function quotaCheck(s: Services, people: number, t: Catalogue): LiveCheck {
  const remaining = s.mail.getRemainingDailyQuota();
  return { assumed: remaining >= people, text: t.diagnostics.live.quota(remaining, people) };
}
