import { parseMail } from './mail-drop';
import { maskEmailAddress } from './mail-outbox';

describe('maskEmailAddress', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmailAddress('jan.jansen@example.nl')).toBe('j•••@example.nl');
    expect(maskEmailAddress('a@b.nl')).toBe('a•••@b.nl');
  });

  it('shows nothing of something that is not an address', () => {
    expect(maskEmailAddress('@example.nl')).toBe('•••');
    expect(maskEmailAddress('geen-adres')).toBe('•••');
  });
});

describe('parseMail', () => {
  it('decodes quoted-printable bodies with soft line breaks and encoded-word subjects', () => {
    const raw = [
      'To: jan@example.nl',
      'Subject: =?UTF-8?Q?Je_uitnodiging_=E2=80=93_Werkbrug?=',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Code: ABCD-EFGH-JKLM, v=C3=B3=C3=B3r 1 januari, een lange regel die is afgebroken=',
      ' en doorloopt',
    ].join('\r\n');
    expect(parseMail('x.eml', raw)).toEqual({
      file: 'x.eml',
      to: 'jan@example.nl',
      subject: 'Je uitnodiging – Werkbrug',
      text: 'Code: ABCD-EFGH-JKLM, vóór 1 januari, een lange regel die is afgebroken en doorloopt',
    });
  });

  it('decodes base64 bodies and leaves 7bit ones as they are', () => {
    const body = Buffer.from('één code').toString('base64');
    expect(parseMail('b.eml', `To: a@b.nl\nContent-Transfer-Encoding: base64\n\n${body}\n`).text).toBe(
      'één code',
    );
    expect(parseMail('c.eml', 'To: a@b.nl\nSubject: Hoi\n\nplain text').text).toBe('plain text');
  });
});
