import { type LocalisedMessage, Role } from '@werkbrug/core';
import { AccountOrigin } from './staff-account.enums';

/** Someone named in a message about an account: who asked, who approved, who acted. */
export interface NamedPerson {
  displayName: string;
  role: Role;
}

/** An account as a candidate sees it next to a read of their identity: who it is and how it came to exist. */
export interface AccountOriginFacts extends NamedPerson {
  id: string;
  email: string;
  employerName: string | null;
  origin: AccountOrigin;
  createdAt: Date;
  createdBy: NamedPerson | null;
  approvedBy: NamedPerson | null;
  approvedAt: Date | null;
}

const ROLE_LABELS: Record<Role, LocalisedMessage> = {
  [Role.HR_LEAD]: { nl: 'HR-adviseur', en: 'HR lead' },
  [Role.MOBILITY_TEAM]: { nl: 'mobiliteitsteam', en: 'mobility team' },
  [Role.JOB_SEEKER]: { nl: 'werkzoekende', en: 'job seeker' },
  [Role.ADMINISTRATOR]: { nl: 'beheerder', en: 'administrator' },
  [Role.COUNSELLOR]: { nl: 're-integratieadviseur', en: 're-integration adviser' },
};

export function roleLabel(role: Role): LocalisedMessage {
  return ROLE_LABELS[role];
}

/** "Jan de Boer (mobiliteitsteam)" */
export function personLabel(person: NamedPerson): LocalisedMessage {
  const role = roleLabel(person.role);
  return { nl: `${person.displayName} (${role.nl})`, en: `${person.displayName} (${role.en})` };
}

const DATE_NL = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const DATE_EN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** How the account came to exist, e.g. "aangevraagd door X op 3 december 2026, goedgekeurd door Y op …". */
export function originLabel(a: AccountOriginFacts): LocalisedMessage {
  const on = (d: Date) => ({ nl: DATE_NL.format(d), en: DATE_EN.format(d) });
  const created = on(a.createdAt);
  const by = a.createdBy ? personLabel(a.createdBy) : null;
  const approver = a.approvedBy ? personLabel(a.approvedBy) : null;
  const approved = a.approvedAt ? on(a.approvedAt) : created;
  switch (a.origin) {
    case AccountOrigin.SEEDED:
      return {
        nl: `rechtstreeks ingevoerd in de database op ${created.nl}, buiten Werkbrug om, zonder aanvraag en goedkeuring`,
        en: `entered directly into the database on ${created.en}, outside Werkbrug, without a request and approval`,
      };
    case AccountOrigin.UNVERIFIED_LEGACY:
      return {
        nl: `aangemaakt op ${created.nl}, voordat goedkeuring door twee personen bestond: niet na te gaan wie het aanvroeg of goedkeurde`,
        en: `created on ${created.en}, before two-person approval existed: who asked for it or approved it cannot be verified`,
      };
    case AccountOrigin.REQUESTED:
      return {
        nl: `aangevraagd door ${by?.nl ?? 'onbekend'} op ${created.nl}, nog niet goedgekeurd`,
        en: `requested by ${by?.en ?? 'unknown'} on ${created.en}, not approved`,
      };
    case AccountOrigin.CREATED_BY_EMPLOYER_ADMIN:
      return {
        nl: `aangemaakt door ${by?.nl ?? 'onbekend'}, beheerder van de eigen werkgever, op ${created.nl}`,
        en: `created by ${by?.en ?? 'unknown'}, administrator of the own employer, on ${created.en}`,
      };
    case AccountOrigin.APPROVED_BY_EMPLOYER_ADMIN:
      return {
        nl: `aangevraagd door ${by?.nl ?? 'onbekend'} op ${created.nl}, goedgekeurd door ${a.approvedBy?.displayName ?? 'onbekend'}, beheerder van de HR-accounts van de werkgever, op ${approved.nl}`,
        en: `requested by ${by?.en ?? 'unknown'} on ${created.en}, approved by ${a.approvedBy?.displayName ?? 'unknown'}, the employer's HR account administrator, on ${approved.en}`,
      };
    case AccountOrigin.APPROVED_BY_SECOND_PERSON:
      return {
        nl: `aangevraagd door ${by?.nl ?? 'onbekend'} op ${created.nl}, goedgekeurd door ${approver?.nl ?? 'onbekend'} als tweede persoon op ${approved.nl}`,
        en: `requested by ${by?.en ?? 'unknown'} on ${created.en}, approved by ${approver?.en ?? 'unknown'} as the second person on ${approved.en}`,
      };
    case AccountOrigin.INVITATION_CLAIMED:
      return {
        nl: `eigen account, geactiveerd met een uitnodigingscode op ${created.nl}`,
        en: `own account, claimed with an invitation code on ${created.en}`,
      };
  }
}

/** "HR-adviseur Jan de Boer (jan@…) van Zorggroep X; aangevraagd door … goedgekeurd door …" */
export function accountLabel(a: AccountOriginFacts): LocalisedMessage {
  const role = roleLabel(a.role);
  const origin = originLabel(a);
  const at = a.employerName
    ? { nl: ` van ${a.employerName}`, en: ` of ${a.employerName}` }
    : { nl: '', en: '' };
  return {
    nl: `${cap(role.nl)} ${a.displayName} (${a.email})${at.nl}; account ${origin.nl}`,
    en: `${cap(role.en)} ${a.displayName} (${a.email})${at.en}; account ${origin.en}`,
  };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
