import type { CandidateFeatures, OccupationRef, VacancyFeatures } from './features';

/**
 * Field-by-field copies. Callers may pass richer objects (an entity, a row with a name column); copying only the
 * declared features guarantees nothing else can reach a score or be echoed back in an explanation.
 */
export function pickCandidateFeatures(c: CandidateFeatures): CandidateFeatures {
  return {
    id: c.id,
    employerId: c.employerId,
    regionCode: c.regionCode,
    status: c.status,
    sharing: c.sharing === 'REGION' ? 'REGION' : [...c.sharing],
    strengths: c.strengths.map(({ skill, level }) => ({ skill, level })),
    developmentSkills: [...c.developmentSkills],
    hoursMin: c.hoursMin,
    hoursMax: c.hoursMax,
    home: c.home ? { lat: c.home.lat, lon: c.home.lon } : null,
    maxTravelKm: c.maxTravelKm,
    travelMode: c.travelMode,
    sectorsOpen: [...c.sectorsOpen],
    contractTypes: [...c.contractTypes],
    availableFrom: c.availableFrom,
    contractEndDate: c.contractEndDate,
    track: c.track,
    supportNeeds: [...c.supportNeeds],
    searchDirections: c.searchDirections.map(pickOccupation),
  };
}

export function pickVacancyFeatures(v: VacancyFeatures): VacancyFeatures {
  return {
    id: v.id,
    employerId: v.employerId,
    employerSector: v.employerSector,
    regionCode: v.regionCode,
    status: v.status,
    required: [...v.required],
    niceToHave: [...v.niceToHave],
    trainedOnTheJob: [...v.trainedOnTheJob],
    location: v.location ? { lat: v.location.lat, lon: v.location.lon } : null,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    contractType: v.contractType,
    startDate: v.startDate,
    kind: v.kind,
    workDays: [...v.workDays],
    shifts: [...v.shifts],
    occupation: v.occupation ? pickOccupation(v.occupation) : null,
  };
}

function pickOccupation(o: OccupationRef): OccupationRef {
  return { id: o.id, isco: o.isco, label: { en: o.label.en, nl: o.label.nl } };
}
