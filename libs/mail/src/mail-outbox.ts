import type { EntityManager } from 'typeorm';
import { MailMessageEntity } from './mail-message.entity';

export interface OutgoingMail {
  readonly to: string;
  readonly purpose: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * Queues a mail in the caller's transaction: it is sent only if the change it belongs to commits, and a change
 * never commits without its mail. The worker's MailDelivery sends it.
 */
export async function queueMail(tx: EntityManager, mail: OutgoingMail): Promise<string> {
  const result = await tx.insert(MailMessageEntity, {
    toAddress: mail.to,
    purpose: mail.purpose,
    subject: mail.subject,
    bodyText: mail.text,
  });
  return result.identifiers[0].id as string;
}

/** `jan.jansen@example.nl` → `j•••@example.nl`: enough for the sender to recognise the address, not to learn it. */
export function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${address[0]}•••${address.slice(at)}`;
}
