// Issue 14: the People column "Wins digest" / "Nhận tin thành tích", read through the bundle: a person whose
// cell says No gets no wins section, everyone else (blank, Yes, or an unreadable value) still does.
import type { LocalRuntime, SentMessage } from '../../src/local/emulator';
import { typeCell, typeRows } from '../../src/local/cli';
import { ADMIN, PRODUCT_LEAD, SALES_LEAD, SALES_REP, smallCompany, tabValues } from '../support/bundle';

const WINS = /^(Thành tích|Wins)$/m;
const PEOPLE = { vi: 'Nhân sự', en: 'People' } as const;
const HEADER = { vi: 'Nhận tin thành tích', en: 'Wins digest' } as const;

/**
 * KR3 (Quang's, 0 → 40) reaches its target on Wednesday 7/10; Monday 12/10's mail tells the week's wins.
 * `digest` is what each person's Wins digest cell says.
 */
function mondayAfterAWin(lang: 'vi' | 'en', digest: Readonly<Record<string, string>>): { rt: LocalRuntime; monday: SentMessage[] } {
  const rt = smallCompany({ lang });
  for (const email of Object.keys(digest)) typeCell(rt, 'people', 'email', email, 'winsDigest', digest[email], ADMIN);
  rt.run('menuRemindersOn');
  rt.env.setNow(new Date('2026-10-07T03:00:00Z'));
  typeRows(rt, 'checkIns', [{ krId: 'KR3', value: '40' }], SALES_REP);
  rt.advanceTo(new Date('2026-10-12T03:00:00Z'));
  expect(rt.triggerFailures).toEqual([]);
  return { rt, monday: rt.mail.outbox.filter((m) => m.sentAt.toISOString().startsWith('2026-10-12')) };
}

const withWins = (mail: readonly SentMessage[]): string[] =>
  mail
    .filter((m) => WINS.test(m.body))
    .map((m) => m.to[0]!)
    .sort();

describe.each([
  ['vi', 'Không', 'Có'],
  ['en', 'No', 'Yes'],
] as const)('a %s workbook', (lang, no, yes) => {
  test('Set up gives People the column, with a Yes/No dropdown in the workbook language', () => {
    const rt = smallCompany({ lang });
    const sheet = rt.book.getSheets().find((s) => s.getName() === PEOPLE[lang])!;
    const header = tabValues(rt, [PEOPLE[lang]])[0]!;
    const col = header.indexOf(HEADER[lang]);
    expect(col).toBeGreaterThan(0);
    const rule = rt.env.quiet(() => sheet.getRange(2, col + 1).getDataValidation());
    expect(rule?.getCriteriaValues()[0]).toEqual([yes, no]);
  });

  test(`a person whose cell says "${no}" gets no wins section; blank and "${yes}" still do`, () => {
    const { monday } = mondayAfterAWin(lang, { [SALES_LEAD]: no, [PRODUCT_LEAD]: yes });
    expect(withWins(monday)).toEqual([ADMIN, PRODUCT_LEAD, SALES_REP].sort());
    // Lan still gets what she must hear about: only the wins are left out.
    expect(monday.some((m) => m.to[0] === SALES_LEAD && !WINS.test(m.body))).toBe(true);
  });

  test('everyone gets the wins when no one opted out, an opt-out is any spelling of No', () => {
    expect(withWins(mondayAfterAWin(lang, {}).monday)).toEqual([ADMIN, PRODUCT_LEAD, SALES_LEAD, SALES_REP].sort());
    expect(withWins(mondayAfterAWin(lang, { [ADMIN]: no.toUpperCase(), [SALES_REP]: 'no' }).monday)).toEqual([PRODUCT_LEAD, SALES_LEAD].sort());
  });

  test('an unreadable value is an INVALID_VALUE finding and counts as yes', () => {
    const { rt, monday } = mondayAfterAWin(lang, { [SALES_REP]: 'maybe' });
    expect(withWins(monday)).toContain(SALES_REP);
    rt.run('menuCheck');
    const findings = tabValues(rt, ['Phát hiện', 'Findings']).slice(1);
    expect(findings.filter((r) => r[1] === 'INVALID_VALUE' && String(r[5]).includes('maybe')).map((r) => r[4])).toEqual([SALES_REP]);
  });
});

test('Set up appends the column to a People tab made before it existed, keeping the rows', () => {
  const rt = smallCompany({
    beforeSetup: (r) =>
      r.env.quiet(() => {
        const sheet = r.book.insertSheet('Nhân sự');
        sheet.getRange(1, 1, 2, 5).setValues([
          ['Email', 'Họ tên', 'Mã nhóm', 'Email quản lý', 'Ngôn ngữ'],
          ['x@example.vn', 'X', 'BGD', '', 'vi'],
        ]);
      }),
  });
  const values = tabValues(rt, ['Nhân sự']);
  expect(values[0]!.slice(0, 6)).toEqual(['Email', 'Họ tên', 'Mã nhóm', 'Email quản lý', 'Ngôn ngữ', 'Nhận tin thành tích']);
  expect(values[1]!.slice(0, 2)).toEqual(['x@example.vn', 'X']);
});
