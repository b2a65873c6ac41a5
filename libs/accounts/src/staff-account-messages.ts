import type { LocalisedMessage } from '@werkbrug/core';
import { type NamedPerson, personLabel, roleLabel } from './account-description';
import { AccountEventKind } from './staff-account.enums';

export interface AccountNamed extends NamedPerson {
  email: string;
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
        nl: `${by.nl} heeft een account als ${role.nl} aangemaakt voor ${who.nl}.`,
        en: `${by.en} created a ${role.en} account for ${who.en}.`,
      };
    case AccountEventKind.APPROVED:
      return {
        nl: `Het account als ${role.nl} van ${who.nl}, aangevraagd door ${asked?.nl ?? 'onbekend'}, is goedgekeurd door ${by.nl} en kan nu worden gebruikt.`,
        en: `The ${role.en} account of ${who.en}, requested by ${asked?.en ?? 'unknown'}, was approved by ${by.en} and can now be used.`,
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
  }
}
