import {
  Fieldset,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SkillPicker } from '@web/components/skill-picker';
import { SkillSuggestions } from './skill-suggestions';
import { EnumChecks } from './enum-checks';
import type { CandidateFormValues } from './candidate-form-values';
import { StrengthRows } from './candidate-strength-rows';
import { enumOptions, useSharedText } from '@web/i18n/use-shared-text';
import { useHrText } from './use-hr-text';

const TRACKS = ['WORK_TO_WORK', 'LABOUR_DISABILITY', 'SICKNESS_REINTEGRATION', 'VOLUNTARY_MOBILITY'] as const;

export interface SectionProps {
  values: CandidateFormValues;
  set<K extends keyof CandidateFormValues>(key: K, value: CandidateFormValues[K]): void;
  errors: Record<string, string>;
}

export function IdentityFields({ values, set, errors }: SectionProps) {
  const { t } = useTranslation();
  const identity = values.identity;
  const change = (key: keyof typeof identity) => (event: { currentTarget: HTMLInputElement }) =>
    set('identity', { ...identity, [key]: event.currentTarget.value });
  return (
    <Fieldset legend={t('hr.candidate.identityLegend')}>
      <Stack gap="sm">
        <TextInput
          label={t('hr.candidate.fullName')}
          description={t('hr.candidate.identityHelp')}
          required
          value={identity.fullName}
          onChange={change('fullName')}
          error={errors['identity.fullName']}
          autoComplete="off"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('hr.candidate.email')}
            type="email"
            value={identity.email}
            onChange={change('email')}
            error={errors['identity.email']}
            autoComplete="off"
          />
          <TextInput
            label={t('hr.candidate.phone')}
            type="tel"
            value={identity.phone}
            onChange={change('phone')}
            error={errors['identity.phone']}
            autoComplete="off"
          />
          <TextInput
            label={t('hr.candidate.dateOfBirth')}
            type="date"
            value={identity.dateOfBirth}
            onChange={change('dateOfBirth')}
            error={errors['identity.dateOfBirth']}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

export function ProfileFields({ values, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('hr.candidate.profileLegend')}>
      <Stack gap="sm">
        <NativeSelect
          label={t('hr.candidate.track')}
          required
          value={values.track}
          onChange={(event) => set('track', event.currentTarget.value as CandidateFormValues['track'])}
          data={[
            { value: '', label: t('hr.form.choose') },
            ...TRACKS.map((track) => ({ value: track, label: t(`enums.candidateTrack.${track}`) })),
          ]}
          error={errors.track}
        />
        <Textarea
          label={t('hr.candidate.sketchStrengths')}
          description={t('hr.candidate.sketchHelp')}
          autosize
          minRows={3}
          maxLength={2000}
          value={values.sketchStrengths}
          onChange={(event) => set('sketchStrengths', event.currentTarget.value)}
          error={errors.sketchStrengths}
        />
        <Textarea
          label={t('hr.candidate.sketchAttentionPoints')}
          description={t('hr.candidate.attentionHelp')}
          autosize
          minRows={3}
          maxLength={2000}
          value={values.sketchAttentionPoints}
          onChange={(event) => set('sketchAttentionPoints', event.currentTarget.value)}
          error={errors.sketchAttentionPoints}
        />
      </Stack>
    </Fieldset>
  );
}

export function SkillFields({ values, set, errors }: SectionProps) {
  const { t } = useTranslation();
  const strengthIds = values.strengths.map((s) => s.skill.id);
  return (
    <Fieldset legend={t('hr.candidate.skillsLegend')}>
      <Stack gap="sm">
        <SkillPicker
          label={t('hr.candidate.strengths')}
          description={t('hr.candidate.strengthsHelp')}
          value={values.strengths.map((s) => s.skill)}
          exclude={values.developmentSkills.map((s) => s.id)}
          onChange={(skills) =>
            set(
              'strengths',
              skills.map(
                (skill) =>
                  values.strengths.find((s) => s.skill.id === skill.id) ?? {
                    skill,
                    level: 2,
                    evidenceNote: '',
                  },
              ),
            )
          }
          error={errors.strengths}
        />
        <StrengthRows values={values} set={set} errors={errors} />
        <SkillPicker
          label={t('hr.candidate.developmentSkills')}
          description={t('hr.candidate.developmentHelp')}
          value={values.developmentSkills}
          exclude={strengthIds}
          onChange={(skills) => set('developmentSkills', skills)}
          error={errors.developmentSkillIds}
        />
        <SkillSuggestions
          text={[values.sketchStrengths, values.sketchAttentionPoints].filter(Boolean).join('\n')}
          taken={[...strengthIds, ...values.developmentSkills.map((s) => s.id)]}
          addStrength={(skill) =>
            set('strengths', [...values.strengths, { skill, level: 2, evidenceNote: '' }])
          }
          addDevelopment={(skill) => set('developmentSkills', [...values.developmentSkills, skill])}
        />
      </Stack>
    </Fieldset>
  );
}

export function WishFields({ values, set, errors }: SectionProps) {
  const { t } = useTranslation();
  const hr = useHrText();
  const shared = useSharedText();
  return (
    <Fieldset legend={t('hr.candidate.wishesLegend')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('hr.candidate.hoursMin')}
            min={1}
            max={48}
            allowDecimal={false}
            value={values.hoursMin}
            onChange={(value) => set('hoursMin', value)}
            error={errors.hoursMin}
          />
          <NumberInput
            label={t('hr.candidate.hoursMax')}
            min={1}
            max={48}
            allowDecimal={false}
            value={values.hoursMax}
            onChange={(value) => set('hoursMax', value)}
            error={errors.hoursMax}
          />
          <TextInput
            label={t('hr.candidate.homePc4')}
            description={t('hr.candidate.homePc4Help')}
            required
            inputMode="numeric"
            maxLength={4}
            value={values.homePc4}
            onChange={(event) => set('homePc4', event.currentTarget.value)}
            error={errors.homePc4}
          />
          <NumberInput
            label={t('hr.candidate.maxTravelKm')}
            min={1}
            max={250}
            allowDecimal={false}
            value={values.maxTravelKm}
            onChange={(value) => set('maxTravelKm', value)}
            error={errors.maxTravelKm}
          />
          <NativeSelect
            label={t('hr.candidate.travelMode')}
            value={values.travelMode}
            onChange={(event) =>
              set('travelMode', event.currentTarget.value as CandidateFormValues['travelMode'])
            }
            data={enumOptions(hr.enums.travelMode)}
          />
          <TextInput
            label={t('hr.candidate.availableFrom')}
            type="date"
            value={values.availableFrom}
            onChange={(event) => set('availableFrom', event.currentTarget.value)}
            error={errors.availableFrom}
          />
          <TextInput
            label={t('hr.candidate.contractEndDate')}
            type="date"
            value={values.contractEndDate}
            onChange={(event) => set('contractEndDate', event.currentTarget.value)}
            error={errors.contractEndDate}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('hr.candidate.sectorsOpen')}
          description={t('hr.candidate.sectorsHelp')}
          data={enumOptions(shared.enums.sector)}
          value={values.sectorsOpen}
          onChange={(v) => set('sectorsOpen', v)}
          searchable
          comboboxProps={{ withinPortal: false }}
        />
        <EnumChecks
          label={t('hr.candidate.contractTypes')}
          options={enumOptions(hr.enums.contractType)}
          value={values.contractTypes}
          onChange={(v) => set('contractTypes', v)}
          columns={3}
        />
        <EnumChecks
          label={t('hr.candidate.supportNeeds')}
          description={t('hr.candidate.supportHelp')}
          options={enumOptions(hr.enums.supportNeed)}
          value={values.supportNeeds}
          onChange={(v) => set('supportNeeds', v)}
          columns={2}
        />
        <EnumChecks
          label={t('hr.candidate.targetGroups')}
          description={t('hr.candidate.targetGroupsHelp')}
          options={enumOptions(hr.enums.targetGroup)}
          value={values.targetGroups}
          onChange={(v) => set('targetGroups', v)}
          columns={2}
        />
      </Stack>
    </Fieldset>
  );
}
