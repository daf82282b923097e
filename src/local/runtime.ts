/**
 * The local Apps Script runtime: the emulated services wired together, and the real build/Code.js loaded
 * into a vm context that holds these globals and nothing of Node's. Executions (menu clicks, sidebar
 * calls, simple and installable triggers) run as a given user with the auth mode Apps Script gives them.
 */
import vm from 'node:vm';
import type { Services } from '../sheet/services';
import { createCacheService } from './cache-service';
import { LocalEnv } from './env';
import { createHtmlService } from './html-service';
import { latencyOf } from './latency';
import { createLockService } from './lock-service';
import { createLogging, type LogLine } from './logger';
import { createMailApp } from './mail-app';
import { createPropertiesService } from './properties-service';
import { AuthMode, createScriptApp, type ClockFiring } from './script-app';
import { createSession } from './session';
import type { BookSnapshot } from './snapshot';
import { Spreadsheet } from './spreadsheet';
import { bookToSnapshot } from './spreadsheet-snapshot';
import { createCharts, createSpreadsheetApp } from './spreadsheet-app';
import { createUi } from './ui';
import { createUtilities } from './utilities';
import { errorText } from '../sheet/retry';

export interface RuntimeOptions {
  /** The workbook; an empty one with a single "Sheet1" by default. */
  readonly book?: BookSnapshot;
  /** Who is at the keyboard. */
  readonly user?: string;
  readonly now?: Date;
  /** Recipients a day (Workspace: 1,500). */
  readonly mailQuota?: number;
  /** The manifest time zone (the script's), which clock triggers follow. */
  readonly scriptTimeZone?: string;
  /** HTML files of the project by file name. */
  readonly files?: Readonly<Record<string, string>>;
  readonly webAppUrl?: string | null;
  /** Receives Logger/console lines. */
  readonly sink?: (line: LogLine) => void;
}

/** A trigger run that threw: Apps Script shows no error on screen, it mails the owner a failure summary. */
export interface TriggerFailure {
  readonly firing: ClockFiring;
  readonly error: string;
}

export function emptyBook(name: string, locale: string, timeZone: string): BookSnapshot {
  return {
    name, locale, timeZone,
    sheets: [{ name: 'Sheet1', maxRows: 1000, maxColumns: 26, values: [], formulas: {}, numberFormats: [], validations: [],
      notes: {}, links: {}, frozenRows: 0, frozenColumns: 0, columnWidths: {}, hidden: false }],
  };
}

/** Date inside the vm: the host's Date (so Dates cross realms intact) whose "now" is the virtual clock. */
function virtualDate(env: LocalEnv): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length === 0 ? new target(env.now()) : new target(...(args as [number]));
    },
    apply(target) {
      return new target(env.now()).toString();
    },
    get(target, property, receiver) {
      if (property === 'now') return () => env.now();
      return Reflect.get(target, property, receiver);
    },
  });
}

/** Wraps a global so that a method the emulator lacks fails loudly instead of being undefined. */
function strict<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver);
      throw new Error(`not emulated: ${name}.${property}`);
    },
  });
}

export class LocalRuntime {
  readonly env: LocalEnv;
  readonly book: Spreadsheet;
  readonly ui;
  readonly mail;
  readonly scriptApp;
  readonly properties;
  readonly locks;
  readonly cache;
  readonly session;
  readonly utilities;
  readonly html;
  readonly logging;
  readonly spreadsheetApp;
  readonly triggerFailures: TriggerFailure[] = [];
  private activeUser: string;
  private effectiveUser: string;
  private context: vm.Context | null = null;
  private executions = 0;

  constructor(options: RuntimeOptions = {}) {
    this.env = new LocalEnv(options.now ?? new Date(), latencyOf);
    const env = this.env;
    const snapshot = options.book ?? emptyBook('OKR', 'vi_VN', options.scriptTimeZone ?? 'Asia/Ho_Chi_Minh');
    this.book = Spreadsheet.fromSnapshot(env, snapshot);
    this.activeUser = options.user ?? '';
    this.effectiveUser = this.activeUser;
    const currentUser = () => this.effectiveUser;
    const timeZone = options.scriptTimeZone ?? snapshot.timeZone;
    this.ui = createUi(env);
    this.mail = createMailApp(env, { quota: options.mailQuota ?? 1500, currentUser });
    this.scriptApp = createScriptApp(env, { currentUser, timeZone });
    this.scriptApp.setWebAppUrl(options.webAppUrl ?? null);
    this.properties = createPropertiesService(env, { currentUser });
    this.locks = createLockService(env, { currentUser });
    this.cache = createCacheService(env, { currentUser });
    this.session = createSession(env, { activeUser: () => this.activeUser, effectiveUser: currentUser, timeZone });
    this.utilities = createUtilities(env);
    this.html = createHtmlService(env, { files: options.files ?? {} });
    this.logging = createLogging(env, { sink: options.sink });
    this.spreadsheetApp = createSpreadsheetApp(env, this.book, this.ui);
  }

  /** The Apps Script globals, as the bundle sees them. */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: strict('SpreadsheetApp', this.spreadsheetApp),
      Charts: createCharts(),
      MailApp: strict('MailApp', this.mail),
      ScriptApp: strict('ScriptApp', this.scriptApp),
      PropertiesService: strict('PropertiesService', this.properties),
      LockService: strict('LockService', this.locks),
      CacheService: strict('CacheService', this.cache),
      Session: strict('Session', this.session),
      Utilities: strict('Utilities', this.utilities),
      HtmlService: strict('HtmlService', this.html),
      Logger: this.logging.Logger,
      console: this.logging.console,
      Date: virtualDate(this.env),
    };
  }

  /** The same services main.ts builds, for testing actions from source. */
  services(): Services {
    // The emulated classes implement the subset of the @types interfaces the program uses; this is the
    // one place that says so to the type checker.
    const any = <T>(value: unknown) => value as T;
    return {
      app: any(this.spreadsheetApp),
      book: any(this.book),
      mail: any(this.mail),
      lock: any(this.locks),
      props: any(this.properties.getDocumentProperties()),
      triggers: any(this.scriptApp),
      html: any(this.html),
      session: any(this.session),
      utilities: any(this.utilities),
      charts: any(createCharts()),
      now: () => new Date(this.env.now()),
    };
  }

  /** Loads the bundle into a fresh vm context: one global scope, a classic script, as Apps Script runs it. */
  load(code: string): this {
    this.context = vm.createContext(this.globals());
    vm.runInContext(code, this.context, { filename: 'Code.js' });
    return this;
  }

  /** A global of the loaded bundle (undefined when it has none). */
  global(name: string): unknown {
    if (!this.context) throw new Error('no bundle loaded');
    return vm.runInContext(`typeof ${name} === 'undefined' ? undefined : ${name}`, this.context);
  }

  /**
   * Runs one execution of an entry point: a menu click or a google.script.run call (FULL authorization)
   * by default, or a simple trigger (LIMITED). Locks the execution took are released when it ends.
   */
  run(name: string, args: readonly unknown[] = [], as: { user?: string; effectiveUser?: string; authMode?: 'FULL' | 'LIMITED' } = {}): unknown {
    const fn = this.global(name);
    if (typeof fn !== 'function') throw new Error(`${name} is not a function of the bundle`);
    return this.execute(as, () => (fn as (...a: unknown[]) => unknown)(...args));
  }

  private execute<T>(as: { user?: string; effectiveUser?: string; authMode?: 'FULL' | 'LIMITED' }, work: () => T): T {
    const id = `execution-${++this.executions}`;
    const previous = { active: this.activeUser, effective: this.effectiveUser, auth: this.env.authMode };
    this.activeUser = as.user ?? this.activeUser;
    this.effectiveUser = as.effectiveUser ?? this.activeUser;
    this.env.authMode = as.authMode ?? 'FULL';
    this.locks.beginExecution(id);
    try {
      return work();
    } finally {
      this.locks.endExecution(id);
      this.activeUser = previous.active;
      this.effectiveUser = previous.effective;
      this.env.authMode = previous.auth;
    }
  }

  /** Opening the spreadsheet: the simple trigger onOpen(e), LIMITED. */
  open(user = this.activeUser): void {
    this.activeUser = user;
    this.run('onOpen', [{ authMode: AuthMode.LIMITED, source: this.book, user: { getEmail: () => user } }], { authMode: 'LIMITED' });
  }

  /**
   * A person typing or pasting `values` at (row, column) of a tab: written as their input (uncounted),
   * then the simple trigger onEdit(e) fires, LIMITED, as it does for edits made in the UI (not for
   * script writes: https://developers.google.com/apps-script/guides/triggers#onedite).
   */
  type(sheetName: string, row: number, column: number, values: readonly (readonly unknown[])[], user = this.activeUser): void {
    const sheet = this.book.getSheetByName(sheetName);
    if (!sheet) throw new Error(`no tab named ${sheetName}`);
    const range = this.env.quiet(() => {
      const needed = row + values.length - 1;
      if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
      const target = sheet.getRange(row, column, values.length, values[0]?.length ?? 1);
      target.setValues(values.map((r) => r.slice()));
      return target;
    });
    const single = values.length === 1 && values[0]?.length === 1 ? { value: values[0][0] } : {};
    if (typeof this.global('onEdit') !== 'function') return;
    this.run('onEdit', [{ authMode: AuthMode.LIMITED, range, source: this.book, user: { getEmail: () => user }, ...single }],
      { user, authMode: 'LIMITED' });
  }

  /**
   * Moves the virtual clock to `until`, running every installable clock trigger due on the way as its
   * owner. A failing run is recorded, as Apps Script records it under Executions, and the clock goes on.
   */
  advanceTo(until: Date): ClockFiring[] {
    const firings = this.scriptApp.dueClockTriggers(this.env.now(), until.getTime());
    for (const firing of firings) {
      this.env.setNow(new Date(Math.max(firing.at.getTime(), this.env.now())));
      try {
        this.run(firing.trigger.getHandlerFunction(), [firing.event], { user: firing.owner, effectiveUser: firing.owner });
      } catch (error) {
        this.triggerFailures.push({ firing, error: errorText(error) });
      }
    }
    this.env.setNow(until);
    return firings;
  }

  snapshot(): BookSnapshot {
    return bookToSnapshot(this.book);
  }
}
