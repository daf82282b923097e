import fc from 'fast-check';
import { choiceValues } from '../../src/core/choice-parse';
import { choiceLabel, parseChoice } from '../../src/i18n/choice-labels';
import { foldText } from '../../src/core/text';
import type { ChoiceKind } from '../../src/core/choices';
import { CHOICES } from '../../src/i18n/choices';

const kinds = Object.keys(CHOICES) as ChoiceKind[];

describe('parseChoice', () => {
  test.each<[ChoiceKind, unknown, string]>([
    ['level', 'Company', 'Company'],
    ['level', 'Công ty', 'Company'],
    ['level', 'cong ty', 'Company'],
    ['level', '  PHÒNG   BAN ', 'Department'],
    ['level', 'Dept', 'Department'],
    ['level', 'nhom', 'Team'],
    ['level', 'Cá nhân', 'Individual'],
    ['objectiveType', 'Thách thức', 'Aspirational'],
    ['objectiveType', 'stretch', 'Aspirational'],
    ['objectiveType', 'Moonshot', 'Aspirational'],
    ['objectiveType', 'cam ket', 'Committed'],
    ['objectiveStatus', 'Nháp', 'Draft'],
    ['objectiveStatus', 'đang thực hiện', 'Active'],
    ['objectiveStatus', 'Đã huỷ', 'Dropped'],
    ['krKind', 'Tăng', 'Increase'],
    ['krKind', 'giam', 'Decrease'],
    ['krKind', 'Duy trì', 'Maintain'],
    ['krKind', 'Cột mốc', 'Milestone'],
    ['confidence', 'on TRACK', 'On track'],
    ['confidence', 'Có rủi ro', 'At risk'],
    ['confidence', 'chech huong', 'Off track'],
    ['checkInSource', 'Sidebar', 'sidebar'],
    ['initiativeStatus', 'In progress', 'In progress'],
    ['initiativeStatus', 'đang thực hiện', 'In progress'],
    ['dependencyStatus', 'Từ chối', 'Declined'],
    ['dependencyStatus', 'Đề xuất lại', 'Countered'],
    ['cycleStatus', 'Đã đóng', 'Closed'],
    ['krStatus', 'Lâu chưa cập nhật', 'Stale'],
    ['language', 'Tiếng Việt', 'vi'],
    ['language', 'EN', 'en'],
    ['cadence', '2 tuần', '2 weeks'],
    ['cadence', 'Quý', 'quarter'],
    ['cadence', 'biweekly', '2 weeks'],
  ])('reads %s %p as %p', (kind, input, value) => {
    expect(parseChoice(kind, input)).toEqual({ ok: true, value });
  });

  test('an alias of one column is not a value of another', () => {
    expect(parseChoice('level', 'Thách thức')).toEqual({ ok: false, problem: { code: 'INVALID_CHOICE', input: 'Thách thức' } });
    expect(parseChoice('confidence', 'Stale')).toEqual({ ok: false, problem: { code: 'INVALID_CHOICE', input: 'Stale' } });
  });

  test('blank is MISSING, unknown text and other values are INVALID_CHOICE', () => {
    expect(parseChoice('krKind', ' ')).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
    expect(parseChoice('krKind', null)).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
    expect(parseChoice('krKind', ' Tăng mạnh ')).toEqual({ ok: false, problem: { code: 'INVALID_CHOICE', input: 'Tăng mạnh' } });
    expect(parseChoice('krKind', true)).toEqual({ ok: false, problem: { code: 'INVALID_CHOICE', input: 'true' } });
    expect(parseChoice('krKind', 'constructor')).toEqual({ ok: false, problem: { code: 'INVALID_CHOICE', input: 'constructor' } });
  });

  test('reads every label of every value in both languages back as that value', () => {
    for (const kind of kinds) {
      for (const value of choiceValues(kind)) {
        for (const lang of ['vi', 'en'] as const) {
          expect(parseChoice(kind, choiceLabel(kind, value, lang))).toEqual({ ok: true, value });
          expect(parseChoice(kind, choiceLabel(kind, value, lang).toUpperCase())).toEqual({ ok: true, value });
        }
      }
    }
  });

  test('no two values of a column share a spelling once folded', () => {
    for (const kind of kinds) {
      const owner = new Map<string, string>();
      for (const [value, entry] of Object.entries(CHOICES[kind]) as Array<[string, { en: string; vi: string; aliases: readonly string[] }]>) {
        for (const spelling of new Set([value, entry.en, entry.vi, ...entry.aliases].map(foldText))) {
          expect([kind, spelling, owner.get(spelling) ?? value]).toEqual([kind, spelling, value]);
          owner.set(spelling, value);
        }
      }
    }
  });

  test('never throws on any string', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.string({ unit: 'grapheme' }), (kind, text) => {
        expect(typeof parseChoice(kind, text).ok).toBe('boolean');
      }),
    );
  });
});

describe('choiceLabel and choiceValues', () => {
  test('give the label in the workbook language', () => {
    expect(choiceLabel('objectiveType', 'Aspirational', 'vi')).toBe('Thách thức');
    expect(choiceLabel('objectiveType', 'Aspirational', 'en')).toBe('Aspirational');
    expect(choiceLabel('level', 'Department', 'vi')).toBe('Phòng ban');
    expect(choiceLabel('krStatus', 'Not started', 'vi')).toBe('Chưa bắt đầu');
  });

  test('list the canonical values of DESIGN.md §1 in order', () => {
    expect(choiceValues('level')).toEqual(['Company', 'Department', 'Team', 'Individual']);
    expect(choiceValues('krKind')).toEqual(['Increase', 'Decrease', 'Maintain', 'Milestone']);
    expect(choiceValues('confidence')).toEqual(['On track', 'At risk', 'Off track']);
    expect(choiceValues('dependencyStatus')).toEqual(['Requested', 'Accepted', 'Countered', 'Declined']);
    expect(choiceValues('cadence')).toEqual(['quarter', '2 weeks', 'month', 'custom']);
    expect(choiceValues('krStatus')).toEqual(['On track', 'At risk', 'Off track', 'Stale', 'Not started', 'Done']);
  });

  test('labels are distinct within a column in each language, so a dropdown never shows one twice', () => {
    for (const kind of kinds) {
      for (const lang of ['vi', 'en'] as const) {
        const labels = choiceValues(kind).map((v) => foldText(choiceLabel(kind, v, lang)));
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });
});
