import type { allocationNl } from './allocation.nl';

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** The mobility team's allocation plan in English: the same keys as allocation.nl.ts, checked by the compiler. */
export const allocationEn: Catalogue<typeof allocationNl> = {
  title: 'Allocation',
  intro:
    'Who do we introduce to whom this round? Werkbrug looks for the best split across the whole region: as many good matches as possible, within each vacancy’s positions, without one candidate being approached by too many employers at once.',
  settings: 'Starting points',
  perCandidate: 'Introductions per candidate',
  perCandidateHelp: 'How many employers a candidate meets at the same time this round (1 to 5).',
  minScore: 'Minimum match score',
  minScoreHelp: 'Matches with a lower score (0 to 100) are not proposed.',
  readOnly:
    'This is a proposal to work from. Werkbrug sends nothing and records nothing: you arrange the introductions yourself with the employers and the candidates’ HR leads.',
  summary_one:
    'Based on {{edges}} matches above the minimum score, for {{positions}} open positions, with at most {{count}} introduction per candidate.',
  summary_other:
    'Based on {{edges}} matches above the minimum score, for {{positions}} open positions, with at most {{count}} introductions per candidate.',
  introductionsTitle: 'Proposed introductions',
  introductionsCaption: 'For each vacancy the candidates to introduce, best match first',
  vacancy: 'Vacancy',
  employer: 'Employer',
  candidate: 'Candidate (profile code)',
  score: 'Match score',
  unknownVacancy: 'Vacancy no longer visible',
  unknownEmployer: 'Employer no longer visible',
  empty:
    'There are no introductions to propose now. No open vacancies and active candidates fit each other, or the minimum match score is set too high.',
  figuresTitle: 'How fair is the split?',
  figuresIntro:
    'We set the proposal beside what happens when every vacancy picks its own best candidates on its own (each vacancy for itself). Strong candidates then often get many requests at once while others stay out of sight.',
  figuresCaption: 'The proposal beside each vacancy for itself, with what each figure means',
  figure: 'Figure',
  proposal: 'Proposal',
  greedy: 'Each vacancy for itself',
  meaning: 'What does it mean?',
  figures: {
    introductions: {
      label: 'Introductions',
      meaning: 'The number of introductions between a candidate and a vacancy.',
    },
    candidatesReached: {
      label: 'Candidates in view',
      meaning:
        'How many different candidates get at least one introduction. Higher is better: more people get a chance.',
    },
    vacanciesServed: {
      label: 'Vacancies with a candidate',
      meaning: 'How many vacancies get at least one candidate proposed.',
    },
    positionsFilled: {
      label: 'Positions with a candidate',
      meaning: 'How many open positions get a candidate. A vacancy with two positions counts twice.',
    },
    totalScore: {
      label: 'Total match score',
      meaning:
        'The match scores of all introductions added up. The higher, the better the candidates fit the vacancies together.',
    },
    maxIntroductionsPerCandidate: {
      label: 'Most introductions for one candidate',
      meaning: 'The highest number of introductions any one candidate gets.',
    },
    candidatesOverLimit: {
      label: 'Candidates over the limit',
      meaning:
        'Candidates who get more introductions than the limit per candidate: several employers approach them at once. The proposal always stays within the limit.',
    },
    attentionGini: {
      label: 'Spread of attention',
      meaning:
        'A number from 0 to 1 (the Gini coefficient). At 0 every candidate with a match gets as many introductions; the closer to 1, the more attention goes to a few candidates.',
    },
    feasiblePositionsFilled: {
      label: 'Positions that hold',
      meaning:
        'How many positions still have a candidate if every candidate accepts only their best introductions within the limit.',
    },
    feasibleTotalScore: {
      label: 'Match score that holds',
      meaning:
        'The total match score if every candidate accepts only their best introductions within the limit. This is the fair comparison between the two splits.',
    },
  },
  byEmployerTitle: 'Per employer',
  byEmployerCaption: 'What each employer gets in the proposal',
  vacancies: 'Open vacancies',
  positions: 'Positions',
  introductions: 'Introductions',
  candidates: 'Candidates',
  shared: 'Also with another employer',
  sharedHelp: 'Also with another employer: candidates the proposal also introduces to another employer.',
  totalScore: 'Total match score',
};
