/** The emulated Session service, plus the Apps Script base pieces every emulated service shares: enum members and the wrong-arguments error. */
import { isDateObject } from './cell-text';
import type { LocalEnv } from './env';

/**
 * An Apps Script enum member: a distinct object whose String() is its name, so `===` tells
 * Ui.Button.OK from Ui.ButtonSet.OK as in Apps Script, and logs and JSON show the name.
 */
export interface EnumValue<N extends string = string> {
  toString(): N;
  toJSON(): N;
}

export type Enum<N extends string> = { readonly [K in N]: EnumValue<K> };

export function createEnum<const N extends string>(names: readonly N[]): Enum<N> {
  const members: Partial<Record<N, EnumValue>> = {};
  for (const name of names) members[name] = Object.freeze({ toString: () => name, toJSON: () => name });
  return Object.freeze(members) as Enum<N>;
}

/** The member's name when `value` belongs to `members`, else undefined. */
export function memberName<N extends string>(members: Enum<N>, value: unknown): N | undefined {
  return (Object.keys(members) as N[]).find((name) => members[name] === value);
}

function typeName(value: unknown): string {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === null || typeof value !== 'object') return String(typeof value === 'number' ? 'number' : value);
  if (Array.isArray(value)) return 'Object[]';
  return isDateObject(value) ? 'Date' : 'Object';
}

/** Apps Script's wording for arguments no overload accepts; the type names are an approximation. */
export function signatureError(method: string, args: readonly unknown[]): Error {
  return new Error(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
}

export interface SessionOptions {
  /** What getActiveUser() shows now: blank where Apps Script hides it (runtime state, per execution; see contexts.ts). */
  readonly activeUser: () => string;
  /** The account the code runs as: the trigger owner in an installable trigger; defaults to the active user. */
  readonly effectiveUser?: () => string;
  /** The manifest's timeZone. */
  readonly timeZone: string;
}

/** https://developers.google.com/apps-script/reference/base/user */
export class LocalUser {
  constructor(
    private readonly env: LocalEnv,
    private readonly email: string,
  ) {}
  /** "…or a blank string if security policies do not allow access to the user's email address." */
  getEmail(): string {
    this.env.call('User.getEmail');
    return this.email;
  }
  /** Live Apps Script prints a User as its address (gas-fakes test/testsession.js: String(Session.getActiveUser()) is the e-mail). */
  toString(): string {
    return this.email;
  }
}

export function createSession(env: LocalEnv, options: SessionOptions) {
  const effectiveUser = options.effectiveUser ?? options.activeUser;
  return {
    /** Blank in a simple trigger unless owner and editor share a Workspace domain: https://developers.google.com/apps-script/reference/base/session#getActiveUser() */
    getActiveUser(): LocalUser {
      env.call('Session.getActiveUser');
      return new LocalUser(env, options.activeUser());
    },
    /** https://developers.google.com/apps-script/reference/base/session#getEffectiveUser() */
    getEffectiveUser(): LocalUser {
      env.call('Session.getEffectiveUser');
      return new LocalUser(env, effectiveUser());
    },
    /** The script's zone, which may differ from the spreadsheet's: https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone() */
    getScriptTimeZone(): string {
      env.call('Session.getScriptTimeZone');
      return options.timeZone;
    },
  };
}

export type LocalSession = ReturnType<typeof createSession>;
