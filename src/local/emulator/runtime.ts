/**
 * The local Apps Script runtime: the emulated services wired together, and the real build/Code.js loaded
 * into a vm context that holds these globals and nothing of Node's. Every execution (a menu click, a
 * sidebar or web-app call, a simple or installable trigger) runs in its context (contexts.ts): the auth
 * mode, Ui, container and time limit Apps Script gives it, on a virtual clock that every service call moves.
 */
import vm from 'node:vm';
import type { Services } from '../../sheet/services';
import {
  CONTEXT_RULES,
  ExecutionKilledError,
  identityOf,
  KILLED_MESSAGE,
  MAX_QUEUED_EDITS,
  workspaceDomainOf,
  type ContextRules,
  type ExecutionContext,
  type WebAppExecuteAs,
} from './contexts';
import { LocalEnv } from './env';
import { createHtmlService } from './html-service';
import { latencyOf, type CellCounts } from './latency';
import { createLockService } from './lock-service';
import { createLogging, type LogLine } from './logger';
import { createMailApp } from './mail-app';
import { createPropertiesService } from './properties-service';
import { AuthMode, createScriptApp, type ClockFiring } from './script-app';
import { createSession, LocalUser } from './session';
import type { BookSnapshot, SheetSnapshot } from './snapshot';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, Spreadsheet } from './spreadsheet';
import { bookToSnapshot } from './spreadsheet-snapshot';
import { createCharts, createSpreadsheetApp } from './spreadsheet-app';
import { createUi } from './ui';
import { createUtilities } from './utilities';
import { errorText } from '../../sheet/retry';

export interface RuntimeOptions {
  /** The workbook; an empty one with a single "Sheet1" by default. */
  readonly book?: BookSnapshot;
  /** Who is at the keyboard. */
  readonly user?: string;
  /** The script's owner (who deployed the web app); the first user by default. */
  readonly owner?: string;
  /** The owner's Google Workspace domain; by default the domain of the owner's address, none for gmail.com. */
  readonly ownerDomain?: string | null;
  /** The manifest's webapp.executeAs; the product deploys USER_ACCESSING. */
  readonly webAppExecuteAs?: WebAppExecuteAs;
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

/** How run() runs an entry point: who, and in which context ('menu' by default). */
export interface RunAs {
  readonly user?: string;
  readonly context?: ExecutionContext;
}

/** One edit a person makes in the sheet: `values` typed or pasted at (row, column) of a tab. */
export interface Edit {
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  readonly user?: string;
}

/** One running execution: its rules, its deadline on the virtual clock, and who it runs as. */
interface Frame {
  readonly id: string;
  readonly rules: ContextRules;
  readonly deadline: number;
  readonly active: string;
  readonly effective: string;
  killed: boolean;
}

/** A trigger run that threw: Apps Script shows no error on screen, it mails the owner a failure summary. */
export interface TriggerFailure {
  readonly firing: ClockFiring;
  readonly error: string;
}

/**
 * A sheet as Sheets makes it: an empty grid of a new sheet's size, nothing frozen, styled or hidden. The one
 * shape the empty workbook below and the tests' workbooks start from.
 */
export function blankSheet(name: string): SheetSnapshot {
  return {
    name,
    maxRows: NEW_SHEET_ROWS,
    maxColumns: NEW_SHEET_COLUMNS,
    values: [],
    formulas: {},
    numberFormats: [],
    validations: [],
    notes: {},
    links: {},
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    hidden: false,
  };
}

export function emptyBook(name: string, locale: string, timeZone: string): BookSnapshot {
  return { name, locale, timeZone, sheets: [blankSheet('Sheet1')] };
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

/**
 * A vm context answers every global lookup through interceptors on its sandbox (node's `vm`), some 20 times
 * slower than a lookup in Apps Script's V8: `Math.imul` in a hashing loop over KR weekly's 3 M cells took 2.4 s
 * of the bench's compute instead of 0.1 s. Script-scope bindings of the standard built-ins, made once in the
 * context before the bundle, are found before the global object and skip the interceptors. They are the same
 * objects, and nothing in the bundle assigns to them, so the bundle sees no difference; Date is the context's
 * own (the virtual clock's), so it is bound too.
 */
const BUILTIN_BINDINGS = [
  'Math',
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'JSON',
  'RegExp',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'Symbol',
  'Error',
  'TypeError',
  'RangeError',
  'Reflect',
  'Int32Array',
  'Float64Array',
  'Uint8Array',
  'isNaN',
  'isFinite',
  'parseFloat',
  'parseInt',
  'Date',
]
  .map((name) => `const ${name} = globalThis.${name};`)
  .join('\n');

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
  readonly session;
  readonly utilities;
  readonly html;
  readonly logging;
  readonly spreadsheetApp;
  readonly triggerFailures: TriggerFailure[] = [];
  /** The spreadsheets runs created (SpreadsheetApp.create), in order: what the CLI saves beside the workbook. */
  readonly createdBooks: Spreadsheet[] = [];
  private activeUser: string;
  private readonly owner: string;
  private readonly ownerDomain: string | null;
  private readonly executeAs: WebAppExecuteAs;
  private context: vm.Context | null = null;
  private executions = 0;
  private readonly frames: Frame[] = [];

  constructor(options: RuntimeOptions = {}) {
    this.env = new LocalEnv(options.now ?? new Date(), (method, cells) => this.charge(method, cells));
    // Time passes in a live run as it makes its calls: what lets a long run reach its limit.
    this.env.clockFollowsCalls = true;
    const env = this.env;
    const snapshot = options.book ?? emptyBook('OKR', 'vi_VN', options.scriptTimeZone ?? 'Asia/Ho_Chi_Minh');
    this.book = Spreadsheet.fromSnapshot(env, snapshot);
    this.activeUser = options.user ?? '';
    this.owner = options.owner ?? this.activeUser;
    this.ownerDomain = options.ownerDomain !== undefined ? options.ownerDomain : workspaceDomainOf(this.owner);
    this.executeAs = options.webAppExecuteAs ?? 'USER_ACCESSING';
    const currentUser = () => this.frame()?.effective ?? this.activeUser;
    const rules = () => this.frame()?.rules ?? CONTEXT_RULES.menu;
    const timeZone = options.scriptTimeZone ?? snapshot.timeZone;
    this.locks = createLockService(env, { container: () => rules().container });
    this.ui = createUi(env, { suspend: () => this.locks.suspendCurrent() });
    this.mail = createMailApp(env, { quota: options.mailQuota ?? 1500, currentUser });
    this.scriptApp = createScriptApp(env, { currentUser, timeZone });
    this.scriptApp.setWebAppUrl(options.webAppUrl ?? null);
    this.properties = createPropertiesService(env, { container: () => rules().container });
    this.session = createSession(env, { activeUser: () => this.frame()?.active ?? this.activeUser, effectiveUser: currentUser, timeZone });
    this.utilities = createUtilities(env);
    this.html = createHtmlService(env, { files: options.files ?? {} });
    this.logging = createLogging(env, { sink: options.sink });
    const make = (name: string): Spreadsheet => {
      // Ids are derived from the name (spreadsheet.ts); a count keeps two books of one name apart, as Drive does.
      const made = Spreadsheet.fromSnapshot(env, emptyBook(`${name}\u0000${this.createdBooks.length + 1}`, snapshot.locale, snapshot.timeZone));
      made.name = name;
      return made;
    };
    this.spreadsheetApp = createSpreadsheetApp(env, this.book, this.ui, rules, { created: this.createdBooks, make });
  }

  private frame(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /**
   * The latency of one call, and the execution's time limit: a call that would end past the deadline stops
   * the execution there. That call and every later one throw, whatever the code catches, as Apps Script
   * stops a run at its limit (https://developers.google.com/apps-script/guides/services/quotas).
   */
  private charge(method: string, cells: CellCounts): number {
    const ms = latencyOf(method, cells);
    const frame = this.frame();
    if (frame && (frame.killed || this.env.now() + ms > frame.deadline)) {
      frame.killed = true;
      this.env.setNow(new Date(Math.max(this.env.now(), frame.deadline)));
      throw new Error(KILLED_MESSAGE);
    }
    return ms;
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
      props: any(this.properties.getScriptProperties()),
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
    vm.runInContext(BUILTIN_BINDINGS, this.context, { filename: 'builtins.js' });
    vm.runInContext(code, this.context, { filename: 'Code.js' });
    return this;
  }

  /** A global of the loaded bundle (undefined when it has none). */
  global(name: string): unknown {
    if (!this.context) throw new Error('no bundle loaded');
    return vm.runInContext(`typeof ${name} === 'undefined' ? undefined : ${name}`, this.context);
  }

  /**
   * Runs one execution of an entry point in its context: a menu click or a sidebar's google.script.run call
   * by default. Locks the execution took are released when it ends. A run killed at its time limit throws
   * ExecutionKilledError to the caller, even when the code caught the error.
   */
  run(name: string, args: readonly unknown[] = [], as: RunAs = {}): unknown {
    const fn = this.global(name);
    if (typeof fn !== 'function') throw new Error(`${name} is not a function of the bundle`);
    return this.execute(as, () => (fn as (...a: unknown[]) => unknown)(...args));
  }

  private execute<T>(as: RunAs, work: () => T): T {
    const context = as.context ?? 'menu';
    const rules = CONTEXT_RULES[context];
    const identity = identityOf(context, as.user ?? this.activeUser, this.owner, this.ownerDomain, this.executeAs);
    const frame: Frame = { id: `execution-${++this.executions}`, rules, deadline: this.env.now() + rules.limitMs, killed: false, ...identity };
    const previousAuth = this.env.authMode;
    this.frames.push(frame);
    this.env.authMode = rules.authMode;
    this.locks.beginExecution(frame.id);
    try {
      const result = work();
      if (frame.killed) throw new ExecutionKilledError();
      return result;
    } catch (error) {
      throw frame.killed ? new ExecutionKilledError() : error;
    } finally {
      this.locks.endExecution(frame.id);
      this.frames.pop();
      this.env.authMode = previousAuth;
    }
  }

  /**
   * A visit to the web app: doGet(e) with the query's parameters, in the web-app context. Its page's
   * google.script.run calls are run(name, args, { user, context: 'webApp' }).
   * https://developers.google.com/apps-script/guides/web#request_parameters
   */
  visit(parameters: Readonly<Record<string, string>>, user = this.activeUser): unknown {
    const queryString = Object.entries(parameters)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
    const lists = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, [v]]));
    const event = { queryString, parameter: { ...parameters }, parameters: lists, contextPath: '', contentLength: -1, pathInfo: '' };
    return this.run('doGet', [event], { user, context: 'webApp' });
  }

  /** The user object of a simple trigger's event: blank where Session would be (contexts.ts). */
  private eventUser(user: string): LocalUser {
    return new LocalUser(this.env, identityOf('simpleTrigger', user, this.owner, this.ownerDomain, this.executeAs).active);
  }

  /** Opening the spreadsheet: the simple trigger onOpen(e), LIMITED. */
  open(user = this.activeUser): void {
    this.activeUser = user;
    this.run('onOpen', [{ authMode: AuthMode.LIMITED, source: this.book, user: this.eventUser(user) }], { user, context: 'simpleTrigger' });
  }

  /**
   * A person typing or pasting `values` at (row, column) of a tab: written as their input (uncounted),
   * then the simple trigger onEdit(e) fires, LIMITED, as it does for edits made in the UI (not for
   * script writes: https://developers.google.com/apps-script/guides/triggers#onedite).
   */
  type(sheetName: string, row: number, column: number, values: readonly (readonly unknown[])[], user = this.activeUser): void {
    this.typeAtOnce([{ sheetName, row, column, values, user }]);
  }

  /**
   * Edits made at the same moment (several people, or one person faster than the trigger): every input
   * lands, the first onEdit runs and at most two more wait for it; "the onEdit() trigger only queues up to 2
   * trigger events" (https://developers.google.com/apps-script/guides/triggers#restrictions), so the edits
   * after those get no onEdit at all. Returns how many edits got one.
   */
  typeAtOnce(edits: readonly Edit[]): number {
    const events = edits.map((edit) => this.enter(edit));
    if (typeof this.global('onEdit') !== 'function') return 0;
    const served = events.slice(0, 1 + MAX_QUEUED_EDITS);
    for (const { event, user } of served) this.run('onEdit', [event], { user, context: 'simpleTrigger' });
    return served.length;
  }

  private enter(edit: Edit): { event: Record<string, unknown>; user: string } {
    const { sheetName, row, column, values } = edit;
    const user = edit.user ?? this.activeUser;
    const sheet = this.env.quiet(() => this.book.getSheetByName(sheetName));
    if (!sheet) throw new Error(`no tab named ${sheetName}`);
    const range = this.env.quiet(() => {
      const needed = row + values.length - 1;
      if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
      const target = sheet.getRange(row, column, values.length, values[0]?.length ?? 1);
      target.setValues(values.map((r) => r.slice()));
      return target;
    });
    const single = values.length === 1 && values[0]?.length === 1 ? { value: values[0][0] } : {};
    return { event: { authMode: AuthMode.LIMITED, range, source: this.book, user: this.eventUser(user), ...single }, user };
  }

  /**
   * Moves the virtual clock to `until`, running every installable clock trigger due on the way as its
   * owner. A failing run (a killed one too) is recorded, as Apps Script records it under Executions, and
   * the clock goes on.
   */
  advanceTo(until: Date): ClockFiring[] {
    const fired: ClockFiring[] = [];
    // Asked again after each run: a run may create a trigger (a one-off continuation) due before `until`.
    const done = new Set<string>();
    const key = (f: ClockFiring): string => `${this.env.quiet(() => f.trigger.getUniqueId())}@${f.at.getTime()}`;
    for (let from = this.env.now(); ; ) {
      const firing = this.scriptApp.dueClockTriggers(from, until.getTime()).find((f) => !done.has(key(f)));
      if (!firing) break;
      from = firing.at.getTime();
      done.add(key(firing));
      fired.push(firing);
      this.env.setNow(new Date(Math.max(firing.at.getTime(), this.env.now())));
      try {
        this.run(firing.trigger.getHandlerFunction(), [firing.event], { user: firing.owner, context: 'installableTrigger' });
      } catch (error) {
        this.triggerFailures.push({ firing, error: errorText(error) });
      }
    }
    this.env.setNow(new Date(Math.max(until.getTime(), this.env.now())));
    return fired;
  }

  snapshot(): BookSnapshot {
    return bookToSnapshot(this.book);
  }
}
