import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './candidate-form-sections';
import { enumOptions } from '@web/i18n/use-shared-text';
import { useHrText } from './use-hr-text';

/** Per chosen strength: its level and, optionally, how it shows (checked by the privacy guard). */
export function StrengthRows({ values, set, errors }: SectionProps) {
  const { t } = useTranslation();
  const hr = useHrText();
  const change = (index: number, part: { level?: number; evidenceNote?: string }) =>
    set(
      'strengths',
      values.strengths.map((s, i) => (i === index ? { ...s, ...part } : s)),
    );
  return values.strengths.map((strength, index) => (
    <Fieldset key={strength.skill.id} legend={strength.skill.label} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('hr.candidate.level')}
          value={String(strength.level)}
          onChange={(event) => change(index, { level: Number(event.currentTarget.value) })}
          data={enumOptions(hr.enums.level)}
        />
        <TextInput
          label={t('hr.candidate.evidenceNote')}
          maxLength={500}
          value={strength.evidenceNote}
          onChange={(event) => change(index, { evidenceNote: event.currentTarget.value })}
          error={errors[`strengths.${index}.evidenceNote`]}
        />
      </SimpleGrid>
    </Fieldset>
  ));
}
