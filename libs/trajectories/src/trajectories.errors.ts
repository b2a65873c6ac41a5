import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  type LocalisedMessage,
  NotFoundError,
} from '@werkbrug/core';

export class TrajectoryNotFoundError extends NotFoundError {
  constructor() {
    super('Trajectory', 'Traject');
  }
}

export type TrajectoryRefusal =
  'ONLY_THE_COUNSELLOR' | 'ONLY_THE_MOBILITY_TEAM' | 'ONLY_CLIENT_OR_COUNSELLOR' | 'ONLY_THE_CANDIDATE';

const REFUSALS: { readonly [R in TrajectoryRefusal]: LocalisedMessage } = {
  ONLY_THE_COUNSELLOR: {
    en: 'Only the counsellor of this trajectory can do this.',
    nl: 'Alleen de trajectbegeleider van dit traject kan dit doen.',
  },
  ONLY_THE_MOBILITY_TEAM: {
    en: "Only the region's mobility team can do this.",
    nl: 'Alleen het mobiliteitsteam van de regio kan dit doen.',
  },
  ONLY_THE_CANDIDATE: {
    en: 'Only the candidate writes their own progress note.',
    nl: 'Alleen de kandidaat schrijft de eigen voortgangsnotitie.',
  },
  ONLY_CLIENT_OR_COUNSELLOR: {
    en: "Only the client employer's HR leads and the counsellor confirm the preconditions.",
    nl: 'Alleen de HR-adviseurs van de opdrachtgever en de trajectbegeleider bevestigen de voorwaarden.',
  },
};

export class TrajectoryForbiddenError extends ForbiddenError {
  constructor(reason: TrajectoryRefusal) {
    super(REFUSALS[reason], { reason });
  }
}

export class TrajectoryAlreadyOpenError extends ConflictError {
  constructor(openTrajectoryId: string | null) {
    super(
      {
        en: 'This candidate already has an open trajectory. Close it before starting a new one.',
        nl: 'Deze kandidaat heeft al een lopend traject. Sluit dat af voordat je een nieuw traject start.',
      },
      { reason: 'TRAJECTORY_ALREADY_OPEN', openTrajectoryId },
    );
  }
}

export class TrajectoryClosedError extends ConflictError {
  constructor() {
    super(
      {
        en: 'This trajectory is closed; its record can no longer change.',
        nl: 'Dit traject is afgesloten; het dossier kan niet meer veranderen.',
      },
      { reason: 'TRAJECTORY_CLOSED' },
    );
  }
}

export class PreconditionsOnlyForSpoor2Error extends ConflictError {
  constructor() {
    super(
      {
        en: 'Preconditions are recorded only for a spoor-2 re-integration trajectory.',
        nl: 'Voorwaarden worden alleen vastgelegd voor een traject tweede spoor.',
      },
      { reason: 'PRECONDITIONS_ONLY_FOR_SPOOR_2' },
    );
  }
}

export class CounsellorNotInTeamError extends InvalidInputError {
  constructor() {
    super(
      {
        en: "The counsellor must be an active member of the region's mobility team or an active counsellor of the region.",
        nl: 'De trajectbegeleider moet een actief lid van het mobiliteitsteam of een actieve re-integratieadviseur van de regio zijn.',
      },
      { field: 'counsellorUserId', reason: 'COUNSELLOR_NOT_IN_TEAM' },
    );
  }
}

export type TrajectoryDateRule =
  | 'NOT_A_DATE'
  | 'IN_THE_FUTURE'
  | 'BEFORE_START'
  | 'START_TOO_FAR_AHEAD'
  | 'TOO_LONG_AGO'
  | 'SICKNESS_AFTER_START'
  | 'DISMISSAL_BEFORE_START'
  | 'DEADLINE_TOO_FAR_AHEAD';

const DATE_RULES: { readonly [R in TrajectoryDateRule]: LocalisedMessage } = {
  NOT_A_DATE: { en: 'is not a calendar date', nl: 'is geen bestaande datum' },
  IN_THE_FUTURE: { en: 'cannot be in the future', nl: 'kan niet in de toekomst liggen' },
  BEFORE_START: {
    en: 'cannot be before the trajectory started',
    nl: 'kan niet vóór de start van het traject liggen',
  },
  START_TOO_FAR_AHEAD: {
    en: 'can be at most 90 days ahead',
    nl: 'kan hoogstens 90 dagen vooruit liggen',
  },
  TOO_LONG_AGO: { en: 'is more than three years ago', nl: 'ligt meer dan drie jaar terug' },
  SICKNESS_AFTER_START: {
    en: 'cannot be after the start of the trajectory',
    nl: 'kan niet na de start van het traject liggen',
  },
  DISMISSAL_BEFORE_START: {
    en: 'cannot be before the start of the trajectory',
    nl: 'kan niet vóór de start van het traject liggen',
  },
  DEADLINE_TOO_FAR_AHEAD: { en: 'can be at most a year ahead', nl: 'kan hoogstens een jaar vooruit liggen' },
};

export class InvalidTrajectoryDateError extends InvalidInputError {
  constructor(field: string, rule: TrajectoryDateRule) {
    const text = DATE_RULES[rule];
    super(
      { en: `The date "${field}" ${text.en}.`, nl: `De datum "${field}" ${text.nl}.` },
      { field, reason: `DATE_${rule}` },
    );
  }
}

export class FirstSicknessDayRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'A spoor-2 trajectory needs the first day of sickness: it sets the WIA deadlines.',
        nl: 'Een traject tweede spoor heeft de eerste ziektedag nodig: die bepaalt de WIA-termijnen.',
      },
      { field: 'firstSicknessDay', reason: 'FIRST_SICKNESS_DAY_REQUIRED' },
    );
  }
}

export class AdviceReasonRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'When spoor 2 will not succeed, record why: the file must show it was examined carefully.',
        nl: 'Als het tweede spoor niet kansrijk is, leg dan vast waarom: het dossier moet laten zien dat het zorgvuldig is onderzocht.',
      },
      { field: 'adviceReason', reason: 'ADVICE_REASON_REQUIRED' },
    );
  }
}

export class ClosingNoteRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'A trajectory that ends without a result needs a short note on why.',
        nl: 'Een traject dat zonder resultaat eindigt, heeft een korte toelichting nodig.',
      },
      { field: 'note', reason: 'CLOSING_NOTE_REQUIRED' },
    );
  }
}

export class DuplicateAssessmentDomainError extends InvalidInputError {
  constructor(domain: string) {
    super(
      {
        en: `The life domain ${domain} appears twice; give each domain once.`,
        nl: `Het levensdomein ${domain} staat er twee keer in; geef elk domein één keer.`,
      },
      { field: 'items', domain, reason: 'DUPLICATE_ASSESSMENT_DOMAIN' },
    );
  }
}

export class ContactSummaryRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Write a short summary of the contact.',
        nl: 'Schrijf een korte samenvatting van het contact.',
      },
      { field: 'summary', reason: 'CONTACT_SUMMARY_REQUIRED' },
    );
  }
}

export class FollowUpNotFoundError extends NotFoundError {
  constructor() {
    super('Follow-up', 'Opvolging');
  }
}

export class HireRecordingForbiddenError extends ForbiddenError {
  constructor() {
    super(
      {
        en: "Only the candidate's own HR leads and the region's mobility team record a hire.",
        nl: 'Alleen de eigen HR-adviseurs van de kandidaat en het mobiliteitsteam van de regio leggen een aanname vast.',
      },
      { reason: 'ONLY_OWN_EMPLOYER_OR_TEAM' },
    );
  }
}

export class HireEmployerRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Name exactly one of these: an employer in Werkbrug, an employer outside it, or self-employed.',
        nl: 'Geef precies één ervan: een werkgever in Werkbrug, een werkgever daarbuiten, of zelfstandige.',
      },
      { field: 'employerId', reason: 'HIRE_EMPLOYER_REQUIRED' },
    );
  }
}

export class HireTermsRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'A hire needs its start date and kind of contract: they start the follow-ups at three and six months.',
        nl: 'Een aanname heeft een startdatum en soort contract nodig: die zetten de opvolging na drie en zes maanden in gang.',
      },
      { field: 'hire', reason: 'HIRE_TERMS_REQUIRED' },
    );
  }
}

export class HireAlreadyRecordedError extends ConflictError {
  constructor(hireId: string) {
    super(
      {
        en: 'This hire is already recorded: the candidate started at this employer within half a year of this date.',
        nl: 'Deze aanname is al vastgelegd: de kandidaat begon binnen een halfjaar van deze datum bij deze werkgever.',
      },
      { reason: 'HIRE_ALREADY_RECORDED', hireId },
    );
  }
}

export class HireTermsNotForThisOutcomeError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Only a HIRED outcome records a hire; leave out the hire for another outcome.',
        nl: 'Alleen de uitkomst "aangenomen" legt een aanname vast; laat de aanname weg bij een andere uitkomst.',
      },
      { field: 'hire', reason: 'HIRE_ONLY_WITH_HIRED' },
    );
  }
}

export class HireContractTypeRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'Give the kind of contract (not needed for self-employment).',
        nl: 'Geef de soort arbeidsovereenkomst (niet nodig bij zelfstandig ondernemerschap).',
      },
      { field: 'contractType', reason: 'HIRE_CONTRACT_TYPE_REQUIRED' },
    );
  }
}

export class UnknownHiringEmployerError extends InvalidInputError {
  constructor() {
    super(
      { en: 'There is no such employer in Werkbrug.', nl: 'Deze werkgever bestaat niet in Werkbrug.' },
      { field: 'employerId', reason: 'UNKNOWN_HIRING_EMPLOYER' },
    );
  }
}

export class FollowUpNotDueError extends ConflictError {
  constructor(dueOn: string) {
    super(
      {
        en: 'This follow-up is not due yet: it asks whether the person still works once the time has passed.',
        nl: 'Deze opvolging is nog niet aan de beurt: die vraagt pas of iemand nog werkt als de tijd verstreken is.',
      },
      { reason: 'FOLLOW_UP_NOT_DUE', dueOn },
    );
  }
}

export class OutcomeFiguresForbiddenError extends ForbiddenError {
  constructor() {
    super(
      {
        en: "Only the region's mobility team, its HR leads and administrators see its outcome figures.",
        nl: 'Alleen het mobiliteitsteam, de HR-adviseurs van de regio en beheerders zien de resultaatcijfers van de regio.',
      },
      { reason: 'OUTCOME_FIGURES_NOT_FOR_YOU' },
    );
  }
}

export class InvalidFigurePeriodError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'The period must start before it ends and span at most five years.',
        nl: 'De periode moet beginnen voordat hij eindigt en mag hoogstens vijf jaar beslaan.',
      },
      { field: 'from', reason: 'INVALID_FIGURE_PERIOD' },
    );
  }
}

export class RegionRequiredError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Choose a region.', nl: 'Kies een regio.' },
      { field: 'regionCode', reason: 'REGION_REQUIRED' },
    );
  }
}

export class TrajectoryReportNotFoundError extends NotFoundError {
  constructor() {
    super('Report', 'Rapportage');
  }
}

export type ReportRule = 'REPORT_NEEDS_SCREENING' | 'REPORT_NEEDS_CLOSING';

const REPORT_RULES: { readonly [R in ReportRule]: LocalisedMessage } = {
  REPORT_NEEDS_SCREENING: {
    en: 'An intake report follows the screening: record its advice first.',
    nl: 'Een intakerapportage volgt op het haalbaarheidsonderzoek: leg eerst het advies vast.',
  },
  REPORT_NEEDS_CLOSING: {
    en: 'A final report is made once the trajectory is closed.',
    nl: 'Een eindrapportage maak je als het traject is afgesloten.',
  },
};

export class TrajectoryReportRuleError extends ConflictError {
  constructor(reason: ReportRule) {
    super(REPORT_RULES[reason], { reason });
  }
}

export class FollowUpAlreadyAnsweredError extends ConflictError {
  constructor(answeredOn: string) {
    super(
      {
        en: 'This follow-up has been answered already; the answer stays as it was given.',
        nl: 'Deze opvolging is al beantwoord; het antwoord blijft zoals het is gegeven.',
      },
      { reason: 'FOLLOW_UP_ALREADY_ANSWERED', answeredOn },
    );
  }
}

export class ScreeningDateRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: 'An advice is dated: keep the screening date, or clear the advice too.',
        nl: 'Een advies heeft een datum: laat de datum van het onderzoek staan, of haal ook het advies weg.',
      },
      { field: 'screenedOn', reason: 'SCREENING_DATE_REQUIRED' },
    );
  }
}

export type PlanRule =
  | 'SEARCH_DIRECTION_TWICE'
  | 'TOO_MANY_SEARCH_DIRECTIONS'
  | 'MODULE_TWICE'
  | 'ACTION_DESCRIPTION_REQUIRED'
  | 'PROGRESS_NOTE_REQUIRED';

const PLAN_RULES: { readonly [R in PlanRule]: { field: string; text: LocalisedMessage } } = {
  SEARCH_DIRECTION_TWICE: {
    field: 'searchDirectionIds',
    text: { en: 'An occupation is listed twice.', nl: 'Een beroep staat er twee keer in.' },
  },
  TOO_MANY_SEARCH_DIRECTIONS: {
    field: 'searchDirectionIds',
    text: {
      en: 'A plan has at most 10 search directions: choose the ones that matter most.',
      nl: 'Een plan heeft hoogstens 10 zoekrichtingen: kies de belangrijkste.',
    },
  },
  MODULE_TWICE: {
    field: 'modules',
    text: { en: 'A module is listed twice.', nl: 'Een module staat er twee keer in.' },
  },
  ACTION_DESCRIPTION_REQUIRED: {
    field: 'description',
    text: { en: 'Describe the action.', nl: 'Beschrijf de actie.' },
  },
  PROGRESS_NOTE_REQUIRED: {
    field: 'note',
    text: { en: 'Write how the month went.', nl: 'Schrijf hoe de maand ging.' },
  },
};

export class PlanRuleError extends InvalidInputError {
  constructor(reason: PlanRule) {
    const { field, text } = PLAN_RULES[reason];
    super(text, { field, reason });
  }
}

export class PlanActionNotFoundError extends NotFoundError {
  constructor() {
    super('Plan action', 'Actie');
  }
}

export class PlanActionForbiddenError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'Only the counsellor, or the one the action is for, marks it as done.',
        nl: 'Alleen de trajectbegeleider, of degene voor wie de actie is, zet hem op gedaan.',
      },
      { reason: 'ONLY_COUNSELLOR_OR_ACTION_OWNER' },
    );
  }
}

export class PlanActionAlreadyDoneError extends ConflictError {
  constructor(doneOn: string) {
    super(
      { en: 'This action is already done.', nl: 'Deze actie is al gedaan.' },
      { reason: 'PLAN_ACTION_ALREADY_DONE', doneOn },
    );
  }
}
