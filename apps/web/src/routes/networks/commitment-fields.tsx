import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionToday } from '@web/format/region-today';

/** Adds whole calendar months to a YYYY-MM-DD date (the last day of a shorter month where needed). */
function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface CommitmentState {
  input: {
    commitmentStart: string;
    commitmentEnd: string;
    contactName: string;
    contactPhone: string | null;
    contactEmail: string | null;
  };
  set(field: keyof CommitmentState['input'], value: string): void;
}

/** A commitment from today for the network's minimum, and the contact colleagues may call. */
export function useCommitment(
  minimumMonths: number,
  current?: {
    commitmentStart: string | null;
    commitmentEnd: string | null;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
  } | null,
): CommitmentState {
  const start = current?.commitmentStart ?? regionToday();
  const [input, setInput] = useState({
    commitmentStart: start,
    commitmentEnd: current?.commitmentEnd ?? addMonths(start, minimumMonths),
    contactName: current?.contactName ?? '',
    contactPhone: current?.contactPhone ?? null,
    contactEmail: current?.contactEmail ?? null,
  });
  return {
    input,
    // An empty phone or e-mail is none; the other fields are required.
    set: (field, value) =>
      setInput({
        ...input,
        [field]: value === '' && (field === 'contactPhone' || field === 'contactEmail') ? null : value,
      }),
  };
}

export function CommitmentFields({ commitment }: { commitment: CommitmentState }) {
  const { t } = useTranslation();
  const { input, set } = commitment;
  return (
    <>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('network.join.start')}
          required
          value={input.commitmentStart}
          onChange={(event) => set('commitmentStart', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('network.join.end')}
          required
          value={input.commitmentEnd}
          onChange={(event) => set('commitmentEnd', event.currentTarget.value)}
        />
      </Group>
      <TextInput
        label={t('network.join.contactName')}
        required
        value={input.contactName}
        maxLength={120}
        onChange={(event) => set('contactName', event.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <TextInput
          type="tel"
          label={t('network.join.contactPhone')}
          value={input.contactPhone ?? ''}
          onChange={(event) => set('contactPhone', event.currentTarget.value)}
        />
        <TextInput
          type="email"
          label={t('network.join.contactEmail')}
          value={input.contactEmail ?? ''}
          onChange={(event) => set('contactEmail', event.currentTarget.value)}
        />
      </Group>
    </>
  );
}
