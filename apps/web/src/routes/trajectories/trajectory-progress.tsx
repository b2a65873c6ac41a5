import { Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { TrajectoryDetailPartsFragment as Trajectory } from '@web/graphql/generated/graphql';
import { WriteProgressNoteMutation } from './trajectory.graphql';
import { TrajectoryForm } from './trajectory-form';
import { regionToday } from './use-trajectory-text';

/**
 * The candidate's own monthly notes: the candidate writes this month's (and may rewrite it while the month lasts);
 * only they and the counsellor see them, so the section is not there for anyone else.
 */
export function TrajectoryProgress({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!trajectory.healthVisible) return null;
  const thisMonth = `${regionToday().slice(0, 7)}-01`;
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-progress">
      <Stack gap="sm">
        <Title order={2} id="trajectory-progress">
          {t('trajectory.progress.title')}
        </Title>
        <Text size="sm">{t('trajectory.progress.intro')}</Text>
        {trajectory.viewerMay.writeProgressNote && (
          <ProgressForm
            trajectory={trajectory}
            month={thisMonth}
            current={trajectory.progressNotes.find((n) => n.month === thisMonth)?.note ?? ''}
          />
        )}
        {trajectory.progressNotes.length === 0 ? (
          <Text size="sm">{t('trajectory.progress.empty')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {trajectory.progressNotes.map((n) => (
              <li key={n.month}>
                <Text fw={700} size="sm">
                  {format.month(n.month)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {n.note}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function ProgressForm({
  trajectory,
  month,
  current,
}: {
  trajectory: Trajectory;
  month: string;
  current: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [note, setNote] = useState(current);
  const [writing, write] = useMutation(WriteProgressNoteMutation);
  const submit = (confirmPossibleNames = false) =>
    void write({ id: trajectory.id, input: { note, confirmPossibleNames } });
  return (
    <TrajectoryForm onSubmit={submit} state={writing} submitLabel={t('trajectory.progress.save')}>
      <Textarea
        label={t('trajectory.progress.thisMonth', { month: format.month(month) })}
        description={t('trajectory.progress.help')}
        required
        autosize
        minRows={3}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </TrajectoryForm>
  );
}
