import { type LocalisedMessage, Role } from '@werkbrug/core';
import type { NotificationsService, Recipient } from '@werkbrug/notifications';
import type { EntityManager } from 'typeorm';
import { type NamedPerson, personLabel, roleLabel } from './account-description';
import { AccountEventKind } from './staff-account.enums';

export interface AccountNamed extends NamedPerson {
  email: string;
}

export interface AnnouncedAccount extends AccountNamed {
  id: string;
  employerId: string | null;
}

/**
 * The announcement of a change to a staff account, for the people whose circle it joins (an employer's HR leads,
 * a region's mobility team): whose account, who asked for it, who decided.
 */
export function staffAccountMessage(
  kind: AccountEventKind,
  account: AccountNamed,
  actor: NamedPerson,
  requester: NamedPerson | null,
  reason: string | null,
): LocalisedMessage {
  const role = roleLabel(account.role);
  const who = {
    nl: `${account.displayName} (${account.email})`,
    en: `${account.displayName} (${account.email})`,
  };
  const by = personLabel(actor);
  const asked = requester ? personLabel(requester) : null;
  const why = reason ? { nl: ` Reden: ${reason}`, en: ` Reason: ${reason}` } : { nl: '', en: '' };
  switch (kind) {
    case AccountEventKind.REQUESTED:
      return {
        nl: `${by.nl} heeft een account als ${role.nl} aangevraagd voor ${who.nl}. Het werkt pas na goedkeuring; klopt dit niet, wijs het dan af.`,
        en: `${by.en} requested a ${role.en} account for ${who.en}. It only works once approved; if this is not right, reject it.`,
      };
    case AccountEventKind.CREATED:
      return {
        nl: `${by.nl} heeft een account als ${role.nl} aangemaakt voor ${who.nl}. Het werkt zodra de eigenaar het met de eenmalige activeringscode heeft geactiveerd.`,
        en: `${by.en} created a ${role.en} account for ${who.en}. It works once its holder has activated it with the one-time activation code.`,
      };
    case AccountEventKind.APPROVED:
      return {
        nl: `Het account als ${role.nl} van ${who.nl}, aangevraagd door ${asked?.nl ?? 'onbekend'}, is goedgekeurd door ${by.nl}. Het werkt zodra de eigenaar het met de eenmalige activeringscode van de goedkeurder heeft geactiveerd.`,
        en: `The ${role.en} account of ${who.en}, requested by ${asked?.en ?? 'unknown'}, was approved by ${by.en}. It works once its holder has activated it with the one-time activation code from the approver.`,
      };
    case AccountEventKind.REJECTED:
      return {
        nl: `De aanvraag van ${asked?.nl ?? 'onbekend'} voor een account als ${role.nl} voor ${who.nl} is afgewezen door ${by.nl}.${why.nl}`,
        en: `The request by ${asked?.en ?? 'unknown'} for a ${role.en} account for ${who.en} was rejected by ${by.en}.${why.en}`,
      };
    case AccountEventKind.EMPLOYER_ADMIN_GRANTED:
      return {
        nl: `${by.nl} heeft ${who.nl} beheerder van de HR-accounts van jullie organisatie gemaakt.`,
        en: `${by.en} made ${who.en} an administrator of your organisation's HR accounts.`,
      };
    case AccountEventKind.EMPLOYER_ADMIN_REVOKED:
      return {
        nl: `${by.nl} heeft ${who.nl} het beheer van de HR-accounts van jullie organisatie ontnomen.`,
        en: `${by.en} removed ${who.en} as an administrator of your organisation's HR accounts.`,
      };
    case AccountEventKind.ACTIVATION_ISSUED:
      return {
        nl: `${by.nl} heeft een eenmalige activeringscode gemaakt voor het account als ${role.nl} van ${who.nl}, om aan de eigenaar te geven; alleen de nieuwste code werkt.`,
        en: `${by.en} made a one-time activation code for the ${role.en} account of ${who.en}, to hand to its holder; only the newest code works.`,
      };
    case AccountEventKind.ACTIVATED:
      return {
        nl: `${who.nl} heeft het account als ${role.nl} geactiveerd met een zelfgekozen wachtwoord.`,
        en: `${who.en} activated the ${role.en} account with a password of their own.`,
      };
  }
}

/**
 * Tells the circle an account joins: an employer's HR leads, a region's mobility team. Administrator accounts
 * have no such circle; administrators read every account event in `staffAccountEvents`.
 */
export async function announceStaffAccount(
  notifications: NotificationsService,
  tx: EntityManager,
  change: {
    kind: AccountEventKind;
    account: AnnouncedAccount;
    regionCode: string | null;
    actor: NamedPerson;
    requester: NamedPerson | null;
    reason: string | null;
  },
): Promise<void> {
  const { kind, account, regionCode } = change;
  const recipients: Recipient[] = [];
  if (account.role === Role.HR_LEAD && account.employerId)
    recipients.push({ employerId: account.employerId });
  // The region's team decides on its own accounts and on the external counsellors who work in its region.
  if ((account.role === Role.MOBILITY_TEAM || account.role === Role.COUNSELLOR) && regionCode)
    recipients.push({ regionCode });
  if (recipients.length === 0) return;
  await notifications.notify(tx, recipients, {
    kind: `STAFF_ACCOUNT_${kind}`,
    subjectType: 'UserAccount',
    subjectId: account.id,
    text: staffAccountMessage(kind, account, change.actor, change.requester, change.reason),
  });
}
