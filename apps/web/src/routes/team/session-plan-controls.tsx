import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { usePolling } from '@web/components/use-polling';
import { actionMessage } from '@web/graphql/errors';
import type { TeamSessionQuery } from '@web/graphql/generated/graphql';
import {
  PlanSessionMutation,
  PublishSessionMutation,
  UnpublishSessionMutation,
} from './session-actions.graphql';

type Session = TeamSessionQuery['meetAndGreetSession'];
/** While the worker plans, asks again every second so the status, the figures and the table plan follow. */
export function usePlanPolling(planning: boolean, refresh: () => void): void {
  usePolling(planning, refresh, { everyMs: 1_000, giveUpAfterMs: 5 * 60_000 });
}

/** Ask the worker for a plan, follow it, and publish it (or take it back) once it is current. */
export function SessionPlanControls(props: { session: Session; onReplanExpected(): void }) {
  const { session } = props;
  const { t, i18n } = useTranslation();
  const [plan, requestPlan] = useMutation(PlanSessionMutation);
  const [publish, requestPublish] = useMutation(PublishSessionMutation);
  const [unpublish, requestUnpublish] = useMutation(UnpublishSessionMutation);
  const variables = { sessionId: session.id };
  const planning = session.planStatus === 'PLANNING';
  const published = session.status === 'PUBLISHED';
  const error: CombinedError | undefined = plan.error ?? publish.error ?? unpublish.error;
  if (session.status === 'CLOSED') return null;
  return (
    <Stack gap="xs" mt="md">
      <Group gap="sm">
        <Button
          onClick={() => {
            if (session.planVersion > 0) props.onReplanExpected();
            void requestPlan(variables);
          }}
          loading={plan.fetching}
          disabled={planning}
        >
          {t(session.planVersion > 0 ? 'team.sessionPlan.replan' : 'team.sessionPlan.plan')}
        </Button>
        {published ? (
          <Button
            variant="default"
            onClick={() => void requestUnpublish(variables)}
            loading={unpublish.fetching}
          >
            {t('team.sessionPlan.unpublish')}
          </Button>
        ) : (
          <Button
            variant="filled"
            color="teal.9"
            onClick={() => void requestPublish(variables)}
            loading={publish.fetching}
            disabled={planning}
          >
            {t('team.sessionPlan.publish')}
          </Button>
        )}
      </Group>
      <Group gap="xs" role="status" aria-live="polite">
        {planning && <Loader size="xs" />}
        <Text size="sm">
          {planning
            ? t('team.sessionPlan.planning')
            : published
              ? t('team.sessionPlan.published')
              : t(`team.sessions.planStatuses.${session.planStatus}`)}
        </Text>
      </Group>
      {session.planStatus === 'FAILED' && (
        <Alert color="red" role="alert">
          {t('team.sessionPlan.failed')}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {actionMessage(error, i18n.language, t)}
        </Alert>
      )}
    </Stack>
  );
}
