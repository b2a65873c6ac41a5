import { Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  TrajectoryDetailPartsFragment as Trajectory,
  TrajectoryPrecondition,
} from '@web/graphql/generated/graphql';
import { ConfirmPreconditionMutation } from './trajectory.graphql';
import { RefusalAlert } from '@web/components/refusal-alert';
import { regionToday, useTrajectoryText } from './use-trajectory-text';

/** The spoor-2 preconditions, each confirmed with its date and by whom; the client and counsellor confirm. */
export function TrajectoryPreconditions({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const format = useFormat();
  const canConfirm = trajectory.viewerMay.confirmPreconditions && trajectory.status === 'OPEN';
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-preconditions">
      <Stack gap="sm">
        <Title order={2} id="trajectory-preconditions">
          {t('trajectory.preconditions.title')}
        </Title>
        <Text size="sm">{t('trajectory.preconditions.intro')}</Text>
        <List spacing="sm" listStyleType="none" ml={0} pl={0}>
          {(Object.keys(texts.preconditions.kinds) as TrajectoryPrecondition[]).map((kind) => {
            const confirmed = trajectory.preconditions.find((p) => p.kind === kind);
            return (
              <List.Item key={kind}>
                <Text fw={500}>{t(`trajectory.preconditions.kinds.${kind}`)}</Text>
                {confirmed ? (
                  <Text size="sm" fw={500}>
                    {t('trajectory.preconditions.confirmed', {
                      date: format.date(confirmed.confirmedOn),
                      name: confirmed.confirmedBy.displayName ?? '—',
                    })}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('trajectory.preconditions.missing')}
                  </Text>
                )}
                {canConfirm && !confirmed && <Confirm trajectoryId={trajectory.id} kind={kind} />}
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Card>
  );
}

function Confirm({ trajectoryId, kind }: { trajectoryId: string; kind: TrajectoryPrecondition }) {
  const { t } = useTranslation();
  const [confirmedOn, setConfirmedOn] = useState(regionToday);
  const [confirming, confirm] = useMutation(ConfirmPreconditionMutation);
  return (
    <Stack gap={4} mt={4}>
      <Group align="flex-end" gap="xs">
        <TextInput
          type="date"
          size="xs"
          label={t('trajectory.preconditions.confirmOn')}
          max={regionToday()}
          value={confirmedOn}
          onChange={(event) => setConfirmedOn(event.currentTarget.value)}
        />
        <Button
          size="xs"
          loading={confirming.fetching}
          aria-label={`${t('trajectory.preconditions.confirm')}: ${t(`trajectory.preconditions.kinds.${kind}`)}`}
          onClick={() => void confirm({ id: trajectoryId, input: { kind, confirmedOn } })}
        >
          {t('trajectory.preconditions.confirm')}
        </Button>
      </Group>
      {confirming.error && <RefusalAlert error={confirming.error} />}
    </Stack>
  );
}
