import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTransport } from 'nodemailer';

export interface MailToSend {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Where mail goes: an SMTP server, or (development and tests) a directory of .eml files, one per mail. */
export interface MailTransport {
  send(mail: MailToSend): Promise<void>;
  close(): void;
}

/**
 * `smtp://user:pass@host:587` or `smtps://…` sends through that server (nodemailer); `file:///path/to/dir` (or a
 * relative `file:var/mail`) writes each mail as an RFC 822 file that any mail client opens.
 */
export function createMailTransport(mailUrl: string): MailTransport {
  if (mailUrl.startsWith('file:')) return new DirectoryTransport(mailDirectory(mailUrl));
  const smtp = createTransport(mailUrl);
  return {
    async send(mail) {
      await smtp.sendMail({ ...mail, messageId: `<${mail.id}@werkbrug>` });
    },
    close: () => smtp.close(),
  };
}

export function mailDirectory(mailUrl: string): string {
  return mailUrl.startsWith('file://') ? fileURLToPath(mailUrl) : resolve(mailUrl.slice('file:'.length));
}

class DirectoryTransport implements MailTransport {
  private readonly render = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly directory: string) {}

  async send(mail: MailToSend): Promise<void> {
    const info = await this.render.sendMail({ ...mail, messageId: `<${mail.id}@werkbrug>` });
    await mkdir(this.directory, { recursive: true });
    // Sortable by time, unique by id: a mail client (or a test) reads the newest for an address.
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`;
    await writeFile(join(this.directory, name), info.message as Buffer, { mode: 0o600 });
  }

  close(): void {
    this.render.close();
  }
}
