import { Alert, Divider, Stack, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useSession } from '@web/session/viewer-context';
import type { MySession } from './agenda-page';
import { MySessionQuery } from './agenda.graphql';
import { SessionAnswer } from './session-answer';
import { SessionPlan } from './session-plan';
import { SessionWishes } from './session-wishes';

/** One session: the person's answer, whom they would like to meet, and their agenda once published. */
export function SessionPanel({ session }: { session: MySession }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const candidateId = viewer.candidateId ?? '';
  const participant = useMemo(() => ({ candidateId }), [candidateId]);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MySessionQuery,
    variables: { sessionId: session.id, participant },
    pause: !candidateId,
  });
  // The answers return no types the cache could match, so the panel reads itself again after each.
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (!data) return error ? <QueryError error={error} /> : fetching ? <QueryLoading /> : null;
  const me = data.sessionCandidates.find((c) => c.candidateId === candidateId);
  if (!me)
    return (
      <Alert color="red" role="alert">
        {t('errors.generic')}
      </Alert>
    );
  const closed = session.status === 'CLOSED';
  return (
    <Stack gap="md">
      <Text>
        {t('jobSeeker.agenda.yourStatus')}: <strong>{t(`jobSeeker.agenda.status.${me.status}`)}</strong>
      </Text>
      {!closed && (
        <SessionAnswer
          session={session}
          participant={participant}
          status={me.status}
          blockedSlots={me.blockedSlots}
          onAnswered={reload}
        />
      )}
      {!closed && me.status === 'ACCEPTED' && (
        <>
          <Divider />
          <SessionWishes
            sessionId={session.id}
            candidateId={candidateId}
            employers={data.sessionEmployers}
            wishes={data.sessionWishes}
            onChanged={reload}
          />
        </>
      )}
      {me.status === 'ACCEPTED' && (
        <>
          <Divider />
          <SessionPlan
            session={session}
            candidateId={candidateId}
            agenda={data.sessionAgenda}
            onSeen={reload}
          />
        </>
      )}
    </Stack>
  );
}
