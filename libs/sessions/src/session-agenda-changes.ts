import type { NotificationsService } from '@werkbrug/notifications';
import type { EntityManager } from 'typeorm';
import { bumpAgendas } from './session-participation.store';
import type { MeetAndGreetSessionEntity } from './session.entities';

/** Whose published agenda a change touched: `c:<candidateId>` and `e:<employerId>`. */
export type ChangedParticipants = ReadonlySet<string>;

export function touchedBy(candidateId: string, employerId: string): string[] {
  return [`c:${candidateId}`, `e:${employerId}`];
}

/**
 * Flags every changed agenda in the app and tells its owner (in the app and through the mail outbox): what a
 * re-plan does, and what a coordinator's move of a published meeting does.
 */
export async function markChangedAgendas(
  tx: EntityManager,
  notifications: NotificationsService,
  session: MeetAndGreetSessionEntity,
  changed: ChangedParticipants,
): Promise<void> {
  const ids = (prefix: string) => [...changed].filter((k) => k.startsWith(prefix)).map((k) => k.slice(2));
  await bumpAgendas(tx, session.id, ids('c:'), ids('e:'));
  await notifications.notify(
    tx,
    [
      ...ids('c:').map((candidateId) => ({ candidateId })),
      ...ids('e:').map((employerId) => ({ employerId })),
    ],
    {
      kind: 'SESSION_AGENDA_CHANGED',
      subjectType: 'MEET_AND_GREET_SESSION',
      subjectId: session.id,
      text: {
        en: `Your agenda for "${session.title}" on ${session.sessionDate} has changed; please look at it again.`,
        nl: `Je agenda voor "${session.title}" op ${session.sessionDate} is gewijzigd; bekijk hem opnieuw.`,
      },
    },
  );
}
