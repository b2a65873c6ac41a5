import { Button, Group, NativeSelect, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { ContractType, HireSource } from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { HireEmployersQuery, RecordHireMutation } from './trajectory.graphql';
import { RefusalAlert } from '@web/components/refusal-alert';
import { regionToday, useTrajectoryText } from './use-trajectory-text';

type Where = 'IN' | 'OUTSIDE' | 'SELF';

/** Records that the candidate started work: at an employer in Werkbrug, one outside it, or as self-employed. */
export function HireForm({ candidateId, onRecorded }: { candidateId: string; onRecorded(): void }) {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const [where, setWhere] = useState<Where>('IN');
  const [employerId, setEmployerId] = useState('');
  const [employerName, setEmployerName] = useState('');
  const [contractType, setContractType] = useState<ContractType>('PERMANENT');
  const [startedOn, setStartedOn] = useState(regionToday);
  const [durationMonths, setDurationMonths] = useState<number | string>('');
  const [source, setSource] = useState<HireSource>('MATCH');
  const [employers] = useQuery({ query: HireEmployersQuery, pause: where !== 'IN' });
  const [recording, record] = useMutation(RecordHireMutation);
  const submit = async (confirmPossibleNames = false) => {
    const result = await record({
      input: {
        candidateId,
        employerId: where === 'IN' ? employerId || null : null,
        employerName: where === 'OUTSIDE' ? employerName.trim() || null : null,
        selfEmployed: where === 'SELF',
        contractType: where === 'SELF' ? null : contractType,
        startedOn,
        durationMonths: typeof durationMonths === 'number' ? durationMonths : null,
        source,
        confirmPossibleNames,
      },
    });
    if (result.data) onRecorded();
  };
  return (
    <form
      noValidate
      aria-label={t('trajectory.hires.record')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Radio.Group label={t('trajectory.hires.where')} value={where} onChange={(value) => setWhere(value)}>
          <Group mt="xs">
            {(Object.keys(texts.hires.whereOptions) as Where[]).map((option) => (
              <Radio key={option} value={option} label={t(`trajectory.hires.whereOptions.${option}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group align="flex-end" wrap="wrap">
          {where === 'IN' && (
            <NativeSelect
              label={t('trajectory.hires.employer')}
              required
              value={employerId}
              onChange={(event) => setEmployerId(event.currentTarget.value)}
              data={[
                { value: '', label: '—' },
                ...(employers.data?.employers.nodes ?? []).map((e) => ({ value: e.id, label: e.name })),
              ]}
            />
          )}
          {where === 'OUTSIDE' && (
            <TextInput
              label={t('trajectory.hires.employerName')}
              required
              maxLength={200}
              value={employerName}
              onChange={(event) => setEmployerName(event.currentTarget.value)}
            />
          )}
          {where !== 'SELF' && (
            <NativeSelect
              label={t('trajectory.hires.contractType')}
              value={contractType}
              onChange={(event) => setContractType(event.currentTarget.value as ContractType)}
              data={enumOptions(texts.contractTypes)}
            />
          )}
          <TextInput
            type="date"
            label={t('trajectory.hires.startedOn')}
            required
            value={startedOn}
            onChange={(event) => setStartedOn(event.currentTarget.value)}
          />
          <NumberInput
            label={t('trajectory.hires.durationMonths')}
            min={1}
            max={120}
            allowDecimal={false}
            value={durationMonths}
            onChange={setDurationMonths}
          />
          <NativeSelect
            label={t('trajectory.hires.source')}
            value={source}
            onChange={(event) => setSource(event.currentTarget.value as HireSource)}
            data={enumOptions(texts.hires.sources)}
          />
        </Group>
        {recording.error && (
          <RefusalAlert error={recording.error} onConfirmNoName={() => void submit(true)} />
        )}
        <Group>
          <Button type="submit" loading={recording.fetching}>
            {t('trajectory.hires.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
