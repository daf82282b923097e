// A runtime with the real build/Code.js loaded, over a small company typed in as people would.
import { existsSync } from 'node:fs';
import { emptyBook, loadBuild, LocalRuntime, type RuntimeOptions } from '../../src/local/emulator';
import { typeRows, typeSetting } from '../../src/local/cli';
import { SETTING_LABELS } from '../../src/i18n/tabs';

export const BUILD_DIR = 'build';

export function builtBundle(): { code: string; files: Record<string, string> } {
  if (!existsSync(`${BUILD_DIR}/Code.js`)) throw new Error('build/Code.js is missing: npm test builds it first (or run npm run build)');
  return loadBuild(BUILD_DIR);
}

export const ADMIN = 'ceo@example.vn';
export const SALES_LEAD = 'lan@example.vn';
export const SALES_REP = 'quang@example.vn';
export const PRODUCT_LEAD = 'hung@example.vn';

/** 2026-10-05 09:00 in Asia/Ho_Chi_Minh: a Monday in the cycle. */
export const MONDAY = new Date('2026-10-05T02:00:00Z');

export function bundleRuntime(options: RuntimeOptions & { lang?: 'vi' | 'en' } = {}): LocalRuntime {
  const { code, files } = builtBundle();
  const locale = options.lang === 'en' ? 'en_US' : 'vi_VN';
  return new LocalRuntime({ book: emptyBook('OKR test', locale, 'Asia/Ho_Chi_Minh'), user: ADMIN, now: MONDAY, files, ...options }).load(code);
}

/** A small company: two departments under the board, one company objective, KRs with check-ins. */
export function smallCompany(options: RuntimeOptions & { lang?: 'vi' | 'en'; beforeSetup?: (rt: LocalRuntime) => void } = {}): LocalRuntime {
  const rt = bundleRuntime(options);
  options.beforeSetup?.(rt);
  rt.run('menuSetup');
  typeSetting(rt, SETTING_LABELS.companyName, 'Công ty Thử nghiệm');
  typeRows(rt, 'teams', [
    { teamId: 'BGD', name: 'Ban Giám đốc', parentTeamId: '', leadEmail: ADMIN },
    { teamId: 'KD', name: 'Kinh doanh', parentTeamId: 'BGD', leadEmail: SALES_LEAD },
    { teamId: 'SP', name: 'Sản phẩm', parentTeamId: 'BGD', leadEmail: PRODUCT_LEAD },
  ]);
  typeRows(rt, 'people', [
    { email: ADMIN, name: 'Minh', teamId: 'BGD', language: 'vi' },
    { email: SALES_LEAD, name: 'Lan', teamId: 'KD', managerEmail: ADMIN, language: 'vi' },
    { email: SALES_REP, name: 'Quang', teamId: 'KD', managerEmail: SALES_LEAD, language: 'vi' },
    { email: PRODUCT_LEAD, name: 'Hùng', teamId: 'SP', managerEmail: ADMIN, language: 'en' },
  ]);
  typeRows(rt, 'cycles', [{ cycleId: 'Q4', name: 'Quý 4', start: '2026-10-01', end: '2026-12-31', status: 'Active' }]);
  typeRows(rt, 'objectives', [
    {
      objectiveId: 'O1',
      cycleId: 'Q4',
      level: 'Company',
      teamId: 'BGD',
      ownerEmail: ADMIN,
      objective: 'Giữ chân khách hàng',
      type: 'Committed',
      status: 'Active',
    },
    {
      objectiveId: 'O2',
      cycleId: 'Q4',
      level: 'Department',
      teamId: 'KD',
      ownerEmail: SALES_LEAD,
      objective: 'Tăng doanh thu từ khách hàng cũ',
      parentObjectiveId: 'O1',
      type: 'Committed',
      status: 'Active',
    },
    {
      objectiveId: 'O3',
      cycleId: 'Q4',
      level: 'Department',
      teamId: 'SP',
      ownerEmail: PRODUCT_LEAD,
      objective: 'Sản phẩm được khách hàng cũ dùng nhiều hơn',
      parentObjectiveId: 'O1',
      type: 'Aspirational',
      status: 'Active',
    },
  ]);
  typeRows(rt, 'keyResults', [
    {
      krId: 'KR1',
      objectiveId: 'O1',
      keyResult: 'Tăng tỷ lệ gia hạn từ 78% lên 90%',
      teamId: 'BGD',
      ownerEmail: ADMIN,
      kind: 'Increase',
      unit: '%',
      start: 0.78,
      target: 0.9,
      weight: 1,
    },
    {
      krId: 'KR2',
      objectiveId: 'O2',
      keyResult: 'Tăng doanh thu từ 4,3 tỷ lên 5,6 tỷ',
      teamId: 'KD',
      ownerEmail: '',
      kind: 'Increase',
      unit: 'VND',
      start: 4.3e9,
      target: 5.6e9,
      weight: 2,
    },
    {
      krId: 'KR3',
      objectiveId: 'O2',
      keyResult: 'Đạt 40 hợp đồng bán thêm',
      teamId: 'KD',
      ownerEmail: SALES_REP,
      kind: 'Increase',
      unit: 'hợp đồng',
      start: 0,
      target: 40,
      weight: 1,
    },
    {
      krId: 'KR4',
      objectiveId: 'O3',
      keyResult: 'Giảm thời gian phản hồi từ 8 giờ xuống 2 giờ',
      teamId: 'SP',
      ownerEmail: PRODUCT_LEAD,
      kind: 'Decrease',
      unit: 'giờ',
      start: 8,
      target: 2,
      weight: 1,
    },
  ]);
  return rt;
}

/** The values of a tab found by either language's name, header first. */
export function tabValues(rt: LocalRuntime, names: readonly string[]): unknown[][] {
  const sheet = rt.book.getSheets().find((s) => names.indexOf(s.getName()) >= 0);
  if (!sheet) throw new Error(`no tab ${names.join('/')}`);
  return rt.env.quiet(() => sheet.getDataRange().getValues());
}

/** A morning two days after the small company's Q4 (2026-10-01 – 2026-12-31) ended. */
export const QUARTER_OVER = new Date('2027-01-02T03:00:00Z');

/** Every KR of the small company checked in by its owner in the quarter's last week; the clock then at QUARTER_OVER. */
export function finishQuarter(rt: LocalRuntime): LocalRuntime {
  rt.env.setNow(new Date('2026-12-28T03:00:00Z'));
  typeRows(rt, 'checkIns', [{ krId: 'KR1', value: '90%' }], ADMIN);
  typeRows(
    rt,
    'checkIns',
    [
      { krId: 'KR2', value: '5,2 tỷ' },
      { krId: 'KR3', value: '40' },
    ],
    SALES_REP,
  );
  typeRows(rt, 'checkIns', [{ krId: 'KR4', value: '5' }], PRODUCT_LEAD);
  rt.env.setNow(QUARTER_OVER);
  return rt;
}

/** Five minutes on: a Close cycle's one-off trigger has run the pack run, as the admin who closed. */
export function packRunFires(rt: LocalRuntime) {
  return rt.advanceTo(new Date(rt.env.now() + 5 * 60 * 1000));
}
