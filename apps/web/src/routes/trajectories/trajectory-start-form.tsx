import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { FormCard } from '@web/components/form-card';
import type { CandidateByCodeQuery, TrajectoryKind } from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { CandidateByCodeQuery as FindCandidate } from '@web/components/candidate-by-code.graphql';
import { CounsellorsQuery, OpenTrajectoryMutation } from './trajectory.graphql';
import { trajectoryPath } from './trajectory-paths';
import { RefusalAlert } from '@web/components/refusal-alert';
import { regionToday, useCounsellorOptions, useTrajectoryText } from './use-trajectory-text';

type Candidate = CandidateByCodeQuery['candidateProfiles']['nodes'][number];

/**
 * The mobility team starts a trajectory: the candidate by their profile code (as the HR lead passes it on), the
 * kind (spoor 2 for a sick employee), a counsellor from the team and the dates. The gateway checks it all again.
 */
export function TrajectoryStartForm() {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const client = useClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [candidate, setCandidate] = useState<Candidate | null | undefined>(undefined);
  const [kind, setKind] = useState<TrajectoryKind>('WORK_TO_WORK');
  const [counsellorUserId, setCounsellor] = useState('');
  const [startedOn, setStartedOn] = useState(regionToday);
  const [firstSicknessDay, setFirstSicknessDay] = useState('');
  const [plannedDismissalOn, setPlannedDismissalOn] = useState('');
  const [counsellors] = useQuery({ query: CounsellorsQuery });
  const [opening, open] = useMutation(OpenTrajectoryMutation);

  const find = async () => {
    const result = await client.query(
      FindCandidate,
      { code: code.trim() },
      { requestPolicy: 'network-only' },
    );
    const found = result.data?.candidateProfiles.nodes[0] ?? null;
    setCandidate(found);
    if (found) setKind(found.track === 'SICKNESS_REINTEGRATION' ? 'SICKNESS_REINTEGRATION' : 'WORK_TO_WORK');
  };
  const submit = async () => {
    if (!candidate) return find();
    const result = await open({
      input: {
        candidateId: candidate.id,
        kind,
        counsellorUserId,
        startedOn,
        firstSicknessDay: kind === 'SICKNESS_REINTEGRATION' && firstSicknessDay ? firstSicknessDay : null,
        plannedDismissalOn: plannedDismissalOn || null,
      },
    });
    const id = result.data?.openTrajectory.id;
    if (id) void navigate(trajectoryPath('MOBILITY_TEAM', id));
  };
  const counsellorOptions = useCounsellorOptions(counsellors.data?.counsellors);
  return (
    <FormCard id="trajectory-start" title={t('trajectory.start.title')} onSubmit={() => void submit()}>
      <Text size="sm">{t('trajectory.start.intro')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('trajectory.start.code')}
          value={code}
          required
          onChange={(event) => {
            setCode(event.currentTarget.value);
            setCandidate(undefined);
          }}
        />
        <Button variant="default" onClick={() => void find()} disabled={!code.trim()}>
          {t('trajectory.start.find')}
        </Button>
      </Group>
      {candidate === null && (
        <Alert color="yellow" role="status">
          {t('trajectory.start.notFound')}
        </Alert>
      )}
      {candidate && (
        <Stack gap="sm">
          <Text role="status" fw={500}>
            {t('trajectory.start.found', {
              code: candidate.publicCode,
              track: candidate.track ? t(`enums.candidateTrack.${candidate.track}`) : '—',
              status: t(`enums.candidateStatus.${candidate.status}`),
            })}
          </Text>
          <NativeSelect
            label={t('trajectory.start.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as TrajectoryKind)}
            data={enumOptions(texts.kinds)}
          />
          <NativeSelect
            label={t('trajectory.start.counsellor')}
            required
            value={counsellorUserId}
            onChange={(event) => setCounsellor(event.currentTarget.value)}
            data={[{ value: '', label: '—' }, ...counsellorOptions]}
          />
          <TextInput
            type="date"
            label={t('trajectory.start.startedOn')}
            required
            value={startedOn}
            onChange={(event) => setStartedOn(event.currentTarget.value)}
          />
          {kind === 'SICKNESS_REINTEGRATION' && (
            <TextInput
              type="date"
              label={t('trajectory.start.firstSicknessDay')}
              description={t('trajectory.start.firstSicknessDayHelp')}
              required
              max={regionToday()}
              value={firstSicknessDay}
              onChange={(event) => setFirstSicknessDay(event.currentTarget.value)}
            />
          )}
          <TextInput
            type="date"
            label={t('trajectory.start.plannedDismissalOn')}
            value={plannedDismissalOn}
            onChange={(event) => setPlannedDismissalOn(event.currentTarget.value)}
          />
          {opening.error && <RefusalAlert error={opening.error} />}
          <Group>
            <Button type="submit" loading={opening.fetching}>
              {t('trajectory.start.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </FormCard>
  );
}
