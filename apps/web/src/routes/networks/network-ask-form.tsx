import {
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { RefusalAlert } from '@web/components/refusal-alert';
import { regionToday } from '@web/format/region-today';
import type { NetworkPartsFragment, SoughtKind } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { CreateCollegialRequestMutation, NETWORK_CHANGES, OwnCandidatesQuery } from './networks.graphql';

const SOUGHT: SoughtKind[] = [
  'TEMPORARY_EXPERIENCE',
  'SECONDMENT',
  'REINTEGRATION_PLACE',
  'PROJECT_WORK',
  'CAREER_STEP',
];

/** An active member's HR lead asks the network (or chosen members) for help with one of their own candidates. */
export function AskForm({ network, onAsked }: { network: NetworkPartsFragment; onAsked: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [{ data }] = useQuery({ query: OwnCandidatesQuery });
  const [saving, ask] = useMutation(CreateCollegialRequestMutation);
  const [candidateId, setCandidateId] = useState('');
  const [sought, setSought] = useState<SoughtKind>('TEMPORARY_EXPERIENCE');
  const [startFrom, setStartFrom] = useState(regionToday());
  const [months, setMonths] = useState<number | string>(6);
  const [hours, setHours] = useState<number | string>(24);
  const [lenderOffer, setLenderOffer] = useState('');
  const [note, setNote] = useState('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const others = network.members.filter((m) => m.status === 'ACTIVE' && m.employerId !== viewer.employerId);
  const candidates = data?.candidateProfiles.nodes ?? [];
  const submit = async (confirm = false) => {
    const result = await ask(
      {
        input: {
          networkId: network.id,
          candidateId,
          sought,
          startFrom,
          durationMonths: Number(months),
          hoursPerWeek: Number(hours),
          lenderOffer,
          note,
          recipientEmployerIds: recipients,
        },
        confirm,
      },
      NETWORK_CHANGES,
    );
    if (!result.error) onAsked();
  };
  return (
    <Card
      withBorder
      component="form"
      aria-label={t('network.requests.ask')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('network.requests.ask')}
        </Title>
        <NativeSelect
          label={t('network.requests.candidate')}
          required
          value={candidateId}
          onChange={(event) => setCandidateId(event.currentTarget.value)}
          data={[{ value: '', label: '' }, ...candidates.map((c) => ({ value: c.id, label: c.publicCode }))]}
        />
        <NativeSelect
          label={t('network.requests.sought')}
          value={sought}
          onChange={(event) => setSought(event.currentTarget.value as SoughtKind)}
          data={SOUGHT.map((kind) => ({ value: kind, label: t(`network.sought.${kind}`) }))}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('network.requests.startFrom')}
            required
            value={startFrom}
            onChange={(event) => setStartFrom(event.currentTarget.value)}
          />
          <NumberInput
            label={t('network.requests.duration')}
            min={1}
            max={24}
            required
            value={months}
            onChange={setMonths}
          />
          <NumberInput
            label={t('network.requests.hours')}
            min={1}
            max={40}
            required
            value={hours}
            onChange={setHours}
          />
        </Group>
        <Textarea
          label={t('network.requests.lenderOffer')}
          description={t('network.requests.lenderOfferHelp')}
          value={lenderOffer}
          maxLength={2000}
          autosize
          onChange={(event) => setLenderOffer(event.currentTarget.value)}
        />
        <Textarea
          label={t('network.requests.note')}
          description={t('network.requests.noteHelp')}
          value={note}
          maxLength={2000}
          autosize
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <MultiSelect
          label={t('network.requests.recipients')}
          description={t('network.requests.recipientsHelp')}
          value={recipients}
          onChange={setRecipients}
          data={others.map((m) => ({ value: m.employerId, label: m.employerName }))}
        />
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => void submit(true)} />}
        <div>
          <Button type="submit" loading={saving.fetching} disabled={!candidateId}>
            {t('network.requests.submit')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
