import { Checkbox, Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlacementPayer, PlacementPurpose } from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { SaveFormFrame, useSaveForm, type Cancel, type SaveValues } from './save-form';
import { checkTerms, type TermsValues } from './placement-terms-values';
import { useHrText } from './use-hr-text';

type Props = Cancel & {
  initial: TermsValues;
  submitLabel: string;
  onSubmit: SaveValues<TermsValues>;
  /** Fields before the terms, where the form chooses more than the terms (the kind of placement). */
  children?: ReactNode;
  /** What an empty requested-hours or duration field stands for, where that is not the vacancy's. */
  emptyHelp?: { requestedHours: string; duration: string };
};

type NumberField =
  'contractHoursPerWeek' | 'ownWorkHoursPerWeek' | 'requestedHoursPerWeek' | 'durationWeeks' | 'hoursPerWeek';
type TextField = 'startDate' | 'endDate' | 'insuranceNote' | 'lendingContact' | 'hostContact';

/** The terms of a placement: who pays what, the contacts, and (or leave them to Werkbrug) the dates and hours. */
export function PlacementTermsForm(props: Props) {
  const { initial, submitLabel, onSubmit, children, emptyHelp, ...cancel } = props;
  const { t } = useTranslation();
  const hr = useHrText();
  const labels: Record<string, string> = {
    purpose: t('hr.terms.purpose'),
    contractHoursPerWeek: t('hr.terms.contractHours'),
    ownWorkHoursPerWeek: t('hr.terms.ownWorkHours'),
    requestedHoursPerWeek: t('hr.terms.requestedHours'),
    durationWeeks: t('hr.terms.durationWeeks'),
    startDate: t('hr.terms.startDate'),
    endDate: t('hr.terms.endDate'),
    hoursPerWeek: t('hr.terms.hoursPerWeek'),
    salaryPaidBy: t('hr.terms.salaryPaidBy'),
    travelCostsPaidBy: t('hr.terms.travelCostsPaidBy'),
    insuranceNote: t('hr.terms.insuranceNote'),
    lendingContact: t('hr.terms.lendingContact'),
    hostContact: t('hr.terms.hostContact'),
  };
  const form = useSaveForm({ initial, onSubmit, check: checkTerms, labelOf: (field) => labels[field] });
  const { values, set } = form;
  const errors = form.problem.fields;
  const number = (key: NumberField, max: number) => ({
    value: values[key],
    onChange: (value: number | string) => set(key, String(value)),
    error: errors[key],
    label: labels[key],
    allowDecimal: false,
    min: 0,
    max,
  });
  const text = (key: TextField) => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    error: errors[key],
    label: labels[key],
  });
  const payers = enumOptions(hr.placementEnums.payer);
  return (
    <SaveFormFrame {...form} {...cancel} submitLabel={submitLabel}>
      {children}
      <Fieldset legend={t('hr.placement.termsTitle')}>
        <Stack gap="sm">
          <NativeSelect
            label={labels.purpose}
            value={values.purpose}
            onChange={(event) => set('purpose', event.currentTarget.value as PlacementPurpose)}
            data={enumOptions(hr.placementEnums.purpose)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput {...number('contractHoursPerWeek', 48)} required />
            <NumberInput {...number('ownWorkHoursPerWeek', 48)} required />
            <NumberInput
              {...number('requestedHoursPerWeek', 48)}
              description={emptyHelp?.requestedHours ?? t('hr.terms.requestedHoursHelp')}
            />
            <NumberInput
              {...number('durationWeeks', 104)}
              description={emptyHelp?.duration ?? t('hr.terms.durationHelp')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('hr.terms.datesLegend')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...text('startDate')} type="date" description={t('hr.terms.datesHelp')} />
            <TextInput {...text('endDate')} type="date" />
            <NumberInput {...number('hoursPerWeek', 48)} />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('hr.terms.costsLegend')}>
        <Stack gap="sm">
          <NativeSelect
            label={labels.salaryPaidBy}
            value={values.salaryPaidBy}
            onChange={(event) => set('salaryPaidBy', event.currentTarget.value as PlacementPayer)}
            data={payers}
          />
          <Checkbox
            label={t('hr.terms.travelCostsReimbursed')}
            checked={values.travelCostsReimbursed}
            onChange={(event) => set('travelCostsReimbursed', event.currentTarget.checked)}
          />
          <NativeSelect
            label={labels.travelCostsPaidBy}
            value={values.travelCostsPaidBy}
            onChange={(event) => set('travelCostsPaidBy', event.currentTarget.value as PlacementPayer)}
            data={payers}
            error={errors.travelCostsPaidBy}
          />
          <TextInput {...text('insuranceNote')} description={t('hr.terms.insuranceHelp')} maxLength={1000} />
          <Checkbox
            label={t('hr.terms.returnOption')}
            checked={values.returnOption}
            onChange={(event) => set('returnOption', event.currentTarget.checked)}
          />
          <TextInput
            {...text('lendingContact')}
            description={t('hr.terms.contactHelp')}
            required
            maxLength={200}
          />
          <TextInput {...text('hostContact')} required maxLength={200} />
        </Stack>
      </Fieldset>
    </SaveFormFrame>
  );
}
