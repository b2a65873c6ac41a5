import { Anchor, Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { TrajectoryDetailPartsFragment as Trajectory } from '@web/graphql/generated/graphql';
import { errorCode } from '@web/graphql/errors';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { useSession } from '@web/session/viewer-context';
import { AssignCounsellorMutation, CounsellorsQuery, TrajectoryQuery } from './trajectory.graphql';
import { TrajectoryClosing } from './trajectory-closing';
import { TrajectoryContacts } from './trajectory-contacts';
import { TrajectoryHires } from './trajectory-hires';
import { TRAJECTORY_PATHS, type TrajectoryRole } from './trajectory-paths';
import { TrajectoryPlan } from './trajectory-plan';
import { TrajectoryPreconditions } from './trajectory-preconditions';
import { TrajectoryProgress } from './trajectory-progress';
import { RefusalAlert } from '@web/components/refusal-alert';
import { TrajectoryReports } from './trajectory-reports';
import { TrajectoryScreening } from './trajectory-screening';
import { regionToday, useCounsellorOptions } from './use-trajectory-text';

/** One trajectory: its facts and deadlines, the preconditions, the intake, the plan, the contacts, how it ended. */
export function TrajectoryPage() {
  const { t } = useTranslation();
  const role = useSession().viewer.role as TrajectoryRole;
  const id = useParams().trajectoryId ?? '';
  const [{ data, error, fetching }, reexecute] = useQuery({ query: TrajectoryQuery, variables: { id } });
  // A first hire adds a kind of object the page did not show before, which the client cannot know to refresh.
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const trajectory = data?.trajectory;
  if (['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NotFoundPage />;
  return (
    <>
      <Anchor component={Link} to={TRAJECTORY_PATHS[role]} size="sm" display="inline-block" mb="xs">
        {t('trajectory.detail.back')}
      </Anchor>
      {fetching && !trajectory && <QueryLoading />}
      {error && !trajectory && <QueryError error={error} />}
      {trajectory && (
        <>
          <PageHeading title={t('trajectory.detail.title', { code: trajectory.candidatePublicCode })} />
          <Stack gap="xl">
            <Facts trajectory={trajectory} />
            {trajectory.kind === 'SICKNESS_REINTEGRATION' && (
              <TrajectoryPreconditions trajectory={trajectory} />
            )}
            <TrajectoryScreening trajectory={trajectory} />
            <TrajectoryPlan trajectory={trajectory} />
            <TrajectoryProgress trajectory={trajectory} />
            <TrajectoryContacts trajectory={trajectory} />
            <TrajectoryHires trajectory={trajectory} onChanged={reload} />
            <TrajectoryClosing trajectory={trajectory} />
            <TrajectoryReports
              trajectory={trajectory}
              reports={data?.trajectoryReports ?? []}
              onChanged={reload}
            />
          </Stack>
        </>
      )}
    </>
  );
}

function Facts({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = (value: string | null | undefined) => (value ? format.date(value) : null);
  /** A deadline with the weeks left until it. */
  const deadline = (value: string | null | undefined) => {
    if (!value) return null;
    const days = daysUntil(value);
    const left =
      days < 0
        ? t('trajectory.detail.passed')
        : t('trajectory.detail.weeksLeft', { count: Math.floor(days / 7) });
    return `${format.date(value)} (${left})`;
  };
  const facts: [string, string | null][] = [
    [t('trajectory.detail.kind'), t(`trajectory.kinds.${trajectory.kind}`)],
    [t('trajectory.detail.client'), trajectory.clientName],
    [t('trajectory.detail.counsellor'), trajectory.counsellor.displayName ?? '—'],
    [t('trajectory.detail.startedOn'), date(trajectory.startedOn)],
    [t('trajectory.detail.firstSicknessDay'), date(trajectory.firstSicknessDay)],
    [t('trajectory.detail.waitingPeriodEndsOn'), deadline(trajectory.waitingPeriodEndsOn)],
    [t('trajectory.detail.wiaApplicationDueOn'), deadline(trajectory.wiaApplicationDueOn)],
    [t('trajectory.detail.plannedDismissalOn'), date(trajectory.plannedDismissalOn)],
  ];
  return (
    <section aria-labelledby="trajectory-facts">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="trajectory-facts">
          {t('trajectory.detail.facts')}
        </Title>
        <Badge variant="light" color={trajectory.status === 'OPEN' ? 'blue' : 'gray'} size="lg">
          {t(`trajectory.statuses.${trajectory.status}`)}
        </Badge>
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs">
        {facts
          .filter(([, value]) => value !== null)
          .map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
      </SimpleGrid>
      {trajectory.viewerMay.assignCounsellor && trajectory.status === 'OPEN' && (
        <Reassign trajectory={trajectory} />
      )}
    </section>
  );
}

/** Whole days from today in the region to `value`. */
function daysUntil(value: string): number {
  return Math.round(
    (Date.parse(`${value}T00:00:00Z`) - Date.parse(`${regionToday()}T00:00:00Z`)) / 86_400_000,
  );
}

/** Another counsellor: the team's names are asked for only once someone wants to choose. */
function Reassign({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  if (!choosing)
    return (
      <Button variant="default" mt="md" onClick={() => setChoosing(true)}>
        {t('trajectory.detail.reassign')}
      </Button>
    );
  return <ReassignForm trajectory={trajectory} />;
}

function ReassignForm({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const [counsellors] = useQuery({ query: CounsellorsQuery });
  const [choice, setChoice] = useState(trajectory.counsellor.id);
  const [assigning, assign] = useMutation(AssignCounsellorMutation);
  const options = useCounsellorOptions(counsellors.data?.counsellors);
  return (
    <Stack gap="xs" mt="md">
      <Group align="flex-end">
        <NativeSelect
          label={t('trajectory.detail.reassign')}
          value={choice}
          onChange={(event) => setChoice(event.currentTarget.value)}
          data={options}
        />
        <Button
          variant="default"
          loading={assigning.fetching}
          disabled={choice === trajectory.counsellor.id}
          onClick={() => void assign({ id: trajectory.id, counsellorUserId: choice })}
        >
          {t('trajectory.detail.reassignSubmit')}
        </Button>
      </Group>
      {assigning.error && <RefusalAlert error={assigning.error} />}
    </Stack>
  );
}
