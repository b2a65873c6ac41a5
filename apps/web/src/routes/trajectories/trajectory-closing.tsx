import { Alert, Card, Group, NativeSelect, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  TrajectoryDetailPartsFragment as Trajectory,
  TrajectoryOutcome,
} from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { CloseTrajectoryMutation } from './trajectory.graphql';
import { TrajectoryForm } from './trajectory-form';
import { regionToday, useTrajectoryText } from './use-trajectory-text';

/** How the trajectory ended, or for the counsellor the form that ends it. */
export function TrajectoryClosing({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (trajectory.status === 'CLOSED' && trajectory.outcome && trajectory.closedOn) {
    return (
      <Alert color={trajectory.successful ? 'green' : 'gray'} title={t('trajectory.closing.title')}>
        <Text>
          {t('trajectory.closing.closed', {
            date: format.date(trajectory.closedOn),
            outcome: t(`trajectory.closing.outcomes.${trajectory.outcome}`),
          })}
        </Text>
        <Text size="sm">
          {trajectory.successful ? t('trajectory.closing.success') : t('trajectory.closing.noSuccess')}
        </Text>
        {trajectory.closingNote && <Text size="sm">{trajectory.closingNote}</Text>}
      </Alert>
    );
  }
  if (!trajectory.viewerMay.guide) return null;
  return <ClosingForm trajectory={trajectory} />;
}

function ClosingForm({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const [outcome, setOutcome] = useState<TrajectoryOutcome>('EXTERNAL_JOB');
  const [closedOn, setClosedOn] = useState(regionToday);
  const [note, setNote] = useState('');
  const [closing, close] = useMutation(CloseTrajectoryMutation);
  const submit = (confirmPossibleNames = false) =>
    void close({
      id: trajectory.id,
      input: { outcome, closedOn, note: note.trim() || null, confirmPossibleNames },
    });
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-closing">
      <TrajectoryForm
        onSubmit={submit}
        state={closing}
        submitLabel={t('trajectory.closing.submit')}
        submitProps={{ color: 'red' }}
      >
        <Title order={2} id="trajectory-closing">
          {t('trajectory.closing.title')}
        </Title>
        <Text size="sm">{t('trajectory.closing.intro')}</Text>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('trajectory.closing.outcome')}
            value={outcome}
            onChange={(event) => setOutcome(event.currentTarget.value as TrajectoryOutcome)}
            data={enumOptions(texts.closing.outcomes)}
          />
          <TextInput
            type="date"
            label={t('trajectory.closing.closedOn')}
            required
            min={trajectory.startedOn}
            max={regionToday()}
            value={closedOn}
            onChange={(event) => setClosedOn(event.currentTarget.value)}
          />
        </Group>
        <Textarea
          label={t('trajectory.closing.note')}
          description={t('trajectory.closing.noteHelp')}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
      </TrajectoryForm>
    </Card>
  );
}
