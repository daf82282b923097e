// Archive closed cycles, through the bundle: two closed cycles leave the main workbook for archives of
// their own, the running cycle stays, and a run cut off at any call is finished by the next one.
import type { LocalRuntime, Spreadsheet } from '../../src/local/emulator';
import { typeRows } from '../../src/local/cli';
import { finishQuarter, PRODUCT_LEAD, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const ARCHIVED = ['Mục tiêu', 'Kết quả then chốt', 'Cập nhật tiến độ', 'Sáng kiến', 'Phụ thuộc'];
const MAIN_TABS = [...ARCHIVED, 'Chu kỳ', 'Đánh giá chu kỳ', 'Nhân sự', 'Nhóm', 'Cài đặt'];

/** Q3 (closed long ago, typed in), Q4 (closed by Close cycle) and 2027-Q1 (running, with O3's carried copy). */
function twoClosedCycles(): LocalRuntime {
  const rt = smallCompany();
  typeRows(rt, 'cycles', [{ cycleId: 'Q3', name: 'Quý 3', start: '2026-07-01', end: '2026-09-30', status: 'Closed' }]);
  typeRows(rt, 'objectives', [
    {
      objectiveId: 'O9',
      cycleId: 'Q3',
      level: 'Department',
      teamId: 'KD',
      ownerEmail: SALES_LEAD,
      objective: 'Mở thị trường miền Trung',
      type: 'Committed',
      status: 'Active',
    },
  ]);
  typeRows(rt, 'keyResults', [
    {
      krId: 'KR9',
      objectiveId: 'O9',
      keyResult: 'Ký 10 đại lý',
      teamId: 'KD',
      ownerEmail: SALES_REP,
      kind: 'Increase',
      unit: 'đại lý',
      start: 0,
      target: 10,
      weight: 1,
    },
  ]);
  typeRows(
    rt,
    'initiatives',
    [
      { initiativeId: 'I1', krId: 'KR3', initiative: 'Gói bán thêm', ownerEmail: SALES_REP, priority: 1, status: 'Dự kiến' },
      { initiativeId: 'I9', krId: 'KR9', initiative: 'Hội chợ Đà Nẵng', ownerEmail: SALES_REP, priority: 1, status: 'Hoàn thành' },
    ],
    SALES_LEAD,
  );
  typeRows(
    rt,
    'dependencies',
    [
      {
        dependencyId: 'D1',
        requestingTeamId: 'KD',
        forId: 'KR2',
        providingTeamId: 'SP',
        request: 'Bảng giá mới',
        requestedOn: '2026-10-05',
        neededBy: '2026-11-30',
        status: 'Đã yêu cầu',
      },
    ],
    SALES_LEAD,
  );
  rt.env.setNow(new Date('2026-10-20T03:00:00Z'));
  typeRows(
    rt,
    'checkIns',
    [
      { krId: 'KR3', value: '12' },
      { krId: 'KR9', value: '9' },
    ],
    SALES_REP,
  );
  finishQuarter(rt);
  rt.run('menuCloseCycle');
  rt.env.setNow(new Date('2027-01-05T03:00:00Z'));
  // A check-in of the running cycle's carried KR, and one of a KR that exists nowhere: both stay.
  const carried = String(tabValues(rt, ['Kết quả then chốt']).find((r) => String(r[0]).startsWith('KR4-'))![0]);
  typeRows(rt, 'checkIns', [{ krId: carried, value: '6' }], PRODUCT_LEAD);
  typeRows(rt, 'checkIns', [{ krId: 'KR404', value: '1' }], PRODUCT_LEAD);
  return rt;
}

const tab = (rt: LocalRuntime, name: string) => (rt.book.getSheetByName(name) ? tabValues(rt, [name]) : []);
const valuesOf = (rt: LocalRuntime, book: Spreadsheet, name: string): unknown[][] =>
  rt.env.quiet(() => book.getSheetByName(name)?.getDataRange().getValues() ?? []);
/** The main tabs, but the program's own KR columns (Refresh recomputes them) and the Log. */
const mainState = (rt: LocalRuntime) =>
  JSON.stringify(MAIN_TABS.map((name) => (name === 'Kết quả then chốt' ? tab(rt, name).map((r) => r.slice(0, 10)) : tab(rt, name)))).replace(
    /https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit/g,
    'URL',
  );
/** The archive URLs of the Cycles rows, by cycle ID. */
function linkedUrls(rt: LocalRuntime): Record<string, string> {
  const [header, ...rows] = tab(rt, 'Chu kỳ');
  const col = header!.indexOf('Lưu trữ');
  return Object.fromEntries(rows.filter((r) => String(r[col] ?? '') !== '').map((r) => [String(r[0]), String(r[col])]));
}
/** The archives the Cycles rows link to, by cycle: what each holds. */
function linkedArchives(rt: LocalRuntime): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [cycleId, url] of Object.entries(linkedUrls(rt))) {
    const book = rt.createdBooks.find((b) => rt.env.quiet(() => b.getUrl()) === url)!;
    out[cycleId] = JSON.stringify(
      [...ARCHIVED, 'KR theo tuần', 'Tỷ lệ cập nhật'].map((name) => {
        const values = valuesOf(rt, book, name);
        return name === 'KR theo tuần' ? values.map((r) => r.slice(0, -1)) : values; // less updated_at
      }),
    );
  }
  return out;
}
const gridCells = (rt: LocalRuntime) => rt.env.quiet(() => rt.book.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0));

/** The menu's archive, then the half hour after it, when its one-off runs go on with what the menu's minute left. */
function archive(rt: LocalRuntime, user?: string): void {
  rt.run('menuArchive', [], user ? { user } : {});
  rt.advanceTo(new Date(rt.env.now() + 30 * 60 * 1000));
}

const archiveTriggers = (rt: LocalRuntime) =>
  rt.env.quiet(() => rt.scriptApp.allTriggers().filter((t) => t.trigger.getHandlerFunction() === 'archiveContinue'));

/** The one-off runs left by a menu run, fired for half an hour: they finish as one run of `reference` finished. */
function finishesLike(rt: LocalRuntime, reference: LocalRuntime): void {
  rt.advanceTo(new Date(rt.env.now() + 30 * 60 * 1000));
  expect(rt.triggerFailures).toEqual([]);
  expect(archiveTriggers(rt)).toEqual([]);
  expect(Object.keys(linkedArchives(rt))).toEqual(Object.keys(linkedArchives(reference)));
  for (const name of [...ARCHIVED, 'Đánh giá chu kỳ']) expect([name, tab(rt, name)]).toEqual([name, tab(reference, name)]);
}

describe('archive closed cycles', () => {
  test("moves each closed cycle's rows to its own spreadsheet, row for row, and links it in Cycles", () => {
    const rt = twoClosedCycles();
    const before = Object.fromEntries(ARCHIVED.map((name) => [name, tab(rt, name)]));
    const reviews = tab(rt, 'Đánh giá chu kỳ');
    const logBefore = tab(rt, 'Nhật ký');
    const cells = gridCells(rt);
    const started = rt.env.now();
    rt.run('menuArchive');
    // The menu's minute holds Q3 (the older first); Q4 goes on from a one-off trigger a minute later, as the admin.
    expect(rt.env.now() - started).toBeLessThan(60_000);
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Đã lưu trữ Quý 3\. Việc lưu trữ Quý 4 tiếp tục chạy nền/);
    expect(archiveTriggers(rt)).toHaveLength(1);
    rt.advanceTo(new Date(rt.env.now() + 30 * 60 * 1000));
    expect(rt.triggerFailures).toEqual([]);
    expect(archiveTriggers(rt)).toEqual([]);
    expect(rt.createdBooks.map((b) => b.name)).toEqual(['Công ty Thử nghiệm OKR — Quý 3 (lưu trữ)', 'Công ty Thử nghiệm OKR — Quý 4 (lưu trữ)']);
    const [q3, q4] = rt.createdBooks as [Spreadsheet, Spreadsheet];
    const krOf = (row: readonly unknown[]) => String(row[1]);
    const expected = {
      Q4: {
        objectives: ['O1', 'O2', 'O3'],
        krs: ['KR1', 'KR2', 'KR3', 'KR4'],
        checkIns: ['KR3', 'KR1', 'KR2', 'KR3', 'KR4'],
        initiatives: ['I1'],
        deps: ['D1'],
      },
      Q3: { objectives: ['O9'], krs: ['KR9'], checkIns: ['KR9'], initiatives: ['I9'], deps: [] as string[] },
    };
    for (const [book, want] of [
      [q4, expected.Q4],
      [q3, expected.Q3],
    ] as const) {
      // Each archive tab holds the main tab's header and exactly its rows of the cycle, as they were.
      const [oh, ...objectives] = valuesOf(rt, book, 'Mục tiêu');
      expect(oh).toEqual(before['Mục tiêu']![0]);
      expect(objectives).toEqual(before['Mục tiêu']!.filter((r) => want.objectives.includes(String(r[0]))));
      expect(valuesOf(rt, book, 'Kết quả then chốt').slice(1)).toEqual(before['Kết quả then chốt']!.filter((r) => want.krs.includes(String(r[0]))));
      expect(valuesOf(rt, book, 'Cập nhật tiến độ').slice(1).map(krOf)).toEqual(want.checkIns);
      expect(valuesOf(rt, book, 'Cập nhật tiến độ').slice(1)).toEqual(before['Cập nhật tiến độ']!.filter((r) => want.krs.includes(krOf(r))));
      expect(
        valuesOf(rt, book, 'Sáng kiến')
          .slice(1)
          .map((r) => r[0]),
      ).toEqual(want.initiatives);
      expect(
        valuesOf(rt, book, 'Phụ thuộc')
          .slice(1)
          .map((r) => r[0]),
      ).toEqual(want.deps);
      expect(rt.env.quiet(() => book.getSheets().map((s) => s.getName()))).toEqual([
        'Cập nhật tiến độ',
        'Sáng kiến',
        'Phụ thuộc',
        'Kết quả then chốt',
        'Mục tiêu',
        'KR theo tuần',
        'Tỷ lệ cập nhật',
        'Nhật ký',
      ]);
    }
    // The Log's history goes with the archives: each takes the rows before the week after its cycle's end that
    // an older one did not take; the main Log keeps the week Q4 ended in (its ledger) and everything after.
    const cutoff = new Date('2026-12-27T17:00:00Z').getTime(); // Monday 2026-12-28 00:00 in Asia/Ho_Chi_Minh
    const timeOf = (row: readonly unknown[]) => (row[0] as Date).getTime();
    const q4Log = valuesOf(rt, q4, 'Nhật ký').slice(1);
    const mainLog = tab(rt, 'Nhật ký').slice(1);
    expect(valuesOf(rt, q3, 'Nhật ký')[0]).toEqual(logBefore[0]);
    expect(q4Log.length).toBeGreaterThan(0);
    expect(q4Log.every((r) => timeOf(r) < cutoff)).toBe(true);
    expect(mainLog.every((r) => timeOf(r) >= cutoff)).toBe(true);
    const sorted = (rows: readonly (readonly unknown[])[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted([...valuesOf(rt, q3, 'Nhật ký').slice(1), ...q4Log, ...mainLog.filter((r) => timeOf(r) < started)])).toEqual(sorted(logBefore.slice(1)));
    // KR weekly as of the cycle's last day: every week of the quarter for each reported KR, Looker's header.
    const weekly = valuesOf(rt, q4, 'KR theo tuần');
    expect(weekly[0]).toEqual(tab(rt, 'KR theo tuần')[0]);
    expect(new Set(weekly.slice(1).map((r) => r[11])).size).toBe(4);
    expect(weekly.length - 1).toBe(4 * 14);
    expect(
      valuesOf(rt, q3, 'KR theo tuần')
        .slice(1)
        .every((r) => r[0] === 'Q3' && r[11] === 'KR9'),
    ).toBe(true);
    expect(valuesOf(rt, q4, 'Tỷ lệ cập nhật').length).toBeGreaterThan(1);

    // The main workbook keeps the running cycle's rows, the check-in of an unknown KR, and Reviews.
    expect(
      tab(rt, 'Mục tiêu')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['2027-Q1']);
    expect(
      tab(rt, 'Kết quả then chốt')
        .slice(1)
        .map((r) => String(r[0]).slice(0, 4)),
    ).toEqual(['KR4-']);
    expect(
      tab(rt, 'Cập nhật tiến độ')
        .slice(1)
        .map((r) => String(r[1]).slice(0, 4)),
    ).toEqual(['KR4-', 'KR40']);
    expect(tab(rt, 'Sáng kiến')).toHaveLength(1);
    expect(tab(rt, 'Phụ thuộc')).toHaveLength(1);
    expect(tab(rt, 'Đánh giá chu kỳ')).toEqual(reviews);
    const cycles = tab(rt, 'Chu kỳ');
    const col = cycles[0]!.indexOf('Lưu trữ');
    expect(cycles.slice(1).map((r) => [r[0], r[col]])).toEqual([
      ['Q4', rt.env.quiet(() => q4.getUrl())],
      ['Q3', rt.env.quiet(() => q3.getUrl())],
      ['2027-Q1', ''],
    ]);
    expect(gridCells(rt)).toBeLessThan(cells);
  });

  test('a second run does nothing, and the running cycle still works: check-in page, onEdit, Refresh, Check', () => {
    const rt = twoClosedCycles();
    rt.run('menuCheck');
    const carriedBefore = tab(rt, 'Phát hiện')
      .slice(1)
      .filter((r) => r[4] === 'O3-2027-Q1')
      .map((r) => [r[1], r[4]]);
    expect(carriedBefore.length).toBeGreaterThan(0);
    archive(rt);
    const after = mainState(rt);
    rt.run('menuArchive');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Không có chu kỳ đã đóng nào đang chờ lưu trữ.');
    expect(rt.createdBooks).toHaveLength(2);
    expect(mainState(rt)).toBe(after);

    rt.run('menuRefresh');
    rt.run('menuCheck');
    const findings = tab(rt, 'Phát hiện').slice(1);
    // No finding names a row of the archived cycles but the carried copy of O3, whose parent O1 now lives in the
    // archive and in Reviews: it reads as before the archive (a parent of another cycle), not as unknown.
    const named = findings.filter((r) => /\b(KR[1-49]|O[1-39]|I[19]|D1|Q[34])\b/.test(`${r[4]} ${r[5]}`) && !/KR404/.test(String(r[4])));
    expect(named.map((r) => [r[1], r[4]])).toEqual(carriedBefore);
    expect(named.map((r) => r[1])).not.toContain('UNKNOWN_REFERENCE');
    const page = rt.run('sidebarLoad', [], { user: PRODUCT_LEAD }) as { krs: { id: string }[] };
    expect(page.krs.map((k) => k.id.slice(0, 4))).toEqual(['KR4-']);
    const carried = page.krs[0]!.id;
    typeRows(rt, 'checkIns', [{ krId: carried, value: '4' }], PRODUCT_LEAD);
    expect(tab(rt, 'Cập nhật tiến độ').at(-1)![0]).toBeInstanceOf(Date); // stamped by onEdit
    rt.run('menuSummary');
    expect(
      tab(rt, 'KR theo tuần')
        .slice(1)
        .every((r) => r[0] === '2027-Q1'),
    ).toBe(true);
  });

  test('a workbook too large to read within the menu is archived in the background from the start, to the same end', () => {
    const small = twoClosedCycles();
    archive(small);
    const rt = twoClosedCycles();
    // A Check-ins grid of some 1.2 M cells, as a large company's closed quarter leaves it.
    rt.env.quiet(() => {
      const sheet = rt.book.getSheetByName('Cập nhật tiến độ')!;
      sheet.insertRowsAfter(sheet.getMaxRows(), 120_000);
    });
    const started = rt.env.now();
    rt.run('menuArchive');
    expect(rt.env.now() - started).toBeLessThan(10_000);
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Việc lưu trữ Quý 3 tiếp tục chạy nền/);
    expect(rt.createdBooks).toHaveLength(0);
    expect(archiveTriggers(rt)).toHaveLength(1);
    finishesLike(rt, small);
  });

  test('a cycle finished past half the menu’s budget leaves the next to a one-off run, which archives it to the same end', () => {
    const reference = twoClosedCycles();
    archive(reference);
    const rt = twoClosedCycles();
    rt.env.clockFollowsCalls = true; // each call takes its modelled time: Q3 alone uses more than half the 25 s
    const started = rt.env.now();
    rt.run('menuArchive');
    expect(rt.env.now() - started).toBeGreaterThan(12_500);
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(/^Đã lưu trữ Quý 3\. Việc lưu trữ Quý 4 tiếp tục chạy nền/);
    expect([rt.createdBooks.length, Object.keys(linkedUrls(rt))]).toEqual([1, ['Q3']]);
    expect(archiveTriggers(rt)).toHaveLength(1);
    finishesLike(rt, reference);
  });

  test('nothing to archive while no cycle is closed', () => {
    const rt = smallCompany();
    rt.run('menuArchive');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('Không có chu kỳ đã đóng nào đang chờ lưu trữ.');
    expect(rt.createdBooks).toHaveLength(0);
  });

  test('only admins may archive', () => {
    const rt = twoClosedCycles();
    const before = mainState(rt);
    rt.run('menuArchive', [], { user: SALES_REP });
    expect(rt.createdBooks).toHaveLength(0);
    expect(mainState(rt)).toBe(before);
  });

  test('a failure at every call, then a rerun: the same end state, nothing lost or doubled', () => {
    const clean = twoClosedCycles();
    clean.env.resetCounters();
    archive(clean);
    const calls = clean.env.totalCalls();
    const expected = { main: mainState(clean), archives: linkedArchives(clean) };
    expect(Object.keys(expected.archives)).toEqual(['Q4', 'Q3']);
    const broken: string[] = [];
    // Every call with ARCHIVE_SWEEP=full (some 5 minutes on two cores); every third one otherwise.
    const stride = process.env.ARCHIVE_SWEEP === 'full' ? 1 : 3;
    const positions = Array.from({ length: Math.ceil(calls / stride) }, (_, i) => i * stride + 1);
    for (const position of positions) {
      const rt = twoClosedCycles();
      rt.env.injectFault('*', 'Exception: injected failure', 1, position - 1);
      try {
        rt.run('menuArchive');
        rt.advanceTo(new Date(rt.env.now() + 30 * 60 * 1000));
      } catch {
        // the failure shows as the action's alert, an execution error or a failed trigger run: the admin runs it again
      }
      rt.env.faults.length = 0;
      archive(rt);
      if (mainState(rt) !== expected.main) broken.push(`call ${position}: main workbook differs`);
      // A cut between SpreadsheetApp.create and recording its id leaves one empty spreadsheet behind (no Drive
      // search without the drive scope); the rerun makes another. Nothing of the workbook is in it.
      const orphans = rt.createdBooks.filter((b) => !Object.values(linkedUrls(rt)).includes(rt.env.quiet(() => b.getUrl())));
      if (orphans.length > 1 || orphans.some((b) => rt.env.quiet(() => b.getSheets().some((sh) => sh.getLastRow() > 0))))
        broken.push(`call ${position}: an orphan archive holds rows`);
      if (JSON.stringify(linkedArchives(rt)) !== JSON.stringify(expected.archives)) broken.push(`call ${position}: archives differ`);
    }
    expect(calls).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
