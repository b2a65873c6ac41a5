import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SkillPicker, type SkillOption } from '@web/components/skill-picker';
import { EnumChecks } from './enum-checks';
import { SaveFormFrame, useSaveForm, type SaveValues } from './save-form';
import { enumOptions } from '@web/i18n/use-shared-text';
import { useHrText } from './use-hr-text';
import { checkVacancy, type VacancyFormValues } from './vacancy-form-values';

interface Props {
  initial: VacancyFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: SaveValues<VacancyFormValues>;
}

const KINDS = ['JOB', 'SECONDMENT', 'TRIAL_PLACEMENT', 'WORK_EXPERIENCE', 'PROJECT_HIRE'] as const;

type SkillList = 'requiredSkills' | 'niceToHaveSkills' | 'trainedOnTheJobSkills';
const SKILL_FIELDS: Record<SkillList, string> = {
  requiredSkills: 'requiredSkillIds',
  niceToHaveSkills: 'niceToHaveSkillIds',
  trainedOnTheJobSkills: 'trainedOnTheJobSkillIds',
};

/** A vacancy of any kind, with its skills in three lists; a skill belongs in one list only. */
export function VacancyForm({ initial, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const hr = useHrText();
  const labels: Record<string, string> = {
    title: t('hr.vacancy.title'),
    description: t('hr.vacancy.description'),
    hoursMin: t('hr.candidate.hoursMin'),
    hoursMax: t('hr.candidate.hoursMax'),
    locationPc4: t('hr.vacancy.locationPc4'),
    positions: t('hr.vacancy.positions'),
    contractDurationMonths: t('hr.vacancy.contractDurationMonths'),
    startDate: t('hr.vacancy.startDate'),
    requiredSkillIds: t('hr.vacancy.requiredSkills'),
    niceToHaveSkillIds: t('hr.vacancy.niceToHaveSkills'),
    trainedOnTheJobSkillIds: t('hr.vacancy.trainedOnTheJobSkills'),
  };
  const form = useSaveForm({ initial, onSubmit, check: checkVacancy, labelOf: (field) => labels[field] });
  const { values, set } = form;
  const errors = form.problem.fields;
  const text = (key: 'title' | 'description' | 'locationPc4' | 'startDate') => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    error: errors[key],
    label: labels[key],
  });
  const number = (key: 'hoursMin' | 'hoursMax' | 'positions' | 'contractDurationMonths') => ({
    value: values[key],
    onChange: (value: number | string) => set(key, value),
    error: errors[key],
    label: labels[key],
    allowDecimal: false,
    min: 1,
  });
  const skills = (key: SkillList) => ({
    label: labels[SKILL_FIELDS[key]],
    value: values[key],
    onChange: (value: SkillOption[]) => set(key, value),
    error: errors[SKILL_FIELDS[key]],
    exclude: (Object.keys(SKILL_FIELDS) as SkillList[])
      .filter((other) => other !== key)
      .flatMap((other) => values[other].map((s) => s.id)),
  });

  return (
    <SaveFormFrame {...form} submitLabel={submitLabel} cancelTo={cancelTo}>
      <Fieldset legend={t('hr.vacancy.aboutLegend')}>
        <Stack gap="sm">
          <TextInput {...text('title')} required maxLength={200} />
          <Textarea
            {...text('description')}
            description={t('hr.vacancy.descriptionHelp')}
            autosize
            minRows={4}
            maxLength={10000}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('hr.vacancy.kind')}
              value={values.kind}
              onChange={(event) => set('kind', event.currentTarget.value as VacancyFormValues['kind'])}
              data={KINDS.map((kind) => ({ value: kind, label: t(`enums.vacancyKind.${kind}`) }))}
            />
            <NativeSelect
              label={t('hr.vacancy.contractType')}
              value={values.contractType}
              onChange={(event) =>
                set('contractType', event.currentTarget.value as VacancyFormValues['contractType'])
              }
              data={enumOptions(hr.enums.contractType)}
            />
            <NumberInput {...number('hoursMin')} max={48} />
            <NumberInput {...number('hoursMax')} max={48} />
            <TextInput {...text('locationPc4')} required inputMode="numeric" maxLength={4} />
            <NumberInput {...number('positions')} max={500} />
            <TextInput {...text('startDate')} type="date" />
            <NumberInput {...number('contractDurationMonths')} max={120} />
          </SimpleGrid>
          <EnumChecks
            label={t('hr.vacancy.workDays')}
            options={enumOptions(hr.enums.weekday)}
            value={values.workDays}
            onChange={(v) => set('workDays', v)}
            columns={7}
          />
          <EnumChecks
            label={t('hr.vacancy.shifts')}
            options={enumOptions(hr.enums.shift)}
            value={values.shifts}
            onChange={(v) => set('shifts', v)}
            columns={3}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('hr.vacancy.skillsLegend')}>
        <Stack gap="sm">
          <SkillPicker {...skills('requiredSkills')} />
          <SkillPicker {...skills('niceToHaveSkills')} />
          <SkillPicker {...skills('trainedOnTheJobSkills')} description={t('hr.vacancy.trainedHelp')} />
        </Stack>
      </Fieldset>
    </SaveFormFrame>
  );
}
