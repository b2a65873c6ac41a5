import { ConflictError, InvalidInputError, type LocalisedMessage, NotFoundError } from '@werkbrug/core';

export class SessionNotFoundError extends NotFoundError {
  constructor() {
    super('Meet-and-greet session', 'Matchingsbijeenkomst');
  }
}

export class ParticipantNotFoundError extends NotFoundError {
  constructor() {
    super('Session participant', 'Deelnemer');
  }
}

export class MeetingNotFoundError extends NotFoundError {
  constructor() {
    super('Meeting', 'Gesprek');
  }
}

export class SessionClosedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'This session is closed; its plan can no longer change.',
        nl: 'Deze bijeenkomst is afgesloten; de planning kan niet meer veranderen.',
      },
      { reason: 'SESSION_CLOSED' },
    );
  }
}

export class RegistrationClosedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'The registration deadline has passed; ask the mobility team to register you late.',
        nl: 'De aanmeldtermijn is verstreken; vraag het mobiliteitsteam je alsnog aan te melden.',
      },
      { reason: 'SESSION_REGISTRATION_CLOSED' },
    );
  }
}

export class SessionSetupLockedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'Unpublish the plan before changing the set-up.',
        nl: 'Trek de publicatie van de planning in voordat je de opzet wijzigt.',
      },
      { reason: 'SESSION_SETUP_LOCKED' },
    );
  }
}

export class NoCurrentPlanError extends ConflictError {
  constructor() {
    super(
      {
        en: 'There is no current plan to publish: plan the session (again) first.',
        nl: 'Er is geen actuele planning om te publiceren: plan de bijeenkomst eerst (opnieuw).',
      },
      { reason: 'SESSION_NO_CURRENT_PLAN' },
    );
  }
}

export class PlanNotPublishedError extends ConflictError {
  constructor() {
    super(
      { en: 'The plan is not published.', nl: 'De planning is niet gepubliceerd.' },
      { reason: 'SESSION_PLAN_NOT_PUBLISHED' },
    );
  }
}

export class SessionBeingPlannedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'The session is being planned; move the meeting once the new plan is ready.',
        nl: 'De bijeenkomst wordt nu gepland; verplaats het gesprek zodra de nieuwe planning klaar is.',
      },
      { reason: 'SESSION_BEING_PLANNED' },
    );
  }
}

export class MeetingNotStartedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'An outcome can be recorded once the meeting has started.',
        nl: 'Een uitkomst kan worden vastgelegd zodra het gesprek is begonnen.',
      },
      { reason: 'MEETING_NOT_STARTED' },
    );
  }
}

/** Both for a late arrival (`arrivesForSlot`) and for moving a meeting (`slot`). */
export class RoundAlreadyBegunError extends ConflictError {
  constructor(field: 'arrivesForSlot' | 'slot') {
    super(
      {
        en: 'That round has already begun; choose a later one.',
        nl: 'Die ronde is al begonnen; kies een latere.',
      },
      { field, reason: 'ROUND_ALREADY_BEGUN' },
    );
  }
}

export class LateArrivalBeforePublishError extends ConflictError {
  constructor() {
    super(
      {
        en: 'A late arrival can be registered once the plan is published.',
        nl: 'Later binnenkomen kun je registreren zodra de planning is gepubliceerd.',
      },
      { reason: 'LATE_ARRIVAL_PLAN_NOT_PUBLISHED' },
    );
  }
}

export class LateArrivalRoundInvalidError extends InvalidInputError {
  constructor(slotCount: number) {
    super(
      slotCount < 2
        ? {
            en: 'The session has one round only; register a no-show instead.',
            nl: 'De bijeenkomst heeft maar één ronde; registreer in plaats daarvan niet verschenen.',
          }
        : {
            en: `Choose a round from 2 to ${slotCount}: arriving for the first round is not late.`,
            nl: `Kies een ronde van 2 tot en met ${slotCount}: wie er bij de eerste ronde is, komt niet later.`,
          },
      { field: 'arrivesForSlot', reason: 'LATE_ARRIVAL_ROUND_INVALID' },
    );
  }
}

export class LateArrivalNotComingError extends ConflictError {
  constructor() {
    super(
      {
        en: 'Only a participant who is coming can arrive late.',
        nl: 'Alleen een deelnemer die komt, kan later binnenkomen.',
      },
      { reason: 'LATE_ARRIVAL_NOT_ACCEPTED' },
    );
  }
}

export class LateArrivalNoRoundLeftError extends ConflictError {
  constructor() {
    super(
      {
        en: 'They cannot come in any round from then on; register a no-show instead.',
        nl: 'Vanaf die ronde kunnen ze in geen enkele ronde; registreer in plaats daarvan niet verschenen.',
      },
      { field: 'arrivesForSlot', reason: 'LATE_ARRIVAL_NO_ROUND_LEFT' },
    );
  }
}

export class MoveSlotOutOfRangeError extends InvalidInputError {
  constructor(slotCount: number) {
    super(
      { en: `Choose a round from 1 to ${slotCount}.`, nl: `Kies een ronde van 1 tot en met ${slotCount}.` },
      { field: 'slot', reason: 'MOVE_SLOT_OUT_OF_RANGE' },
    );
  }
}

export class MoveTableOutOfRangeError extends InvalidInputError {
  constructor(tableCount: number) {
    super(
      { en: `Choose a table from 1 to ${tableCount}.`, nl: `Kies een tafel van 1 tot en met ${tableCount}.` },
      { field: 'table', reason: 'MOVE_TABLE_OUT_OF_RANGE' },
    );
  }
}

/** Why a meeting cannot move to the seat asked for; the reason is `MOVE_<problem>`. */
export type MeetingMoveProblem =
  | 'ALREADY_THERE'
  | 'MEETING_BEGUN'
  | 'TABLE_TAKEN'
  | 'CANDIDATE_BUSY'
  | 'CANDIDATE_UNAVAILABLE'
  | 'EMPLOYER_UNAVAILABLE'
  | 'NO_REPRESENTATIVE_FREE';

const MOVE_PROBLEMS: { readonly [P in MeetingMoveProblem]: LocalisedMessage & { field: 'slot' | 'table' } } =
  {
    ALREADY_THERE: {
      en: 'The meeting is already in that round at that table.',
      nl: 'Het gesprek staat al in die ronde aan die tafel.',
      field: 'slot',
    },
    MEETING_BEGUN: {
      en: 'This meeting has begun; it can no longer be moved.',
      nl: 'Dit gesprek is al begonnen; het kan niet meer worden verplaatst.',
      field: 'slot',
    },
    TABLE_TAKEN: {
      en: 'That table is taken in that round.',
      nl: 'Die tafel is in die ronde al bezet.',
      field: 'table',
    },
    CANDIDATE_BUSY: {
      en: 'The candidate already has a meeting in that round.',
      nl: 'De kandidaat heeft in die ronde al een gesprek.',
      field: 'slot',
    },
    CANDIDATE_UNAVAILABLE: {
      en: 'The candidate cannot come in that round.',
      nl: 'De kandidaat kan in die ronde niet.',
      field: 'slot',
    },
    EMPLOYER_UNAVAILABLE: {
      en: 'The employer cannot come in that round.',
      nl: 'De werkgever kan in die ronde niet.',
      field: 'slot',
    },
    NO_REPRESENTATIVE_FREE: {
      en: 'No representative of the employer is free in that round (or they have reached their maximum).',
      nl: 'Geen vertegenwoordiger van de werkgever is in die ronde vrij (of ze zitten aan hun maximum).',
      field: 'slot',
    },
  };

export class MeetingMoveConflictError extends ConflictError {
  constructor(problem: MeetingMoveProblem) {
    const { en, nl, field } = MOVE_PROBLEMS[problem];
    super({ en, nl }, { field, reason: `MOVE_${problem}` });
  }
}

export class RepresentativesOutOfRangeError extends InvalidInputError {
  constructor(max: number) {
    super(
      {
        en: `Representatives must be 1 to ${max}.`,
        nl: `Aantal vertegenwoordigers moet 1 tot ${max} zijn.`,
      },
      { field: 'representatives', reason: 'REPRESENTATIVES_OUT_OF_RANGE' },
    );
  }
}

export class InviteesNotInvitableError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Only active, consented candidates and employers of the session’s region can be invited.',
        nl: 'Alleen actieve kandidaten met toestemming en werkgevers uit de regio van de bijeenkomst kunnen worden uitgenodigd.',
      },
      { field: 'invitees', reason: 'INVITEES_NOT_INVITABLE' },
    );
  }
}

export class BlockedSlotsOutOfRangeError extends InvalidInputError {
  constructor(slotCount: number) {
    super(
      {
        en: `Blocked slots must be between 1 and ${slotCount}.`,
        nl: `Geblokkeerde tijdsloten moeten tussen 1 en ${slotCount} liggen.`,
      },
      { field: 'blockedSlots', reason: 'BLOCKED_SLOTS_OUT_OF_RANGE' },
    );
  }
}

export class AllSlotsBlockedError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Leave at least one slot free, or decline.',
        nl: 'Laat minstens één tijdslot vrij, of meld je af.',
      },
      { field: 'blockedSlots', reason: 'ALL_SLOTS_BLOCKED' },
    );
  }
}

export class ParticipationNotAcceptedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'Only an accepted participation can be withdrawn.',
        nl: 'Alleen een geaccepteerde deelname kan worden ingetrokken.',
      },
      { reason: 'PARTICIPATION_NOT_ACCEPTED' },
    );
  }
}

/** What is wrong with a session's set-up as a whole (session-setup.ts); the reason is `SETUP_<problem>`. */
export type SessionSetupProblem =
  | 'TIME_ZONE_UNKNOWN'
  | 'MIN_MEETINGS_ABOVE_MAX'
  | 'BREAK_INVALID'
  | 'ENDS_NEXT_DAY'
  | 'STARTS_IN_PAST'
  | 'DEADLINE_AFTER_START';

const SETUP_PROBLEMS: { readonly [P in SessionSetupProblem]: LocalisedMessage } = {
  TIME_ZONE_UNKNOWN: { en: 'Unknown time zone.', nl: 'Onbekende tijdzone.' },
  MIN_MEETINGS_ABOVE_MAX: {
    en: 'The minimum number of meetings per candidate cannot exceed the maximum.',
    nl: 'Het minimum aantal gesprekken per kandidaat kan niet hoger zijn dan het maximum.',
  },
  BREAK_INVALID: {
    en: 'A break must come after one of the slots (not the last) and last at least a minute.',
    nl: 'Een pauze moet na een van de tijdsloten komen (niet het laatste) en minstens een minuut duren.',
  },
  ENDS_NEXT_DAY: {
    en: 'The session must end on the day it starts.',
    nl: 'De bijeenkomst moet eindigen op de dag dat hij begint.',
  },
  STARTS_IN_PAST: {
    en: 'The session must start in the future.',
    nl: 'De bijeenkomst moet in de toekomst beginnen.',
  },
  DEADLINE_AFTER_START: {
    en: 'The registration deadline must fall before the session starts.',
    nl: 'De aanmelddeadline moet vóór het begin van de bijeenkomst liggen.',
  },
};

export class InvalidSessionSetupError extends InvalidInputError {
  constructor(problem: SessionSetupProblem, field: string) {
    super(SETUP_PROBLEMS[problem], { field, reason: `SETUP_${problem}` });
  }
}

/** A session of a network takes only the network's members and their candidates. */
export class InviteesOutsideNetworkError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'This session belongs to an employer network: only its active members and their candidates can be invited.',
        nl: 'Deze bijeenkomst hoort bij een werkgeversnetwerk: alleen de actieve leden en hun kandidaten kunnen worden uitgenodigd.',
      },
      { field: 'invitees', reason: 'INVITEES_OUTSIDE_NETWORK' },
    );
  }
}

/** A session's network is one of the team's own region. */
export class SessionNetworkNotFoundError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'There is no employer network with this id in your region.',
        nl: 'Er is in je regio geen werkgeversnetwerk met dit id.',
      },
      { field: 'networkId', reason: 'SESSION_NETWORK_UNKNOWN' },
    );
  }
}
