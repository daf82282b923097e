// The classes of issue 11's severe and permission failures as rows of data: each row is one case of its
// class, and reliability.test.ts runs every row through the bundle in the local runtime.

/** A person's own tab named like one of the program's output tabs, made before the first Set up. */
export const NAMESAKE_TABS: readonly { readonly name: string; readonly runs: readonly string[] }[] = [
  { name: 'Tổng quan', runs: ['menuSummary'] },
  { name: 'Dashboard', runs: ['menuSummary'] },
  { name: 'Họp tuần', runs: ['dailyTrigger'] },
  { name: 'Brief', runs: ['dailyTrigger'] },
  { name: 'Phát hiện', runs: ['menuCheck'] },
  { name: 'findings', runs: ['menuCheck'] },
  { name: 'Cây mục tiêu', runs: ['menuCheck'] },
  { name: 'Alignment', runs: ['menuCheck'] },
  { name: 'Nhật ký', runs: ['menuRefresh', 'menuCheck'] },
  { name: 'LOG', runs: ['menuRefresh'] },
  { name: 'KR theo tuần', runs: ['menuSummary'] },
  { name: 'Tỷ lệ cập nhật', runs: ['menuSummary'] },
];

/** Admins values that cannot be read: the last valid list must apply, never an open door. */
export const UNREADABLE_ADMINS: readonly string[] = [
  'ceo@example.vn, lan@x',
  'Minh (CEO)',
  '=A1',
  'ceo@example.vn; TBD',
  '…; TBD',
  '',
  '   ',
  'ceo@example.vn lan@',
  '<script>@x</script>',
];

/** Ways the Settings tab itself stops saying who the admins are. */
export const BROKEN_SETTINGS: readonly string[] = ['deleted', 'value header renamed', 'key header renamed', 'admins row deleted', 'second admins row'];

/** Every global function of build/Code.js and whether an editor who is not an admin may run it. */
export const NON_ADMIN_MAY_RUN: Readonly<Record<string, boolean>> = {
  onOpen: true,
  onEdit: true,
  menuSetup: false,
  menuSwitchLanguage: false,
  menuRefresh: true,
  menuCheckIn: true,
  sidebarLoad: true,
  sidebarCheckIn: true,
  doGet: true,
  menuRemindersOn: false,
  menuRemindersOff: false,
  menuDiagnostics: false,
  menuPreviewReminders: true,
  dailyTrigger: false,
  dailyContinue: false,
  packRun: false,
  menuBrief: true,
  menuSummary: true,
  menuLooker: true,
  menuCheck: true,
  menuStartCycle: false,
  menuCloseCycle: false,
  menuArchive: false,
  archiveContinue: false,
};

/** Malformed google.script.run calls of sidebarCheckIn: each gets the localized "reload the page". */
export const MALFORMED_CHECKINS: readonly unknown[] = [
  null,
  {},
  'KR3',
  42,
  [null],
  [42],
  [['KR3', '12']],
  [{ krId: { id: 'KR3' }, value: '12' }],
  [{ krId: 'KR3', value: ['12'] }],
  [{ krId: 'KR3', value: '12', progressNote: { text: 'x' } }],
  [{ krId: 'KR3', value: '12', plans: [1, 2] }],
];

/**
 * Text a person keeps in their own cells, which the program must never read back and write again: as a
 * string Sheets would turn it into a number, a date or a formula.
 */
export const FRAGILE_TEXT: readonly string[] = ['\'=HYPERLINK("http://x","x")', "'+84 912 345 678", "'2026-10-05", "'007", "'+/- so với KH", "'-5%", "'@here"];
