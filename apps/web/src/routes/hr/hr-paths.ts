const id = (value: string) => encodeURIComponent(value);

/** The HR lead's pages beyond the menu's entry points (those are in PATHS). */
export const HR_PATHS = {
  candidateNew: '/hr/candidates/new',
  candidate: (candidateId: string) => `/hr/candidates/${id(candidateId)}`,
  candidateEdit: (candidateId: string) => `/hr/candidates/${id(candidateId)}/edit`,
  vacancyNew: '/hr/vacancies/new',
  vacancyEdit: (vacancyId: string) => `/hr/vacancies/${id(vacancyId)}/edit`,
  ledger: '/hr/ledger',
  placements: '/hr/placements',
  placement: (placementId: string) => `/hr/placements/${id(placementId)}`,
  placementTerms: (placementId: string) => `/hr/placements/${id(placementId)}/terms`,
  proposePlacement: (candidateId: string, matchCaseId: string) =>
    `/hr/candidates/${id(candidateId)}/matches/${id(matchCaseId)}/placement`,
} as const;

/** Shown once after a save, on the page the form leads to. */
export interface SavedState {
  saved?: 'created' | 'updated';
}
