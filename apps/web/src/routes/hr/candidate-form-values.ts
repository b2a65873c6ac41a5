import type {
  CandidateProfilePartsFragment as Profile,
  CandidateTrack,
  ContractType,
  CreateCandidateInput,
  Sector,
  SharingScope,
  SupportNeed,
  TargetGroup,
  TravelMode,
  UpdateCandidateInput,
} from '@web/graphql/generated/graphql';
import type { SkillOption } from '@web/components/skill-picker';
import { PC4, toInt } from './use-form-values';
import { skillName } from '@web/i18n/skill-name';

export interface StrengthValue {
  skill: SkillOption;
  level: number;
  evidenceNote: string;
}

export interface CandidateFormValues {
  identity: { fullName: string; email: string; phone: string; dateOfBirth: string };
  consentGiven: boolean;
  track: CandidateTrack | '';
  sketchStrengths: string;
  sketchAttentionPoints: string;
  hoursMin: number | string;
  hoursMax: number | string;
  homePc4: string;
  maxTravelKm: number | string;
  travelMode: TravelMode;
  sectorsOpen: Sector[];
  contractTypes: ContractType[];
  availableFrom: string;
  contractEndDate: string;
  supportNeeds: SupportNeed[];
  targetGroups: TargetGroup[];
  sharingScope: SharingScope;
  sharedWithEmployerIds: string[];
  strengths: StrengthValue[];
  developmentSkills: SkillOption[];
}

type SkillLabels = { id: string; labelNl?: string | null; labelEn: string };
export const skillOption = (skill: SkillLabels, language: 'nl' | 'en'): SkillOption => ({
  id: skill.id,
  label: skillName(skill, language),
});

export function emptyCandidate(): CandidateFormValues {
  return {
    identity: { fullName: '', email: '', phone: '', dateOfBirth: '' },
    consentGiven: false,
    track: '',
    sketchStrengths: '',
    sketchAttentionPoints: '',
    hoursMin: 24,
    hoursMax: 32,
    homePc4: '',
    maxTravelKm: 15,
    travelMode: 'BICYCLE',
    sectorsOpen: [],
    contractTypes: [],
    availableFrom: '',
    contractEndDate: '',
    supportNeeds: [],
    targetGroups: [],
    sharingScope: 'REGION',
    sharedWithEmployerIds: [],
    strengths: [],
    developmentSkills: [],
  };
}

export function candidateValues(profile: Profile, language: 'nl' | 'en'): CandidateFormValues {
  return {
    ...emptyCandidate(),
    track: profile.track ?? '',
    sketchStrengths: profile.sketchStrengths,
    sketchAttentionPoints: profile.sketchAttentionPoints,
    hoursMin: profile.hoursMin,
    hoursMax: profile.hoursMax,
    homePc4: profile.homePc4,
    maxTravelKm: profile.maxTravelKm,
    travelMode: profile.travelMode,
    sectorsOpen: profile.sectorsOpen,
    contractTypes: profile.contractTypes,
    availableFrom: profile.availableFrom ?? '',
    contractEndDate: profile.contractEndDate ?? '',
    supportNeeds: profile.supportNeeds,
    targetGroups: profile.targetGroups ?? [],
    sharingScope: profile.sharingScope ?? 'REGION',
    sharedWithEmployerIds: profile.sharedWithEmployerIds ?? [],
    strengths: profile.strengths.map((s) => ({
      skill: s.skill ? skillOption(s.skill, language) : { id: s.skillId, label: s.skillId },
      level: s.level,
      evidenceNote: s.evidenceNote ?? '',
    })),
    developmentSkills: profile.developmentSkills.map((s) => skillOption(s, language)),
  };
}

type MessageKey =
  | 'hr.form.required'
  | 'hr.form.hoursRange'
  | 'hr.form.hoursOrder'
  | 'hr.form.pc4'
  | 'hr.form.travelRange'
  | 'hr.form.email'
  | 'hr.form.phone'
  | 'hr.form.chooseEmployers';

/** The checks the gateway makes too, before sending, so the user learns them at the field in their language. */
export function checkCandidate(v: CandidateFormValues, creating: boolean): Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  const [min, max, travel] = [toInt(v.hoursMin), toInt(v.hoursMax), toInt(v.maxTravelKm)];
  if (creating) {
    if (!v.identity.fullName.trim()) problems['identity.fullName'] = 'hr.form.required';
    if (v.identity.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.identity.email.trim()))
      problems['identity.email'] = 'hr.form.email';
    if (v.identity.phone.trim() && !/^\+?[0-9 ()-]{6,20}$/.test(v.identity.phone.trim()))
      problems['identity.phone'] = 'hr.form.phone';
  }
  if (!v.track) problems.track = 'hr.form.required';
  if (min === undefined || min < 1 || min > 48) problems.hoursMin = 'hr.form.hoursRange';
  if (max === undefined || max < 1 || max > 48) problems.hoursMax = 'hr.form.hoursRange';
  else if (min !== undefined && min > max) problems.hoursMin = 'hr.form.hoursOrder';
  if (!PC4.test(v.homePc4.trim())) problems.homePc4 = 'hr.form.pc4';
  if (travel === undefined || travel < 1 || travel > 250) problems.maxTravelKm = 'hr.form.travelRange';
  if (v.sharingScope === 'SELECTED_EMPLOYERS' && v.sharedWithEmployerIds.length === 0)
    problems.sharedWithEmployerIds = 'hr.form.chooseEmployers';
  return problems;
}

function profileFields(v: CandidateFormValues) {
  return {
    track: v.track as CandidateTrack,
    sketchStrengths: v.sketchStrengths,
    sketchAttentionPoints: v.sketchAttentionPoints,
    hoursMin: toInt(v.hoursMin)!,
    hoursMax: toInt(v.hoursMax)!,
    homePc4: v.homePc4.trim(),
    maxTravelKm: toInt(v.maxTravelKm)!,
    travelMode: v.travelMode,
    sectorsOpen: v.sectorsOpen,
    contractTypes: v.contractTypes,
    availableFrom: v.availableFrom || null,
    contractEndDate: v.contractEndDate || null,
    supportNeeds: v.supportNeeds,
    targetGroups: v.targetGroups,
    sharingScope: v.sharingScope,
    sharedWithEmployerIds: v.sharingScope === 'SELECTED_EMPLOYERS' ? v.sharedWithEmployerIds : [],
    strengths: v.strengths.map((s) => ({
      skillId: s.skill.id,
      level: s.level,
      evidenceNote: s.evidenceNote.trim() || null,
    })),
    developmentSkillIds: v.developmentSkills.map((s) => s.id),
  };
}

export function createInput(v: CandidateFormValues, confirmPossibleNames: boolean): CreateCandidateInput {
  const blank = (text: string) => text.trim() || null;
  return {
    ...profileFields(v),
    confirmPossibleNames,
    consentGiven: v.consentGiven,
    identity: {
      fullName: v.identity.fullName.trim(),
      email: blank(v.identity.email),
      phone: blank(v.identity.phone),
      dateOfBirth: blank(v.identity.dateOfBirth),
    },
  };
}

export function updateInput(
  v: CandidateFormValues,
  confirmPossibleNames: boolean,
  expectedVersion: number | undefined,
): UpdateCandidateInput {
  return { ...profileFields(v), confirmPossibleNames, expectedVersion };
}
