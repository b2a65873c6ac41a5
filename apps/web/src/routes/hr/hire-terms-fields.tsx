import { NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionToday } from '@web/format/region-today';
import type { ContractType, HireTermsInput } from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { useHrText } from './use-hr-text';

/**
 * The terms of a hire that a match or a placement led to (start, contract, duration, hours): what the outcome
 * "hired" needs, since it takes the candidate out of the active pool and starts the follow-ups.
 */
export function useHireTerms(): { terms: HireTermsInput; fields: ReactElement } {
  const { t } = useTranslation();
  const hr = useHrText();
  const [startedOn, setStartedOn] = useState(regionToday);
  const [contractType, setContractType] = useState<ContractType>('PERMANENT');
  const [durationMonths, setDurationMonths] = useState<number | string>('');
  const [hoursPerWeek, setHoursPerWeek] = useState<number | string>('');
  const terms = {
    startedOn,
    contractType,
    durationMonths: typeof durationMonths === 'number' ? durationMonths : null,
    hoursPerWeek: typeof hoursPerWeek === 'number' ? hoursPerWeek : null,
  };
  const fields = (
    <Stack gap="xs">
      <Text size="sm">{t('hr.outcome.hireIntro')}</Text>
      <TextInput
        type="date"
        label={t('hr.outcome.startedOn')}
        required
        value={startedOn}
        onChange={(event) => setStartedOn(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('hr.outcome.contractType')}
        value={contractType}
        onChange={(event) => setContractType(event.currentTarget.value as ContractType)}
        data={enumOptions(hr.enums.contractType)}
      />
      <NumberInput
        label={t('hr.outcome.durationMonths')}
        min={1}
        max={120}
        allowDecimal={false}
        value={durationMonths}
        onChange={setDurationMonths}
      />
      <NumberInput
        label={t('hr.outcome.hoursPerWeek')}
        min={1}
        max={48}
        allowDecimal={false}
        value={hoursPerWeek}
        onChange={setHoursPerWeek}
      />
    </Stack>
  );
  return { terms, fields };
}
