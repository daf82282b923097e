import fc from 'fast-check';
import { parseEmail, parseEmailList } from '../../src/core/email-parse';

describe('parseEmail', () => {
  test.each<[string, string]>([
    ['an@example.vn', 'an@example.vn'],
    ['  An.Nguyen@Example.COM.VN ', 'an.nguyen@example.com.vn'],
    ['mailto:lan@congty.vn', 'lan@congty.vn'],
    ['MAILTO:lan@congty.vn?subject=OKR', 'lan@congty.vn'],
    ['Nguyễn Văn An <an@congty.vn>', 'an@congty.vn'],
    ['"Lê, Bình" <binh@congty.vn>', 'binh@congty.vn'],
    ['<binh@congty.vn>', 'binh@congty.vn'],
    ['first.last+okr@sub.domain.io', 'first.last+okr@sub.domain.io'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['x@xn--bcher-kva.example', 'x@xn--bcher-kva.example'],
    ['a@b-c.de', 'a@b-c.de'],
  ])('reads %p as %p', (text, address) => {
    expect(parseEmail(text)).toEqual({ ok: true, value: address });
  });

  test.each<[string]>([
    ['an'],
    ['an@'],
    ['@example.vn'],
    ['an@example'],
    ['an@@example.vn'],
    ['an example@x.vn'],
    ['an@ex ample.vn'],
    ['.an@x.vn'],
    ['an.@x.vn'],
    ['a..n@x.vn'],
    ['an@-x.vn'],
    ['an@x-.vn'],
    ['an@x..vn'],
    ['an@x.v'],
    ['an@x.123'],
    ['an@x.vn, binh@x.vn'],
    ['an@x.vn binh@x.vn'],
    ['Nguyễn <an@x.vn'],
    ['an@[127.0.0.1]'],
    ['"a b"@x.vn'],
    ['an@ví-dụ.vn'],
    ['nguyễn@x.vn'],
    ['#N/A'],
    [`${'a'.repeat(65)}@x.vn`],
    [`a@${'b'.repeat(250)}.vn`],
  ])('%p is INVALID_EMAIL', (text) => {
    expect(parseEmail(text)).toEqual({ ok: false, problem: { code: 'INVALID_EMAIL', input: text } });
  });

  test('blank is MISSING and a non-text value is INVALID_EMAIL', () => {
    expect(parseEmail('  ')).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
    expect(parseEmail(undefined)).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
    expect(parseEmail(42)).toEqual({ ok: false, problem: { code: 'INVALID_EMAIL', input: '42' } });
  });

  test('an address read once reads the same again', () => {
    const local = fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z0-9_+-]{1,5})?$/);
    const domain = fc.stringMatching(/^[a-z0-9]{1,10}\.(vn|com|io|com\.vn)$/);
    fc.assert(
      fc.property(local, domain, (l, d) => {
        const first = parseEmail(` ${l.toUpperCase()}@${d} `);
        expect(first).toEqual({ ok: true, value: `${l}@${d}` });
        expect(first.ok && parseEmail(first.value)).toEqual(first);
      }),
    );
  });

  test('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => expect(typeof parseEmail(text).ok).toBe('boolean')));
  });
});

describe('parseEmailList', () => {
  test.each<[string, string[]]>([
    ['an@x.vn', ['an@x.vn']],
    ['an@x.vn, binh@x.vn', ['an@x.vn', 'binh@x.vn']],
    ['an@x.vn;binh@x.vn ; chi@x.vn', ['an@x.vn', 'binh@x.vn', 'chi@x.vn']],
    ['an@x.vn binh@x.vn\nchi@x.vn', ['an@x.vn', 'binh@x.vn', 'chi@x.vn']],
    ['an@x.vn,, ;binh@x.vn,', ['an@x.vn', 'binh@x.vn']],
    ['AN@x.vn, an@X.vn, binh@x.vn', ['an@x.vn', 'binh@x.vn']],
    ['Nguyễn Văn An <an@x.vn>, Bình <binh@x.vn>', ['an@x.vn', 'binh@x.vn']],
    ['"Lê, Chi" <chi@x.vn>; mailto:dung@x.vn', ['chi@x.vn', 'dung@x.vn']],
  ])('reads %p', (text, addresses) => {
    expect(parseEmailList(text)).toEqual({ ok: true, value: addresses });
  });

  test('names the first item that is not an address and reads no part of the list', () => {
    expect(parseEmailList('an@x.vn, binh, chi@x.vn')).toEqual({ ok: false, problem: { code: 'INVALID_EMAIL', input: 'binh' } });
    expect(parseEmailList('An an@x.vn')).toEqual({ ok: false, problem: { code: 'INVALID_EMAIL', input: 'An' } });
    expect(parseEmailList('an@x.vn; chưa có')).toEqual({ ok: false, problem: { code: 'INVALID_EMAIL', input: 'chưa' } });
  });

  test('blank or only separators is MISSING', () => {
    expect(parseEmailList('')).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
    expect(parseEmailList(' ,; ')).toEqual({ ok: false, problem: { code: 'MISSING', input: ',;' } });
    expect(parseEmailList(null)).toEqual({ ok: false, problem: { code: 'MISSING', input: '' } });
  });

  test('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => expect(typeof parseEmailList(text).ok).toBe('boolean')));
  });
});
