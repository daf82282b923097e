// The demo's audit of its outbox: which KRs a reminder asks about, whether a KR was finished when the mail
// went out, and the count of mails for a finished KR, on mails the real bundle rendered in both languages.
import type { SentMessage } from '../../src/local/emulator';
import { askedKrIds, finishedAt, mailsForFinishedKrs, type TypedKr } from '../../src/local/cli/demo-mail-audit';
import { ADMIN, PRODUCT_LEAD, SALES_REP, smallCompany } from '../support/bundle';

const IDS = ['KR1', 'KR2', 'KR3', 'KR4'];

/** Monday 12/10 09:00: the check-in day's digests of the small company. */
const mondayMail: readonly SentMessage[] = (() => {
  const rt = smallCompany();
  rt.run('menuRemindersOn');
  rt.advanceTo(new Date('2026-10-12T03:00:00Z'));
  return rt.mail.outbox.filter((m) => m.sentAt.toISOString().startsWith('2026-10-12'));
})();
const mailTo = (email: string): SentMessage => mondayMail.find((m) => m.to[0] === email)!;

const kr3 = (checkIns: TypedKr['checkIns'], extra: Partial<TypedKr> = {}): TypedKr => ({
  krId: 'KR3',
  kind: 'Increase',
  start: 0,
  target: 40,
  objectiveClosed: false,
  checkIns,
  ...extra,
});

describe('askedKrIds', () => {
  test('names the KRs of the due sections, in a Vietnamese and an English mail', () => {
    expect(askedKrIds(mailTo(SALES_REP).body, IDS).sort()).toEqual(['KR2', 'KR3']);
    expect(askedKrIds(mailTo(PRODUCT_LEAD).body, IDS)).toEqual(['KR4']);
  });

  test('KR1 is not read into KR10, and the wins and requests sections ask for nothing', () => {
    const body = [
      'Chào Minh,',
      '',
      'Kết quả then chốt của bạn cần cập nhật',
      'Intro',
      '- KR10 · Mười',
      '',
      'Thành tích',
      '- KR1 · Một',
      '',
      'Requests waiting for your answer',
      '- KR2 · Hai',
      '',
      'Still to check in',
      '- KR4 · Bốn',
    ].join('\n');
    expect(askedKrIds(body, [...IDS, 'KR10'])).toEqual(['KR10', 'KR4']);
  });
});

describe('finishedAt', () => {
  const sent = new Date('2026-10-12T02:00:00Z');
  test('a KR is finished once a check-in typed before the mail reaches its target', () => {
    expect(finishedAt(kr3([{ at: new Date('2026-10-05T03:00:00Z'), value: 40 }]), sent)).toBe(true);
    expect(finishedAt(kr3([{ at: new Date('2026-10-05T03:00:00Z'), value: 39 }]), sent)).toBe(false);
    // Typed after the mail: not yet finished when it went out.
    expect(finishedAt(kr3([{ at: new Date('2026-10-12T02:30:00Z'), value: 40 }]), sent)).toBe(false);
    // The last readable value counts: an unreadable one after it changes nothing, a lower one reopens it.
    expect(
      finishedAt(
        kr3([
          { at: new Date('2026-10-05T03:00:00Z'), value: 40 },
          { at: new Date('2026-10-06T03:00:00Z'), value: null },
        ]),
        sent,
      ),
    ).toBe(true);
    expect(
      finishedAt(
        kr3([
          { at: new Date('2026-10-05T03:00:00Z'), value: 40 },
          { at: new Date('2026-10-06T03:00:00Z'), value: 30 },
        ]),
        sent,
      ),
    ).toBe(false);
  });

  test('a Decrease KR at its target is finished; a Maintain KR never is; a closed objective always is', () => {
    expect(finishedAt(kr3([{ at: new Date('2026-10-05T03:00:00Z'), value: 2 }], { kind: 'Decrease', start: 8, target: 2 }), sent)).toBe(true);
    expect(finishedAt(kr3([{ at: new Date('2026-10-05T03:00:00Z'), value: 4.6 }], { kind: 'Maintain', start: 4.6, target: 4.5 }), sent)).toBe(false);
    expect(finishedAt(kr3([], { objectiveClosed: true }), sent)).toBe(true);
  });
});

describe('mailsForFinishedKrs', () => {
  test('counts a real reminder that asks for a KR already at its target, and only that one', () => {
    const quang = mailTo(SALES_REP);
    const before = new Date(quang.sentAt.getTime() - 3600_000);
    expect(mailsForFinishedKrs(mondayMail, [kr3([{ at: before, value: 40 }])])).toBe(1);
    expect(mailsForFinishedKrs(mondayMail, [kr3([{ at: before, value: 20 }])])).toBe(0);
    // KR1 is the CEO's alone: finished, it makes his mail count too.
    const kr1: TypedKr = { krId: 'KR1', kind: 'Increase', start: 0.78, target: 0.9, objectiveClosed: false, checkIns: [{ at: before, value: 0.9 }] };
    expect(mailTo(ADMIN).body).toContain('KR1');
    expect(mailsForFinishedKrs(mondayMail, [kr1, kr3([{ at: before, value: 40 }])])).toBe(2);
  });
});
