import type { LocalisedMessage } from '@werkbrug/core';
import {
  MatchCaseState,
  MatchConsent,
  MatchInterest,
  MatchOutcome,
  type MatchAction,
} from './match-workflow';

/** Who is told of a step: the vacancy's employer, the candidate, or the employer that posted the candidate. */
export type MatchStepAudience = 'EMPLOYER' | 'CANDIDATE' | 'CANDIDATES_EMPLOYER';

export interface MatchStepNotice {
  readonly to: MatchStepAudience;
  /** The notification kind: `MATCH_` and the step, one per audience. */
  readonly kind: string;
  readonly text: LocalisedMessage;
}

/** What a notice names; nothing that identifies the candidate to another employer (only the public code). */
export interface MatchStepContext {
  readonly employerName: string;
  readonly vacancyTitle: string;
  readonly candidateCode: string;
  /** The candidate has no account, so their own HR lead answers for them and must hear what they are asked. */
  readonly candidateHasNoAccount: boolean;
}

export interface MatchStepChange {
  readonly action: MatchAction;
  readonly from: MatchCaseState;
  readonly to: MatchCaseState;
  /** The facts before the step: who had shown interest, whether consent was given. */
  readonly before: {
    readonly candidateInterest: MatchInterest | null;
    readonly employerInterest: MatchInterest | null;
    readonly consent: MatchConsent | null;
  };
}

const OUTCOME_TEXT: Record<MatchOutcome, LocalisedMessage> = {
  HIRED: { nl: 'aangenomen', en: 'hired' },
  TRIAL_PLACEMENT: { nl: 'proefplaatsing', en: 'trial placement' },
  SECONDMENT: { nl: 'detachering', en: 'secondment' },
  WORK_EXPERIENCE: { nl: 'werkervaringsplek', en: 'work experience placement' },
  NONE: { nl: 'geen vervolg', en: 'no further step' },
};

/**
 * The notices one step of the match workflow gives, so nobody waits at a dead end: interest shown, consent
 * asked, introduction made (or refused), consent withdrawn, outcome recorded, and a match closed by the other
 * side after interest was shown. Pure, so every step's wording is tested without a database. The person who took
 * the step is not told of it, except the candidate of an introduction or outcome recorded by someone else for them.
 */
export function matchStepNotices(change: MatchStepChange, c: MatchStepContext): MatchStepNotice[] {
  const { action, from, to, before } = change;
  const vacancy = { nl: `de vacature ‘${c.vacancyTitle}’`, en: `the vacancy ‘${c.vacancyTitle}’` };
  const code = c.candidateCode;
  const notices: MatchStepNotice[] = [];
  const add = (audience: MatchStepAudience, step: string, text: LocalisedMessage) =>
    notices.push({ to: audience, kind: `MATCH_${step}`, text });
  const alsoOwnEmployer = (step: string, text: LocalisedMessage) => {
    if (c.candidateHasNoAccount) add('CANDIDATES_EMPLOYER', step, text);
  };

  if (to === MatchCaseState.INTEREST_SHOWN && from !== MatchCaseState.INTEREST_SHOWN) {
    if (action.kind === 'CANDIDATE_RESPONSE')
      add('EMPLOYER', 'INTEREST_SHOWN', {
        nl: `Kandidaat ${code} heeft interesse in ${vacancy.nl}. Bekijk de match en laat weten of jullie ook interesse hebben.`,
        en: `Candidate ${code} is interested in ${vacancy.en}. Look at the match and say whether you are interested too.`,
      });
    if (action.kind === 'EMPLOYER_RESPONSE') {
      const text = {
        nl: `${c.employerName} heeft interesse in kandidaat ${code} voor ${vacancy.nl}. Bekijk de match en laat weten of je ook interesse hebt.`,
        en: `${c.employerName} is interested in candidate ${code} for ${vacancy.en}. Look at the match and say whether you are interested too.`,
      };
      add('CANDIDATE', 'INTEREST_SHOWN', text);
      alsoOwnEmployer('INTEREST_SHOWN', text);
    }
  }

  if (to === MatchCaseState.CONSENT_REQUESTED && from !== MatchCaseState.CONSENT_REQUESTED) {
    const text = {
      nl: `Kandidaat ${code} en ${c.employerName} hebben allebei interesse (${vacancy.nl}). ${c.employerName} vraagt of ze mogen weten wie de kandidaat is: geef toestemming of weiger.`,
      en: `Candidate ${code} and ${c.employerName} are both interested (${vacancy.en}). ${c.employerName} asks to know who the candidate is: give or refuse consent.`,
    };
    add('CANDIDATE', 'CONSENT_ASKED', text);
    alsoOwnEmployer('CONSENT_ASKED', text);
    add('EMPLOYER', 'CONSENT_ASKED', {
      nl: `Jullie en kandidaat ${code} hebben allebei interesse (${vacancy.nl}). De kandidaat is gevraagd of jullie mogen weten wie het is.`,
      en: `You and candidate ${code} are both interested (${vacancy.en}). The candidate has been asked whether you may know who they are.`,
    });
  }

  if (to === MatchCaseState.INTRODUCED && from !== MatchCaseState.INTRODUCED) {
    add('EMPLOYER', 'INTRODUCED', {
      nl: `Kandidaat ${code} heeft toestemming gegeven: je kunt nu zien wie het is (${vacancy.nl}). Elke keer dat iemand die gegevens bekijkt, wordt vastgelegd.`,
      en: `Candidate ${code} gave consent: you can now see who they are (${vacancy.en}). Every time someone reads those details, it is logged.`,
    });
    const text = {
      nl: `Kandidaat ${code} is voorgesteld aan ${c.employerName} (${vacancy.nl}). ${c.employerName} kan nu zien wie het is; de toestemming kan altijd worden ingetrokken.`,
      en: `Candidate ${code} has been introduced to ${c.employerName} (${vacancy.en}). ${c.employerName} can now see who they are; the consent can be withdrawn at any time.`,
    };
    add('CANDIDATE', 'INTRODUCED', text);
    alsoOwnEmployer('INTRODUCED', text);
  }

  const refused = action.kind === 'CONSENT' && action.consent === MatchConsent.DECLINED;
  if (refused && from !== MatchCaseState.CONSENT_DECLINED)
    add('EMPLOYER', 'CONSENT_REFUSED', {
      nl: `Kandidaat ${code} wil (nu) niet aan jullie worden voorgesteld (${vacancy.nl}).`,
      en: `Candidate ${code} does not want to be introduced to you (now) (${vacancy.en}).`,
    });

  const consentEnded = before.consent === MatchConsent.GIVEN && action.kind !== 'OUTCOME';
  if (consentEnded && (action.kind === 'PROFILE_CONSENT_WITHDRAWN' || action.kind === 'CONSENT'))
    add('EMPLOYER', 'CONSENT_WITHDRAWN', {
      nl: `Kandidaat ${code} heeft de toestemming ingetrokken: je kunt niet meer zien wie het is (${vacancy.nl}).`,
      en: `Candidate ${code} withdrew their consent: you can no longer see who they are (${vacancy.en}).`,
    });

  if (action.kind === 'OUTCOME') {
    const outcome = OUTCOME_TEXT[action.outcome];
    const text = {
      nl: `De uitkomst van de match van kandidaat ${code} met ${c.employerName} (${vacancy.nl}) is vastgelegd: ${outcome.nl}.`,
      en: `The outcome of candidate ${code}'s match with ${c.employerName} (${vacancy.en}) has been recorded: ${outcome.en}.`,
    };
    add('CANDIDATE', 'OUTCOME_RECORDED', text);
    add('CANDIDATES_EMPLOYER', 'OUTCOME_RECORDED', text);
  }

  // The other side had said yes and hears the match is off, instead of waiting for an answer that never comes.
  const yes = MatchInterest.INTERESTED;
  const closedByOther = to === MatchCaseState.DECLINED && from !== MatchCaseState.DECLINED;
  if (closedByOther && action.kind === 'CANDIDATE_RESPONSE' && before.employerInterest === yes)
    add('EMPLOYER', 'WITHDRAWN', {
      nl: `Kandidaat ${code} heeft geen interesse meer in ${vacancy.nl}; de match is gesloten.`,
      en: `Candidate ${code} is no longer interested in ${vacancy.en}; the match is closed.`,
    });
  if (closedByOther && action.kind === 'EMPLOYER_RESPONSE' && before.candidateInterest === yes) {
    const text = {
      nl: `${c.employerName} gaat niet verder met de match van kandidaat ${code} voor ${vacancy.nl}. Je andere matches lopen gewoon door.`,
      en: `${c.employerName} is not taking the match of candidate ${code} for ${vacancy.en} further. Your other matches go on as before.`,
    };
    add('CANDIDATE', 'WITHDRAWN', text);
    alsoOwnEmployer('WITHDRAWN', text);
  }
  // Only a match still in progress, where one side had said yes; the reason is the candidate's own.
  const inProgress = from === MatchCaseState.INTEREST_SHOWN || from === MatchCaseState.CONSENT_REQUESTED;
  const someoneSaidYes = before.employerInterest === yes || before.candidateInterest === yes;
  if (action.kind === 'PROFILE_CONSENT_WITHDRAWN' && inProgress && someoneSaidYes)
    add('EMPLOYER', 'WITHDRAWN', {
      nl: `De match van kandidaat ${code} voor ${vacancy.nl} is gesloten.`,
      en: `The match of candidate ${code} for ${vacancy.en} is closed.`,
    });
  return notices;
}
