import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  HirePartsFragment as Hire,
  TrajectoryDetailPartsFragment as Trajectory,
} from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { AnswerFollowUpMutation } from './trajectory.graphql';
import { HireForm } from './hire-form';
import { RefusalAlert } from '@web/components/refusal-alert';

/**
 * The candidate's hires with their follow-ups: the team and the client's HR leads record a hire and answer a due
 * follow-up; the candidate reads them.
 */
export function TrajectoryHires({ trajectory, onChanged }: { trajectory: Trajectory; onChanged(): void }) {
  const { t } = useTranslation();
  const staff = useSession().viewer.role !== 'JOB_SEEKER';
  const [recording, setRecording] = useState(false);
  const hires = trajectory.hires;
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-hires">
      <Stack gap="sm">
        <Title order={2} id="trajectory-hires">
          {t('trajectory.hires.title')}
        </Title>
        <Text size="sm">{t('trajectory.hires.intro')}</Text>
        {hires.length === 0 && <Text size="sm">{t('trajectory.hires.empty')}</Text>}
        {hires.map((hire) => (
          <HireItem key={hire.id} hire={hire} canAnswer={staff} />
        ))}
        {staff && trajectory.status === 'OPEN' && !recording && (
          <Group>
            <Button variant="default" onClick={() => setRecording(true)}>
              {t('trajectory.hires.record')}
            </Button>
          </Group>
        )}
        {staff && trajectory.status === 'OPEN' && recording && (
          <HireForm
            candidateId={trajectory.candidateId}
            onRecorded={() => {
              setRecording(false);
              onChanged();
            }}
          />
        )}
      </Stack>
    </Card>
  );
}

function HireItem({ hire, canAnswer }: { hire: Hire; canAnswer: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const employer = hire.selfEmployed ? t('trajectory.hires.selfEmployed') : (hire.employerName ?? '—');
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={t('trajectory.hires.summary', { employer, date: format.date(hire.startedOn) })}
    >
      <Text fw={600}>{t('trajectory.hires.summary', { employer, date: format.date(hire.startedOn) })}</Text>
      <Text size="sm">
        {[
          hire.contractType ? t(`trajectory.contractTypes.${hire.contractType}`) : null,
          hire.external ? t('trajectory.hires.elsewhere') : t('trajectory.hires.ownEmployer'),
          t(`trajectory.hires.sources.${hire.source}`),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <List spacing={4} mt="xs" listStyleType="none" ml={0} pl={0}>
        {hire.followUps.map((followUp) => (
          <List.Item key={followUp.id}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm">
                {t('trajectory.hires.followUp', {
                  months: followUp.months,
                  date: format.date(followUp.dueOn),
                })}
              </Text>
              <Badge
                variant="light"
                color={
                  followUp.status === 'DUE' ? 'orange' : followUp.status === 'ANSWERED' ? 'green' : 'gray'
                }
              >
                {t(`trajectory.hires.statuses.${followUp.status}`)}
              </Badge>
            </Group>
            {followUp.answeredOn && (
              <Text size="sm">
                {followUp.stillEmployed
                  ? t('trajectory.hires.answeredYes', {
                      date: format.date(followUp.answeredOn),
                      where:
                        followUp.sameEmployer === false
                          ? t('trajectory.hires.otherEmployer')
                          : t('trajectory.hires.sameEmployer'),
                    })
                  : t('trajectory.hires.answeredNo', { date: format.date(followUp.answeredOn) })}
              </Text>
            )}
            {followUp.status === 'DUE' && followUp.reminderCount > 0 && (
              <Text size="xs" c="dimmed">
                {t('trajectory.hires.reminders', { count: followUp.reminderCount })}
              </Text>
            )}
            {followUp.status === 'DUE' && canAnswer && (
              <FollowUpAnswer id={followUp.id} months={followUp.months} />
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

function FollowUpAnswer({ id, months }: { id: string; months: number }) {
  const { t } = useTranslation();
  const [answering, answer] = useMutation(AnswerFollowUpMutation);
  const options = [
    { label: t('trajectory.hires.stillWorking'), input: { stillEmployed: true, sameEmployer: true } },
    {
      label: t('trajectory.hires.stillWorkingElsewhere'),
      input: { stillEmployed: true, sameEmployer: false },
    },
    { label: t('trajectory.hires.notWorking'), input: { stillEmployed: false } },
  ];
  return (
    <Stack gap={4} mt={4}>
      <Group gap="xs">
        {options.map((option) => (
          <Button
            key={option.label}
            size="xs"
            variant="default"
            loading={answering.fetching}
            aria-label={t('trajectory.hires.answerFor', { answer: option.label, months })}
            onClick={() => void answer({ id, input: option.input })}
          >
            {option.label}
          </Button>
        ))}
      </Group>
      {answering.error && <RefusalAlert error={answering.error} />}
    </Stack>
  );
}
