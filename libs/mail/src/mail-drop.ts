import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Reading the development mail directory (MAIL_URL=file:…), as a person reads their inbox: the demo takes the
 * job seeker's invitation code from here, and tests check what was mailed to whom. Understands what the
 * directory transport writes: one text part, 7bit, quoted-printable or base64.
 */
export interface DroppedMail {
  readonly file: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export async function mailsTo(directory: string, address: string): Promise<DroppedMail[]> {
  let files: string[];
  try {
    files = (await readdir(directory)).filter((f) => f.endsWith('.eml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const mails = await Promise.all(
    files.map(async (f) => parseMail(f, await readFile(join(directory, f), 'utf8'))),
  );
  return mails.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
}

export function parseMail(file: string, raw: string): DroppedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  return {
    file,
    to: header('To'),
    subject: decodeWords(header('Subject')),
    text: decodeBody(body, encoding),
  };
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) in headers. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
    );
}
