import { Badge, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { usePolling } from '@web/components/use-polling';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import type { PlacementDetailPartsFragment as Placement } from '@web/graphql/generated/graphql';
import { errorCode } from '@web/graphql/errors';
import { useSharedText } from '@web/i18n/use-shared-text';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { useSession } from '@web/session/viewer-context';
import { BackLink } from './back-link';
import { HR_PATHS } from './hr-paths';
import { PlacementActions } from './placement-actions';
import { PlacementDetailQuery } from './placement.graphql';
import { PlacementHistory } from './placement-history';
import { PlacementProposal } from './placement-proposal';
import { PlacementTermsList } from './placement-terms-list';
import { SavedNotice } from './saved-notice';
import { useHrText } from './use-hr-text';

const POLL_MS = 2_000;

/** One placement: Werkbrug's proposal and its remarks, the conflicts, the terms, what to do now, the history. */
export function PlacementDetailPage() {
  const { t } = useTranslation();
  const shared = useSharedText();
  const { viewer } = useSession();
  const id = useParams().placementId ?? '';
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PlacementDetailQuery, variables: { id } });
  const placement = data?.placement;
  const waiting = placement?.status === 'PROPOSED' && !placement.startDate && !placement.planProblem;
  // The worker proposes the dates moments after the proposal: look again until it has (or for two minutes).
  const ask = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const { gaveUp } = usePolling(waiting, ask, { everyMs: POLL_MS, giveUpAfterMs: 2 * 60_000 });
  if (['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(errorCode(error) ?? '')) return <NotFoundPage />;
  const names = new Map(data?.employers.nodes.map((e) => [e.id, e.name]));
  return (
    <>
      <BackLink to={HR_PATHS.placements}>{t('hr.placement.back')}</BackLink>
      {fetching && !placement && <QueryLoading />}
      {error && !placement && <QueryError error={error} />}
      {placement && data && (
        <>
          <PageHeading
            title={t('hr.placement.title', {
              kind: shared.enums.placementKind[placement.kind],
              lender: names.get(placement.lendingEmployerId) ?? '',
              host: names.get(placement.hostEmployerId) ?? '',
            })}
          />
          <SavedNotice />
          <Stack gap="xl">
            <Agreement placement={placement} />
            <PlacementProposal
              placement={placement}
              byWorker={datesByWorker(data.placementHistory)}
              slow={gaveUp}
            />
            <PlacementActions
              placement={placement}
              party={placement.lendingEmployerId === viewer.employerId ? 'LENDER' : 'HOST'}
            />
            <Evaluations placement={placement} />
            <Divider />
            <PlacementTermsList placement={placement} />
            <PlacementHistory events={data.placementHistory} />
          </Stack>
        </>
      )}
    </>
  );
}

/** Whether the dates shown are the worker's: planned, and not changed by a party since. */
function datesByWorker(events: readonly { event: string }[]): boolean {
  const last = [...events].reverse().find((e) => e.event === 'PLANNED' || e.event === 'CHANGED');
  return last?.event === 'PLANNED';
}

function Agreement({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const shared = useSharedText();
  const said = (yes: boolean) => (yes ? t('hr.placement.yes') : t('hr.placement.no'));
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge size="lg" variant="light">
          {shared.enums.placementStatus[placement.status]}
        </Badge>
      </Group>
      <Title order={2} size="h3" id="placement-agreement">
        {t('hr.placement.agreedBy')}
      </Title>
      <Table aria-labelledby="placement-agreement" maw={480}>
        <Table.Tbody>
          {(
            [
              [t('hr.placement.lenderAgreed'), placement.lenderAgreed],
              [t('hr.placement.hostAgreed'), placement.hostAgreed],
              [t('hr.placement.candidateConsented'), placement.candidateConsented],
            ] as const
          ).map(([who, yes]) => (
            <Table.Tr key={who}>
              <Table.Th scope="row">{who}</Table.Th>
              <Table.Td>{said(yes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Evaluations({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const hr = useHrText();
  if (!placement.hostEvaluation && !placement.candidateEvaluation && !placement.followUp) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('hr.placement.evaluationsTitle')}
      </Title>
      {placement.hostEvaluation && (
        <Text>
          <strong>{t('hr.placement.hostEvaluation')}:</strong> {placement.hostEvaluation}
        </Text>
      )}
      {placement.candidateEvaluation && (
        <Text>
          <strong>{t('hr.placement.candidateEvaluation')}:</strong> {placement.candidateEvaluation}
        </Text>
      )}
      {placement.followUp && (
        <Text>
          <strong>{t('hr.placement.followUpValue')}:</strong> {hr.placementEnums.followUp[placement.followUp]}
        </Text>
      )}
    </Stack>
  );
}
