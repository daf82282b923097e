// Issue 11's classes through the real bundle: a person's tab is never the program's, admin rights fail
// closed, concurrent check-ins lose nothing, a close cut short is finished and never closes the next cycle,
// no lock is held across a dialog, only owned cells are written, every global function has its rule.
import { readFileSync } from 'node:fs';
import type { LocalRuntime } from '../../src/local/emulator';
import { typeRows, typeSetting } from '../../src/local/cli';
import { SETTING_LABELS } from '../../src/i18n/tabs';
import { ADMIN, bundleRuntime, PRODUCT_LEAD, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';
import { BROKEN_SETTINGS, FRAGILE_TEXT, MALFORMED_CHECKINS, NAMESAKE_TABS, NON_ADMIN_MAY_RUN, UNREADABLE_ADMINS } from './reliability-cases';

const CHECK_INS = ['Cập nhật tiến độ'];
const MONDAY_AFTER = new Date('2026-10-12T02:00:00Z');
const entry = (krId: string, value: string, extra: Record<string, string> = {}) => ({
  krId,
  value,
  confidence: '',
  progressNote: '',
  problems: '',
  plans: '',
  ...extra,
});
const lastAlert = (rt: LocalRuntime) => rt.ui.alerts.at(-1)?.prompt ?? '';
const sheetNamed = (rt: LocalRuntime, name: string) => rt.book.getSheets().find((s) => s.getName() === name);
const values = (rt: LocalRuntime, name: string) => rt.env.quiet(() => sheetNamed(rt, name)!.getDataRange().getValues());

describe("a person's tab named like an output tab is never cleared, renamed or written", () => {
  test.each(NAMESAKE_TABS)('$name', ({ name, runs }) => {
    const own = [
      ['Ghi chú riêng của tôi', 46000],
      ['đừng xóa', 'x'],
    ];
    const rt = smallCompany({
      beforeSetup: (r) =>
        r.env.quiet(() =>
          r.book
            .insertSheet(name)
            .getRange(1, 1, 2, 2)
            .setValues(own.map((row) => row.slice())),
        ),
    });
    expect(rt.ui.alerts[0]!.prompt).toContain(`Trang “${name}” của bạn được giữ nguyên`);
    rt.run('menuRemindersOn');
    rt.env.setNow(MONDAY_AFTER);
    for (const handler of runs) rt.run(handler, [], { user: ADMIN });
    expect(values(rt, name)).toEqual(own);
    expect(sheetNamed(rt, name)).toBeDefined();
  });
});

describe('admin rights fail closed: an unreadable or missing admin list falls back to the last valid one', () => {
  const outsiderTries = (rt: LocalRuntime) => {
    rt.run('menuRemindersOn', [], { user: SALES_REP });
    expect(lastAlert(rt)).toBe(`Chỉ quản trị viên có tên trong Cài đặt mới làm được việc này (bạn là ${SALES_REP}).`);
    expect(rt.scriptApp.allTriggers()).toEqual([]);
    rt.run('menuStartCycle', [], { user: SALES_REP });
    expect(lastAlert(rt)).toMatch(/^Chỉ quản trị viên/);
  };
  const adminStillCan = (rt: LocalRuntime) => {
    rt.run('menuRemindersOn', [], { user: ADMIN });
    expect(lastAlert(rt)).toMatch(/^Đã bật nhắc nhở/);
    expect(lastAlert(rt)).toContain(`danh sách hợp lệ gần nhất được dùng: ${ADMIN}`);
  };

  test.each(UNREADABLE_ADMINS.map((v) => [v]))('Admins typed as %j', (value) => {
    const rt = smallCompany();
    typeSetting(rt, SETTING_LABELS.admins, value);
    outsiderTries(rt);
    adminStillCan(rt);
  });

  test.each(BROKEN_SETTINGS.map((v) => [v]))('Settings %s', (how) => {
    const rt = smallCompany();
    rt.env.quiet(() => {
      const settings = rt.book.getSheetByName('Cài đặt')!;
      const admins =
        settings
          .getDataRange()
          .getValues()
          .findIndex((r) => r[0] === SETTING_LABELS.admins.vi) + 1;
      if (how === 'deleted') rt.book.deleteSheet(settings);
      if (how === 'value header renamed') settings.getRange(1, 2).setValue('Giá trị mới');
      if (how === 'key header renamed') settings.getRange(1, 1).setValue('Tên');
      if (how === 'admins row deleted') settings.deleteRow(admins);
      if (how === 'second admins row') settings.appendRow([SETTING_LABELS.admins.vi, SALES_REP, '']);
    });
    outsiderTries(rt);
    adminStillCan(rt);
  });

  test('Set up by someone Google cannot name makes nobody admin, and the first signed-in person becomes it', () => {
    const rt = bundleRuntime({ user: '' });
    rt.run('menuSetup');
    expect(lastAlert(rt)).toMatch(/^Google không cho biết bạn là ai/);
    expect(rt.book.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Nhật ký']);
    rt.run('menuSetup', [], { user: SALES_LEAD });
    expect(lastAlert(rt)).toContain(`${SALES_LEAD} giờ là quản trị viên`);
    rt.run('menuSetup', [], { user: SALES_REP });
    expect(lastAlert(rt)).toMatch(/^Chỉ quản trị viên/);
  });

  test('a workbook whose admins were never readable stays closed to all but Set up', () => {
    const rt = bundleRuntime();
    rt.run('menuRemindersOn', [], { user: SALES_REP });
    expect(lastAlert(rt)).toMatch(/^Bảng tính này chưa có quản trị viên/);
  });

  test('Settings is protected for the admins', () => {
    const rt = smallCompany();
    const settings = rt.book.getSheetByName('Cài đặt')!;
    const protection = rt.env.quiet(() => settings.getProtections('SHEET'));
    expect(protection).toHaveLength(1);
    expect(rt.env.quiet(() => protection[0]!.getEditors().map((u) => u.getEmail()))).toEqual([ADMIN]);
  });
});

describe('check-ins typed while a save runs: two check-ins, two rows, always', () => {
  test.each([
    ['the sidebar', (rt: LocalRuntime) => rt.run('sidebarCheckIn', [[entry('KR3', '12')]], { user: SALES_REP })],
    ['the e-mail page', (rt: LocalRuntime) => rt.run('sidebarCheckIn', [[entry('KR3', '12')], 'email'], { user: SALES_REP, context: 'webApp' })],
    [
      'the sidebar, three at once',
      (rt: LocalRuntime) => rt.run('sidebarCheckIn', [[entry('KR3', '12'), entry('KR2', '4,5 tỷ'), entry('KR3', '13')]], { user: SALES_REP }),
    ],
  ])('%s', (_, save) => {
    const rt = smallCompany();
    const sheet = rt.book.getSheetByName('Cập nhật tiến độ')!;
    // The person types into the first empty row just before the save writes.
    rt.env.interleaved.push({ method: 'Sheet.appendRow', skip: 0, run: () => sheet.getRange(sheet.getLastRow() + 1, 2, 1, 2).setValues([['KR4', 6]]) });
    save(rt);
    const rows = tabValues(rt, CHECK_INS)
      .slice(1)
      .map((r) => r[1]);
    expect(rows[0]).toBe('KR4');
    expect(rows.filter((id) => id === 'KR3' || id === 'KR2').length).toBeGreaterThanOrEqual(1);
    expect(rows).toHaveLength(1 + (rows.length - 1));
  });
});

describe('a close cut short by the mail quota is finished later and never closes the next cycle', () => {
  test('packs not sent go out on a later run; a retry finishes the close and asks nothing', () => {
    const rt = smallCompany({ mailQuota: 1 });
    rt.env.setNow(new Date('2027-01-02T03:00:00Z'));
    rt.run('menuCloseCycle');
    expect(lastAlert(rt)).toMatch(/^Đã đóng chu kỳ Quý 4.* 3 trưởng nhóm sẽ nhận gói đánh giá trong vài phút/);
    // The pack run a minute later sends what the quota takes (one) and leaves the rest to the daily runs.
    rt.advanceTo(new Date('2027-01-02T03:05:00Z'));
    expect(rt.triggerFailures).toEqual([]);
    expect(rt.mail.outbox).toHaveLength(1);
    expect(rt.env.quiet(() => rt.scriptApp.allTriggers().filter((t) => t.trigger.getHandlerFunction() === 'packRun'))).toEqual([]);
    const cyclesAfterClose = tabValues(rt, ['Chu kỳ']);
    const reviews = tabValues(rt, ['Đánh giá chu kỳ']).length;
    rt.run('menuCloseCycle');
    expect(lastAlert(rt)).toMatch(/^Chu kỳ Quý 4 đã được đóng trước đó/);
    expect(tabValues(rt, ['Chu kỳ'])).toEqual(cyclesAfterClose);
    expect(tabValues(rt, ['Đánh giá chu kỳ'])).toHaveLength(reviews);
    rt.env.setNow(new Date('2027-01-04T03:00:00Z'));
    for (let day = 0; day < 3; day += 1) {
      rt.env.advance(24 * 3600 * 1000);
      rt.run('dailyTrigger', [], { user: ADMIN });
    }
    const packs = rt.mail.outbox.filter((m) => /Đánh giá chu kỳ|Review/.test(m.subject)).map((m) => m.to[0]);
    expect(packs.sort()).toEqual([ADMIN, PRODUCT_LEAD, SALES_LEAD].sort());
    expect(tabValues(rt, ['Chu kỳ'])).toEqual(cyclesAfterClose);
  });
});

describe('no lock is held while a dialog waits for a person', () => {
  test.each([
    [
      'the Brief asking which team',
      (rt: LocalRuntime, meanwhile: () => void) => {
        rt.ui.answerNext('OK', '', { meanwhile });
        rt.run('menuBrief');
      },
    ],
    [
      'Close cycle asking "close anyway?"',
      (rt: LocalRuntime, meanwhile: () => void) => {
        rt.ui.answerNext('NO', '', { meanwhile });
        rt.run('menuCloseCycle');
      },
    ],
  ])('%s: a sidebar save and a typed check-in go through meanwhile', (_, open) => {
    const rt = smallCompany();
    let reply: { saved: number } | null = null;
    open(rt, () => {
      reply = rt.run('sidebarCheckIn', [[entry('KR3', '12')]], { user: SALES_REP }) as { saved: number };
      typeRows(rt, 'checkIns', [{ krId: 'KR4', value: '6' }], PRODUCT_LEAD);
    });
    expect(reply).toMatchObject({ saved: 1 });
    const typed = tabValues(rt, CHECK_INS)
      .slice(1)
      .find((r) => r[1] === 'KR4')!;
    expect(typed[0]).toBeInstanceOf(Date);
    expect(typed[8]).toBe('trang tính');
  });

  test('a check-in saved while "close anyway?" is open is in the Reviews grade', () => {
    const rt = smallCompany();
    rt.env.setNow(new Date('2026-12-30T03:00:00Z'));
    rt.ui.answerNext('YES', '', { meanwhile: () => rt.run('sidebarCheckIn', [[entry('KR3', '40')]], { user: SALES_REP }) });
    rt.run('menuCloseCycle');
    const review = tabValues(rt, ['Đánh giá chu kỳ']).find((r) => r.includes('KR3'))!;
    expect(review).toContain(40);
  });
});

describe("only the program's own cells are written", () => {
  test.each(FRAGILE_TEXT.map((t) => [t]))('%s in a header, a Settings row and a pasted block survives setup, the language switch and stamping', (text) => {
    const rt = smallCompany();
    const checkIns = rt.book.getSheetByName('Cập nhật tiến độ')!;
    const column = rt.env.quiet(() => checkIns.getLastColumn() + 1);
    rt.type('Cập nhật tiến độ', 1, column, [[text]]);
    rt.type(
      'Cập nhật tiến độ',
      2,
      2,
      [
        ['KR3', 10, '', '', '', '', '', '', text],
        ['KR3', 11, '', '', '', '', '', '', text],
      ],
      SALES_REP,
    );
    const settings = rt.book.getSheetByName('Cài đặt')!;
    rt.type('Cài đặt', rt.env.quiet(() => settings.getLastRow()) + 1, 1, [[text, text, text]]);
    const before = rt.env.quiet(() => [checkIns.getDataRange().getValues(), settings.getDataRange().getValues()]);
    rt.run('menuSetup');
    rt.run('menuSwitchLanguage');
    rt.run('menuSwitchLanguage');
    const after = rt.env.quiet(() => [checkIns.getDataRange().getValues(), settings.getDataRange().getValues()]);
    const userCells = (grid: unknown[][]) => grid.flat().filter((v) => v === text.slice(1));
    expect(userCells(after[0]!)).toEqual(userCells(before[0]!));
    expect(userCells(after[1]!)).toEqual(userCells(before[1]!));
    expect(rt.env.quiet(() => checkIns.getRange(2, column, 2, 1).getFormulas().flat())).toEqual(['', '']);
  });

  test('setup keeps a date typed as a header and a user column title', () => {
    const rt = smallCompany();
    const sheet = rt.book.getSheetByName('Nhân sự')!;
    const column = rt.env.quiet(() => sheet.getLastColumn() + 1);
    const date = new Date('2026-10-04T00:00:00Z');
    rt.env.quiet(() => sheet.getRange(1, column).setValue(date));
    rt.run('menuSetup');
    expect(rt.env.quiet(() => sheet.getRange(1, column).getValue())).toEqual(date);
  });
});

describe('who can run what: every global function has a rule, and the README says it', () => {
  test('the rules cover exactly the globals of build/Code.js, and the README table lists each with the same rule', () => {
    const rt = bundleRuntime();
    // The bundle's entry points are the top-level functions that hand over to the bundled module (scripts/build.mjs).
    const globals = [...readFileSync('build/Code.js', 'utf8').matchAll(/^function (\w+)\(\.\.\.args\) \{ return OKR_\./gm)].map((m) => m[1]!);
    expect(globals.filter((name) => typeof rt.global(name) === 'function').sort()).toEqual(Object.keys(NON_ADMIN_MAY_RUN).sort());
    const readme = readFileSync('README.md', 'utf8');
    const rows = [...readme.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()] as const);
    const table = new Map(rows.filter(([name]) => name in NON_ADMIN_MAY_RUN));
    for (const [name, allowed] of Object.entries(NON_ADMIN_MAY_RUN)) {
      expect([name, table.get(name)?.startsWith('admins') || table.get(name)?.startsWith('the trigger')]).toEqual([name, !allowed]);
    }
  });

  test.each(Object.entries(NON_ADMIN_MAY_RUN).filter(([name, allowed]) => !allowed && name.startsWith('menu')))(
    '%s refuses an editor who is not an admin',
    (name) => {
      const rt = smallCompany();
      rt.run(name, [], { user: SALES_REP });
      expect(lastAlert(rt)).toMatch(/^Chỉ quản trị viên/);
    },
  );

  test('dailyTrigger refuses anyone but the trigger owner: a non-admin cannot send everyone reminders', () => {
    const rt = smallCompany();
    rt.run('menuRemindersOn');
    rt.env.setNow(MONDAY_AFTER);
    expect(() => rt.run('dailyTrigger', [], { user: SALES_REP })).toThrow(/Lượt chạy hằng ngày thuộc về ceo@example\.vn/);
    expect(rt.mail.outbox).toEqual([]);
  });

  test('the Brief goes to a team only from its lead or an admin', () => {
    const rt = smallCompany();
    rt.ui.answerNext('OK', 'KD');
    rt.run('menuBrief', [], { user: SALES_REP });
    expect(rt.mail.outbox).toEqual([]);
    expect(rt.ui.alerts.map((a) => a.prompt)).not.toContainEqual(expect.stringMatching(/^Gửi bản họp tuần/));
    rt.ui.answerNext('OK', 'KD');
    rt.ui.answerNext('YES');
    rt.run('menuBrief', [], { user: SALES_LEAD });
    expect(rt.mail.outbox.length).toBeGreaterThan(0);
  });
});

describe('check-ins from the page: bad calls get a localized message, notes too long are said to be shortened', () => {
  test.each(MALFORMED_CHECKINS.map((c) => [c]))('sidebarCheckIn(%j)', (entries) => {
    const rt = smallCompany();
    expect(() => rt.run('sidebarCheckIn', [entries], { user: SALES_REP })).toThrow(
      'Trang đã gửi dữ liệu mà bảng tính không đọc được. Hãy tải lại trang và thử lại.',
    );
    expect(tabValues(rt, CHECK_INS)).toHaveLength(1);
  });

  test.each([
    ['an unknown KR', entry('KR99', '12'), /^Không có kết quả then chốt “KR99”: chưa lưu gì/],
    ['an unreadable value', entry('KR3', 'chưa rõ'), /^KR3: không đọc được “chưa rõ” là một con số\. Chưa lưu gì/],
    ["someone else's KR", entry('KR4', '5'), /^KR4: bạn chỉ cập nhật được KR của mình/],
  ])('%s: the reply says nothing was saved, and nothing was', (_, one, message) => {
    const rt = smallCompany();
    const reply = rt.run('sidebarCheckIn', [[one]], { user: SALES_REP }) as { saved: number; problems: { message: string }[] };
    expect(reply.saved).toBe(0);
    expect(reply.problems[0]!.message).toMatch(message);
    expect(tabValues(rt, CHECK_INS)).toHaveLength(1);
  });

  test.each([['progressNote'], ['problems'], ['plans']])('a %s over 50,000 characters is saved shortened, and the reply says so', (field) => {
    const rt = smallCompany();
    const reply = rt.run('sidebarCheckIn', [[entry('KR3', '12', { [field]: 'x'.repeat(60_000) })]], { user: SALES_REP }) as {
      saved: number;
      problems: { message: string }[];
    };
    expect(reply.saved).toBe(1);
    expect(reply.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^KR3: một ghi chú dài hơn 50000 ký tự/)]);
  });
});

describe("a check-in typed on someone else's KR follows the sidebar's rule", () => {
  test.each([
    [SALES_REP, 'KR4', false],
    [SALES_REP, 'KR1', false],
    [SALES_REP, 'KR2', true],
    [PRODUCT_LEAD, 'KR3', false],
    [ADMIN, 'KR4', true],
  ])('%s typing %s counts: %s', (user, krId, counts) => {
    const rt = smallCompany();
    typeRows(rt, 'checkIns', [{ krId, value: '3' }], user);
    const note = rt.env.quiet(() => rt.book.getSheetByName('Cập nhật tiến độ')!.getRange(2, 3).getNote());
    const kr = tabValues(rt, ['Kết quả then chốt']).find((r) => r[0] === krId)!;
    const current = kr[tabValues(rt, ['Kết quả then chốt'])[0]!.indexOf('Hiện tại')];
    if (counts) {
      expect(note).toBe('');
      expect(current).toBe(3);
    } else {
      expect(note).toMatch(/không phải KR của bạn hay của nhóm bạn/);
      expect(current).toBe('');
    }
  });
});

describe('mistakes that used to pass silently: a second Settings row, a second input tab', () => {
  const findings = (rt: LocalRuntime) => {
    rt.run('menuCheck');
    return tabValues(rt, ['Phát hiện'])
      .slice(1)
      .map((r) => `${r[1]} ${r[5]}`);
  };
  test.each([
    [SETTING_LABELS.graceDays.vi, '9', 'Số ngày gia hạn'],
    [SETTING_LABELS.language.vi, 'en', 'Ngôn ngữ'],
    [SETTING_LABELS.admins.vi, SALES_REP, 'Quản trị viên'],
    [SETTING_LABELS.cadence.vi, 'month', 'Nhịp chu kỳ'],
  ])('a second "%s" row is reported and the first one counts', (key, value, label) => {
    const rt = smallCompany();
    const settings = rt.book.getSheetByName('Cài đặt')!;
    const before = rt.env.quiet(
      () =>
        settings
          .getDataRange()
          .getValues()
          .find((r) => r[0] === key)![1],
    );
    rt.env.quiet(() => settings.appendRow([key, value, '']));
    const found = findings(rt).filter((f) => f.startsWith('DUPLICATE_ID'));
    expect(found).toEqual([expect.stringContaining(`có dòng thứ hai`)]);
    expect(found[0]).toContain(label.split(' ')[0]!);
    if (key === SETTING_LABELS.language.vi) expect(lastAlert(rt)).toMatch(/^Điểm liên kết/);
    expect(
      rt.env.quiet(
        () =>
          settings
            .getDataRange()
            .getValues()
            .find((r) => r[0] === key)![1],
      ),
    ).toEqual(before);
  });

  test.each([['Key Results'], ['Cập nhật tiến độ '], ['PEOPLE'], ['chu ky']])('a second tab named "%s" is reported, not silently ignored', (name) => {
    const rt = smallCompany();
    rt.env.quiet(() => rt.book.insertSheet(name).getRange(1, 1).setValue('x'));
    expect(findings(rt)).toContainEqual(expect.stringMatching(/^DUPLICATE_TAB Có hơn một trang/));
  });
});
