import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  type LocalisedMessage,
  NotFoundError,
} from '@werkbrug/core';

export class MobilityPlanNotFoundError extends NotFoundError {
  constructor() {
    super('Mobility plan', 'Mobiliteitsplan');
  }
}

/** Only the employer's HR leads and the region's mobility team write a plan. */
export class MobilityPlanEditForbiddenError extends ForbiddenError {
  constructor() {
    super(
      {
        en: "Only the employer's HR leads and the region's mobility team can write this plan.",
        nl: 'Alleen de HR-leads van de werkgever en het mobiliteitsteam van de regio kunnen dit plan schrijven.',
      },
      { reason: 'PLAN_EDIT_FORBIDDEN' },
    );
  }
}

/** The region's figures of chosen paths are the region's mobility team's, who write its plans. */
export class RegionPlanFiguresForbiddenError extends ForbiddenError {
  constructor() {
    super(
      {
        en: "Only the region's mobility team sees the choices made under the region's mobility plans.",
        nl: 'Alleen het mobiliteitsteam van de regio ziet de keuzes onder de mobiliteitsplannen van de regio.',
      },
      { reason: 'REGION_PLAN_FIGURES_FORBIDDEN' },
    );
  }
}

export type PlanVersionConflict = 'NO_DRAFT' | 'DRAFT_EXISTS' | 'NOTHING_PUBLISHED' | 'STALE_DRAFT';

const CONFLICTS: { readonly [C in PlanVersionConflict]: LocalisedMessage } = {
  NO_DRAFT: {
    en: 'This plan has no draft: a published version is frozen. Start a new version to change it.',
    nl: 'Dit plan heeft geen concept: een gepubliceerde versie ligt vast. Begin een nieuwe versie om iets te wijzigen.',
  },
  DRAFT_EXISTS: {
    en: 'This plan already has a draft version; change that one.',
    nl: 'Dit plan heeft al een conceptversie; wijzig die.',
  },
  NOTHING_PUBLISHED: {
    en: 'This plan has no published version yet.',
    nl: 'Dit plan heeft nog geen gepubliceerde versie.',
  },
  STALE_DRAFT: {
    en: 'Someone else changed this draft in the meantime. Reload it and make your change again.',
    nl: 'Iemand anders heeft dit concept intussen gewijzigd. Laad het opnieuw en breng je wijziging nog eens aan.',
  },
};

export class PlanVersionConflictError extends ConflictError {
  constructor(reason: PlanVersionConflict) {
    super(CONFLICTS[reason], { reason });
  }
}

/** A draft that cannot be published yet, with every problem (field and words) at once. */
export class PlanNotPublishableError extends InvalidInputError {
  constructor(problems: readonly { field: string; message: LocalisedMessage }[]) {
    super(
      {
        en: `The plan cannot be published yet: ${problems.map((p) => p.message.en).join(' ')}`,
        nl: `Het plan kan nog niet worden gepubliceerd: ${problems.map((p) => p.message.nl).join(' ')}`,
      },
      { reason: 'PLAN_NOT_PUBLISHABLE', problems: problems.map((p) => ({ field: p.field, ...p.message })) },
    );
  }
}

/** A financial element that misses what its kind needs, or carries numbers out of range. */
export class InvalidPlanContentError extends InvalidInputError {
  constructor(field: string, message: LocalisedMessage) {
    super(message, { field, reason: 'INVALID_PLAN_CONTENT' });
  }
}

export class DeadlineAfterEmploymentEndError extends InvalidInputError {
  constructor() {
    super(
      {
        nl: 'De keuzedatum ligt na het einde van het dienstverband; kies een datum ervoor.',
        en: 'The deadline to choose is after employment ends; choose a date before it.',
      },
      { field: 'choiceDeadline', reason: 'DEADLINE_AFTER_EMPLOYMENT_END' },
    );
  }
}

export class PlanEmployerRequiredError extends InvalidInputError {
  constructor() {
    super(
      { nl: 'Kies de werkgever van het plan.', en: "Choose the plan's employer." },
      { field: 'employerId', reason: 'EMPLOYER_REQUIRED' },
    );
  }
}

/** An employee's figure outside what the comparison can sensibly compute with. */
export class FigureOutOfRangeError extends InvalidInputError {
  constructor(field: string, min: number, max: number) {
    super(
      { nl: `Geef een getal van ${min} tot en met ${max}.`, en: `Give a number from ${min} to ${max}.` },
      { field, reason: 'FIGURE_OUT_OF_RANGE' },
    );
  }
}

export class ServiceLongerThanHistoryError extends InvalidInputError {
  constructor() {
    super(
      {
        nl: 'De jaren in dienst kunnen niet meer zijn dan de jaren arbeidsverleden.',
        en: 'Years of service cannot be more than years of employment history.',
      },
      { field: 'yearsOfService', reason: 'SERVICE_LONGER_THAN_HISTORY' },
    );
  }
}

export type ChoiceRefusal = 'DEADLINE_PASSED' | 'UNKNOWN_PATH';

const CHOICE_REFUSALS: { readonly [R in ChoiceRefusal]: LocalisedMessage } = {
  DEADLINE_PASSED: {
    nl: 'De keuzedatum van dit plan is voorbij; je keuze kan niet meer veranderen.',
    en: "This plan's deadline to choose has passed; your choice can no longer change.",
  },
  UNKNOWN_PATH: {
    nl: 'Dit pad staat niet (meer) in het plan. Kies een van de paden die het plan nu biedt.',
    en: 'This path is not (or no longer) in the plan. Choose one of the paths the plan offers now.',
  },
};

export class ChoiceRefusedError extends ConflictError {
  constructor(reason: ChoiceRefusal) {
    super(CHOICE_REFUSALS[reason], { reason });
  }
}

/** Choosing a path is the employee's own. */
export class OnlyTheEmployeeChoosesError extends ForbiddenError {
  constructor() {
    super(
      {
        nl: 'Alleen de medewerker zelf kiest een pad.',
        en: 'Only the employee chooses a path themselves.',
      },
      { reason: 'ONLY_THE_EMPLOYEE_CHOOSES' },
    );
  }
}

/** Kept figures are the employee's own: nobody keeps them on someone's behalf. */
export class OnlyTheEmployeeKeepsFiguresError extends ForbiddenError {
  constructor() {
    super(
      {
        nl: 'Alleen de medewerker zelf kan de eigen gegevens voor de vergelijking bewaren.',
        en: 'Only the employee can keep their own figures for the comparison.',
      },
      { reason: 'ONLY_THE_EMPLOYEE_KEEPS_FIGURES' },
    );
  }
}

export class QuestionNotFoundError extends NotFoundError {
  constructor() {
    super('Question', 'Vraag');
  }
}

/** Only employees ask; the plan's authors answer, in the open. */
export class OnlyEmployeesAskError extends ForbiddenError {
  constructor() {
    super(
      {
        nl: 'Alleen medewerkers voor wie het plan geldt, stellen vragen; de opstellers beantwoorden ze.',
        en: 'Only employees the plan concerns ask questions; its authors answer them.',
      },
      { reason: 'ONLY_EMPLOYEES_ASK' },
    );
  }
}

/** A question or an answer that is empty or longer than a page. */
export class QuestionTextError extends InvalidInputError {
  constructor(field: string) {
    super(
      {
        nl: 'Schrijf tussen 1 en 2.000 tekens.',
        en: 'Write between 1 and 2,000 characters.',
      },
      { field, reason: 'QUESTION_TEXT_LENGTH' },
    );
  }
}

/** Two paths of one draft with the same id: each path keeps its own id, so choices stay with their path. */
export class DuplicatePathError extends InvalidInputError {
  constructor(field: string) {
    super(
      {
        nl: 'Twee paden hebben hetzelfde id; elk pad houdt zijn eigen id.',
        en: 'Two paths have the same id; each path keeps its own id.',
      },
      { field, reason: 'DUPLICATE_PATH' },
    );
  }
}
