/** Pins the emulated services other than SpreadsheetApp to documented Apps Script behaviour, one test per behaviour. */
import { LocalEnv } from '../../src/local/emulator/env';
import { createHtmlService } from '../../src/local/emulator/html-service';
import { createLockService, type LocalLock } from '../../src/local/emulator/lock-service';
import { createLogging, type LogLine } from '../../src/local/emulator/logger';
import { createMailApp } from '../../src/local/emulator/mail-app';
import { createPropertiesService } from '../../src/local/emulator/properties-service';
import { createScriptApp } from '../../src/local/emulator/script-app';
import { createSession } from '../../src/local/emulator/session';
import { createUi } from '../../src/local/emulator/ui';
import { createUtilities } from '../../src/local/emulator/utilities';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const ANN = 'ann@example.com';
const BOB = 'bob@example.com';

/** A Monday, 07:00 in Ho Chi Minh City. */
const start = (): LocalEnv => new LocalEnv(new Date('2024-03-04T00:00:00Z'));

/** Services whose current user a test can switch, as the runtime does between executions. */
function withUser<T>(make: (env: LocalEnv, currentUser: () => string) => T) {
  const env = start();
  const state = { user: ANN };
  return { env, state, service: make(env, () => state.user) };
}

describe('PropertiesService', () => {
  const props = () => withUser((env) => createPropertiesService(env));

  // https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
  test('stores values as strings: setProperty("n", 5) reads back "5"', () => {
    const store = props().service.getScriptProperties();
    store.setProperty('n', 5 as unknown as string);
    expect(store.getProperty('n')).toBe('5');
  });

  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  test('reads a missing key as null', () => {
    expect(props().service.getDocumentProperties()!.getProperty('absent')).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/properties/properties#getProperties()
  test('getProperties returns a copy that does not write through', () => {
    const store = props().service.getScriptProperties();
    store.setProperty('a', '1');
    const copy = store.getProperties();
    copy.a = 'changed';
    copy.b = 'new';
    expect(store.getProperty('a')).toBe('1');
    expect(store.getProperties()).toEqual({ a: '1' });
  });

  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
  test('setProperties with deleteAllOthers leaves only the given keys', () => {
    const store = props().service.getScriptProperties();
    store.setProperties({ a: '1', b: '2' });
    store.setProperties({ c: '3' }, true);
    expect(store.getProperties()).toEqual({ c: '3' });
  });

  // https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String); live answers in
  // gas-fakes test/teststores.js (https://github.com/brucemcpherson/gas-fakes)
  test('deleteProperty returns the store for chaining and the key then reads null', () => {
    const store = props().service.getScriptProperties();
    store.setProperty('t', 'sp');
    expect(store.deleteProperty('t')).toBe(store);
    expect(store.getProperty('t')).toBeNull();
  });

  test('the document and script stores are separate', () => {
    const { service } = props();
    service.getDocumentProperties()!.setProperty('k', 'doc');
    expect(service.getScriptProperties().getProperty('k')).toBeNull();
    expect(service.peekProperties('document')).toEqual({ k: 'doc' });
  });

  // https://developers.google.com/apps-script/guides/services/quotas (9 KB per value, 500 KB per store)
  test('rejects a value over 9 KB and a store over 500 KB, storing nothing', () => {
    const store = props().service.getScriptProperties();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    const batch: Record<string, string> = {};
    for (let i = 0; i < 60; i += 1) batch[`k${i}`] = 'x'.repeat(9 * 1024);
    expect(() => store.setProperties(batch)).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(store.getProperties()).toEqual({});
  });
});

describe('ScriptApp triggers', () => {
  const scriptApp = (timeZone = 'Asia/Ho_Chi_Minh') => withUser((env, currentUser) => createScriptApp(env, { currentUser, timeZone }));

  // https://developers.google.com/apps-script/guides/services/quotas (Triggers: 20 / user / script)
  test('the 21st trigger of a user throws; another user still has room', () => {
    const { service, state } = scriptApp();
    for (let i = 0; i < 20; i += 1) service.newTrigger(`job${i}`).timeBased().everyHours(1).create();
    expect(() => service.newTrigger('oneTooMany').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    state.user = BOB;
    expect(() => service.newTrigger('bobsJob').timeBased().everyHours(1).create()).not.toThrow();
  });

  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  test('getProjectTriggers lists only the current user’s triggers', () => {
    const { service, state } = scriptApp();
    service.newTrigger('sendReminders').timeBased().everyDays(1).atHour(9).create();
    state.user = BOB;
    expect(service.getProjectTriggers()).toEqual([]);
    service.newTrigger('sendReminders').timeBased().everyDays(1).atHour(9).create();
    expect(service.getProjectTriggers()).toHaveLength(1);
    expect(service.allTriggers().map((t) => t.owner)).toEqual([ANN, BOB]);
  });

  // https://developers.google.com/apps-script/reference/script/script-app#deleteTrigger(Trigger)
  test('deleteTrigger removes the trigger and frees its place', () => {
    const { service } = scriptApp();
    const trigger = service.newTrigger('sendReminders').timeBased().everyDays(1).create();
    expect(trigger.getHandlerFunction()).toBe('sendReminders');
    expect(trigger.getEventType()).toBe(service.EventType.CLOCK);
    service.deleteTrigger(trigger);
    expect(service.getProjectTriggers()).toEqual([]);
    expect(() => service.deleteTrigger(trigger)).toThrow();
  });

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
  test.each([2, 7, 60])('everyMinutes(%i) throws: only 1, 5, 10, 15 or 30 are allowed', (n) => {
    expect(() => scriptApp().service.newTrigger('tick').timeBased().everyMinutes(n)).toThrow('everyMinutes must be 1, 5, 10, 15 or 30');
  });

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
  test('inTimezone with an unknown zone id throws', () => {
    expect(() => scriptApp().service.newTrigger('tick').timeBased().inTimezone('Mars/Olympus')).toThrow('timezone');
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions (a simple trigger cannot use services needing authorization)
  test('a simple trigger (LIMITED) cannot create triggers', () => {
    const { service, env } = scriptApp();
    env.authMode = 'LIMITED';
    expect(() => service.newTrigger('sendReminders')).toThrow('You do not have permission to call ScriptApp.newTrigger');
  });

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer) (in the script's time zone by default)
  test('a daily atHour(9) trigger in Asia/Ho_Chi_Minh fires three times over three days, at 02:00Z', () => {
    const { service, env } = scriptApp();
    service.newTrigger('dailyTrigger').timeBased().everyDays(1).atHour(9).create();
    const due = service.dueClockTriggers(env.now(), env.now() + 3 * DAY);
    expect(due.map((f) => f.at.toISOString())).toEqual(['2024-03-04T02:00:00.000Z', '2024-03-05T02:00:00.000Z', '2024-03-06T02:00:00.000Z']);
  });

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)
  test('a daily atHour(9) trigger in America/New_York keeps 09:00 local across the DST change', () => {
    const { service, env } = scriptApp('UTC');
    env.setNow(new Date('2024-03-08T00:00:00Z'));
    service.newTrigger('dailyTrigger').timeBased().everyDays(1).atHour(9).inTimezone('America/New_York').create();
    const due = service.dueClockTriggers(env.now(), env.now() + 4 * DAY);
    expect(due.map((f) => f.at.toISOString())).toEqual([
      '2024-03-08T14:00:00.000Z',
      '2024-03-09T14:00:00.000Z',
      '2024-03-10T13:00:00.000Z',
      '2024-03-11T13:00:00.000Z',
    ]);
  });

  // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers (onWeekDay(MONDAY).atHour(9))
  test('a weekly onWeekDay(MONDAY).atHour(9) trigger fires on Mondays only', () => {
    const { service, env } = scriptApp();
    service.newTrigger('weekly').timeBased().onWeekDay(service.WeekDay.MONDAY).atHour(9).create();
    const due = service.dueClockTriggers(env.now(), env.now() + 14 * DAY);
    expect(due.map((f) => f.at.toISOString())).toEqual(['2024-03-04T02:00:00.000Z', '2024-03-11T02:00:00.000Z']);
  });

  // https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
  test('a firing carries the time-driven event object', () => {
    const { service, env } = scriptApp();
    const trigger = service.newTrigger('dailyTrigger').timeBased().everyDays(1).atHour(9).create();
    const [firing] = service.dueClockTriggers(env.now(), env.now() + DAY);
    expect(firing?.owner).toBe(ANN);
    expect(firing?.event).toEqual({
      authMode: service.AuthMode.FULL,
      triggerUid: trigger.getUniqueId(),
      year: 2024,
      month: 3,
      'day-of-month': 4,
      'day-of-week': 1,
      hour: 2,
      minute: 0,
      second: 0,
      timezone: 'UTC',
      'week-of-year': 10,
    });
    expect(String(firing?.event.authMode)).toBe('FULL');
  });

  // https://developers.google.com/apps-script/reference/script/script-app#getService()
  test('getService().getUrl() is null until the script is deployed as a web app', () => {
    const { service } = scriptApp();
    expect(service.getService().getUrl()).toBeNull();
    service.setWebAppUrl('https://script.google.com/macros/s/local/exec');
    expect(service.getService().getUrl()).toBe('https://script.google.com/macros/s/local/exec');
  });
});

describe('MailApp', () => {
  const mail = (quota?: number) => withUser((env, currentUser) => createMailApp(env, { currentUser, quota }));

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
  test('records both signatures in the outbox, sent from the current user', () => {
    const { service } = mail();
    service.sendEmail('a@example.com', 'Hi', 'Body', { cc: 'b@example.com, c@example.com', name: 'OKR Sheets' });
    service.sendEmail({ to: 'd@example.com', subject: 'Hello', htmlBody: '<b>x</b>' });
    expect(service.outbox.map((m) => [m.from, m.to, m.cc, m.subject, m.name, m.htmlBody])).toEqual([
      [ANN, ['a@example.com'], ['b@example.com', 'c@example.com'], 'Hi', 'OKR Sheets', null],
      [ANN, ['d@example.com'], [], 'Hello', null, '<b>x</b>'],
    ]);
  });

  // https://developers.google.com/apps-script/guides/services/quotas (recipients per day, reset 24 h after the first request)
  test('counts recipients against a rolling daily quota and then throws', () => {
    const { service, env } = mail(3);
    service.sendEmail({ to: 'a@example.com, b@example.com', subject: 's', body: 'b' });
    expect(service.getRemainingDailyQuota()).toBe(1);
    expect(() => service.sendEmail({ to: 'c@example.com', cc: 'd@example.com', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    env.advance(DAY - 1);
    expect(service.getRemainingDailyQuota()).toBe(1);
    env.advance(1);
    expect(service.getRemainingDailyQuota()).toBe(3);
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  test.each(['not-an-address', 'ann@', 'Ann <ann@example.com>'])('an invalid address %s throws Invalid email', (address) => {
    expect(() => mail().service.sendEmail(address, 's', 'b')).toThrow(`Invalid email: ${address}`);
  });

  // https://developers.google.com/apps-script/guides/services/quotas (Email recipients per message: 50)
  test('more than 50 recipients in one message throws', () => {
    const to = Array.from({ length: 51 }, (_, i) => `p${i}@example.com`).join(',');
    expect(() => mail().service.sendEmail(to, 's', 'b')).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });

  // https://developers.google.com/apps-script/guides/services/quotas (Email body size: 400 KB on Workspace)
  test('a body over 400 KB throws', () => {
    expect(() => mail().service.sendEmail({ to: 'a@example.com', subject: 's', htmlBody: 'x'.repeat(400 * 1024 + 1) })).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions ("a simple trigger cannot send an email")
  test('a simple trigger (LIMITED) cannot send mail', () => {
    const { service, env } = mail();
    env.authMode = 'LIMITED';
    expect(() => service.sendEmail('a@example.com', 's', 'b')).toThrow('You do not have permission to call MailApp.sendEmail');
    expect(service.outbox).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app (MailApp has no `from` option; GmailApp does)
  test('an option MailApp does not have throws instead of being ignored', () => {
    expect(() => mail().service.sendEmail('a@example.com', 's', 'b', { from: 'alias@example.com' } as never)).toThrow('option from');
  });

  test('a fault armed on MailApp.sendEmail is thrown by the next send', () => {
    const { service, env } = mail();
    env.injectFault('MailApp.sendEmail', 'Service unavailable');
    expect(() => service.sendEmail('a@example.com', 's', 'b')).toThrow('Service unavailable');
    expect(env.calls.get('MailApp.sendEmail')).toBe(1);
  });
});

describe('LockService', () => {
  const locks = (container?: boolean) => withUser((env) => createLockService(env, { container: () => container ?? true }));

  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  test('waitLock throws the timeout message after waiting the whole timeout', () => {
    const { service, env } = locks();
    service.beginExecution('run-1');
    service.holdFor('document', 60000);
    const before = env.now();
    expect(() => service.getDocumentLock()?.waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(env.now() - before).toBe(10000);
  });

  // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  test('tryLock returns false while another process holds it, then acquires once the hold ends', () => {
    const { service, env } = locks();
    service.beginExecution('run-1');
    service.holdFor('script', 5000);
    const lock = service.getScriptLock();
    const before = env.now();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10000)).toBe(true);
    expect(env.now() - before).toBe(5000);
    expect(lock.hasLock()).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/lock/lock ("released automatically when the script ends")
  test('a lock is released when its execution ends, not before', () => {
    const { service } = locks();
    service.beginExecution('run-1');
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    service.beginExecution('run-2');
    expect(service.getScriptLock().tryLock(0)).toBe(false);
    service.endExecution('run-2');
    service.endExecution('run-1');
    service.beginExecution('run-3');
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  // Live answers from gas-fakes test/testlock.js (https://github.com/brucemcpherson/gas-fakes), whose tests run on live Apps Script.
  test.each([
    ['a second tryLock of a held lock', (lock: LocalLock) => [lock.tryLock(10000), lock.tryLock(10000), lock.hasLock()], [true, true, true]],
    [
      'one release after two tryLocks',
      (lock: LocalLock) => {
        lock.tryLock(10000);
        lock.tryLock(10000);
        lock.releaseLock();
        return [lock.hasLock()];
      },
      [false],
    ],
    ['tryLock(0) on a free lock', (lock: LocalLock) => [lock.tryLock(0), lock.hasLock()], [true, true]],
    ['tryLock(-100) on a free lock', (lock: LocalLock) => [lock.tryLock(-100), lock.hasLock()], [false, false]],
    [
      'waitLock twice',
      (lock: LocalLock) => {
        lock.waitLock(1000);
        lock.waitLock(1000);
        return [lock.hasLock()];
      },
      [true],
    ],
    [
      'waitLock(0) on a free lock',
      (lock: LocalLock) => {
        lock.waitLock(0);
        return [lock.hasLock()];
      },
      [true],
    ],
    ['hasLock before any tryLock', (lock: LocalLock) => [lock.hasLock()], [false]],
  ])('%s answers as live Apps Script', (_name, act, expected) => {
    const { service } = locks();
    service.beginExecution('run-1');
    expect(act(service.getScriptLock())).toEqual(expected);
  });

  test('waitLock(-100) throws the timeout message and takes nothing', () => {
    const { service } = locks();
    service.beginExecution('run-1');
    const lock = service.getScriptLock();
    expect(() => lock.waitLock(-100)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/base/ui ("LockService locks don't persist across the suspension")
  test('suspending the execution drops every lock it holds, and another execution may take them', () => {
    const { service } = locks();
    service.beginExecution('run-1');
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    expect(service.getDocumentLock()?.tryLock(0)).toBe(true);
    service.suspendCurrent();
    expect(service.getScriptLock().hasLock()).toBe(false);
    service.beginExecution('run-2');
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    expect(service.getDocumentLock()?.tryLock(0)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
  test('getDocumentLock is null in a run without its container document', () => {
    expect(locks(false).service.getDocumentLock()).toBeNull();
    expect(locks(true).service.getDocumentLock()).not.toBeNull();
  });
});

describe('Utilities', () => {
  const utilities = () => createUtilities(start());
  const beforeDst = new Date('2024-03-10T06:30:05.007Z');
  const afterDst = new Date('2024-03-10T07:30:05.007Z');

  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  test.each([
    [beforeDst, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2024-03-10T13:30:05.007+07:00'],
    [beforeDst, 'Asia/Ho_Chi_Minh', 'EEE, d MMM yy h:mm a', 'Sun, 10 Mar 24 1:30 PM'],
    [beforeDst, 'Asia/Ho_Chi_Minh', 'EEEE d MMMM yyyy, Z', 'Sunday 10 March 2024, +0700'],
    [beforeDst, 'Asia/Ho_Chi_Minh', "u D w 'week' S", '7 70 11 week 7'],
    [beforeDst, 'Asia/Ho_Chi_Minh', "h 'o''clock' ''", "1 o'clock '"],
    [beforeDst, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX z", '2024-03-10T06:30:05Z UTC'],
    [beforeDst, 'America/New_York', 'yyyy-MM-dd HH:mm Z z', '2024-03-10 01:30 -0500 EST'],
    [afterDst, 'America/New_York', 'yyyy-MM-dd HH:mm XXX z', '2024-03-10 03:30 -04:00 EDT'],
    [new Date('2024-12-31T12:00:00Z'), 'UTC', 'w D', '1 366'],
  ])('formatDate(%o, %s, %s) is %s', (date, timeZone, pattern, expected) => {
    expect(utilities().formatDate(date, timeZone, pattern)).toBe(expected);
  });

  // https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html (letters outside the pattern table are illegal)
  test.each(['yyyy-MM-ddTHH', 'q', "'unterminated"])('formatDate rejects the pattern %s', (pattern) => {
    expect(() => utilities().formatDate(beforeDst, 'UTC', pattern)).toThrow();
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  test('sleep advances the virtual clock', () => {
    const env = start();
    createUtilities(env).sleep(1500);
    expect(env.now()).toBe(new Date('2024-03-04T00:00:01.500Z').getTime());
  });
});

describe('Ui', () => {
  const html = (env: LocalEnv) => createHtmlService(env, { files: { 'Sidebar.html': '<p>hi</p>' } });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  test('an alert or prompt with no scripted answer throws; an OK-only alert answers itself', () => {
    const ui = createUi(start());
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(() => ui.alert('Close cycle?', 'All KRs will be frozen.', ui.ButtonSet.YES_NO)).toThrow('no scripted answer for: All KRs will be frozen.');
    expect(() => ui.prompt('Your name?')).toThrow('no scripted answer for: Your name?');
  });

  // https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet)
  test('scripted answers are consumed in order and recorded', () => {
    const ui = createUi(start());
    ui.answerNext('YES');
    ui.answerNext('OK', 'Lan');
    expect(ui.alert('Close cycle?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const response = ui.prompt('Check-in', 'Your name?', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([ui.Button.OK, 'Lan']);
    expect(ui.alerts.map((a) => [a.kind, a.title, a.buttons, a.answer])).toEqual([
      ['alert', '', 'YES_NO', 'YES'],
      ['prompt', 'Check-in', 'OK_CANCEL', 'OK'],
    ]);
  });

  test('a scripted answer the dialog does not offer throws', () => {
    const ui = createUi(start());
    ui.answerNext('YES');
    expect(() => ui.alert('Saved', ui.ButtonSet.OK)).toThrow('not a button of OK');
  });

  // https://developers.google.com/apps-script/reference/base/menu
  test('menus are recorded with items and separators', () => {
    const ui = createUi(start());
    ui.createMenu('OKR').addItem('Check in', 'menuCheckIn').addSeparator().addItem('Close cycle', 'menuCloseCycle').addToUi();
    expect(ui.menus).toEqual([
      {
        caption: 'OKR',
        items: [
          { kind: 'item', caption: 'Check in', functionName: 'menuCheckIn' },
          { kind: 'separator' },
          { kind: 'item', caption: 'Close cycle', functionName: 'menuCloseCycle' },
        ],
      },
    ]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String) (the script is suspended while the dialog is open)
  test('an alert suspends the run, takes the think time, and runs what happens meanwhile before answering', () => {
    const env = start();
    const events: string[] = [];
    const ui = createUi(env, { suspend: () => events.push('suspended') });
    ui.answerNext('YES', '', { thinkMs: 45_000, meanwhile: () => events.push(`meanwhile at +${env.now() - before}`) });
    const before = env.now();
    expect(ui.alert('Close cycle?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(events).toEqual(['suspended', 'meanwhile at +45000']);
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(events).toEqual(['suspended', 'meanwhile at +45000', 'suspended']);
  });

  // https://developers.google.com/apps-script/reference/base/ui (only alert and prompt wait for the person)
  test('a modal dialog does not suspend the run', () => {
    const env = start();
    const suspended: string[] = [];
    const ui = createUi(env, { suspend: () => suspended.push('x') });
    ui.showModalDialog(html(env).createHtmlOutput('<p>x</p>'), 'Info');
    expect([suspended, ui.dialogs.map((d) => d.title)]).toEqual([[], ['Info']]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  test('a sidebar is recorded, and needs authorization', () => {
    const env = start();
    const ui = createUi(env);
    const output = html(env).createHtmlOutputFromFile('Sidebar').setTitle('Check-in');
    ui.showSidebar(output);
    expect(ui.sidebars).toEqual([{ title: 'Check-in', html: '<p>hi</p>', width: null, height: null }]);
    env.authMode = 'LIMITED';
    expect(() => ui.showSidebar(output)).toThrow('You do not have permission to call Ui.showSidebar');
  });
});

describe('HtmlService, Session and Logger', () => {
  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  test('createHtmlOutputFromFile reads NAME.html and throws for a missing file', () => {
    const service = createHtmlService(start(), { files: { 'Sidebar.html': '<p>hi</p>' } });
    expect(service.createHtmlOutputFromFile('Sidebar').append('!').getContent()).toBe('<p>hi</p>!');
    expect(() => service.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser(); live: a User prints as its
  // address (gas-fakes test/testsession.js)
  test('Session reports the users the runtime gives it, and a User prints as its address', () => {
    const env = start();
    const session = createSession(env, { activeUser: () => '', effectiveUser: () => BOB, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(String(session.getEffectiveUser())).toBe(BOB);
    expect(session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
  test('Logger.log fills %s, console formats like Node, and both reach the sink', () => {
    const seen: LogLine[] = [];
    const { Logger, console, lines } = createLogging(start(), { sink: (line) => seen.push(line) });
    Logger.log('sent %s of %s', 3, 4);
    console.warn('late: %d', 2);
    expect(lines.map((l) => [l.level, l.text])).toEqual([
      ['log', 'sent 3 of 4'],
      ['warn', 'late: 2'],
    ]);
    expect(seen).toHaveLength(2);
    expect(() => Logger.log('%s and %s', 1)).toThrow("Format specifier '%s'");
  });
});
