import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { checkCandidate, type CandidateFormValues } from './candidate-form-values';
import { IdentityFields, ProfileFields, SkillFields, WishFields } from './candidate-form-sections';
import { SharingFields } from './candidate-sharing-fields';
import { SaveFormFrame, useSaveForm, type SaveValues } from './save-form';

interface Props {
  creating: boolean;
  initial: CandidateFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: SaveValues<CandidateFormValues>;
}

/** Create or edit an anonymised profile; the identity only at creation. */
export function CandidateForm({ creating, initial, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const form = useSaveForm({
    initial,
    onSubmit,
    check: (values) => checkCandidate(values, creating),
    labelOf: (field, values) => fieldLabel(field, values, t),
  });
  const sections = { values: form.values, set: form.set, errors: form.problem.fields };
  return (
    <SaveFormFrame {...form} submitLabel={submitLabel} cancelTo={cancelTo}>
      {creating && <IdentityFields {...sections} />}
      <ProfileFields {...sections} />
      <SkillFields {...sections} />
      <WishFields {...sections} />
      <SharingFields {...sections} creating={creating} />
    </SaveFormFrame>
  );
}

type T = TFunction;

/** The label the user sees for a field the gateway names; undefined for a field the form does not show. */
function fieldLabel(field: string, values: CandidateFormValues, t: T): string | undefined {
  const note = /^strengths\.(\d+)\.evidenceNote$/.exec(field);
  if (note) {
    const strength = values.strengths[Number(note[1])];
    return strength && t('hr.candidate.evidenceNoteOf', { skill: strength.skill.label });
  }
  const labels: Record<string, string> = {
    'identity.fullName': t('hr.candidate.fullName'),
    'identity.email': t('hr.candidate.email'),
    'identity.phone': t('hr.candidate.phone'),
    'identity.dateOfBirth': t('hr.candidate.dateOfBirth'),
    track: t('hr.candidate.track'),
    sketchStrengths: t('hr.candidate.sketchStrengths'),
    sketchAttentionPoints: t('hr.candidate.sketchAttentionPoints'),
    strengths: t('hr.candidate.strengths'),
    developmentSkillIds: t('hr.candidate.developmentSkills'),
    hoursMin: t('hr.candidate.hoursMin'),
    hoursMax: t('hr.candidate.hoursMax'),
    homePc4: t('hr.candidate.homePc4'),
    maxTravelKm: t('hr.candidate.maxTravelKm'),
    availableFrom: t('hr.candidate.availableFrom'),
    contractEndDate: t('hr.candidate.contractEndDate'),
    sharedWithEmployerIds: t('hr.candidate.sharedWith'),
  };
  return labels[field];
}
