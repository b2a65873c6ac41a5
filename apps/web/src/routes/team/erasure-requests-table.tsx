import { Alert, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { TeamErasureRequestPartsFragment as ErasureRequest } from '@web/graphql/generated/graphql';
import { TeamCancelErasureMutation } from './privacy.graphql';
import { isRole } from '@web/session/roles';

/** The region's requests, newest first; a scheduled one the person did not make themself can be cancelled. */
export function ErasureRequestsTable({ requests }: { requests: ErasureRequest[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ fetching, error }, cancel] = useMutation(TeamCancelErasureMutation);
  const [cancelled, setCancelled] = useState(false);
  if (requests.length === 0) return <Text>{t('team.privacy.empty')}</Text>;
  const code = (request: ErasureRequest) =>
    request.candidateId
      ? (request.publicCode ?? t('team.privacy.unknownCandidate'))
      : t('team.privacy.erased');
  return (
    <>
      {cancelled && !error && (
        <Alert color="green" role="status" mb="sm">
          {t('team.privacy.cancelled')}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {t('errors.generic')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={860}>
        <Table striped>
          <Table.Caption>{t('team.privacy.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.privacy.candidate')}</Table.Th>
              <Table.Th scope="col">{t('team.privacy.status')}</Table.Th>
              <Table.Th scope="col">{t('team.privacy.requestedAt')}</Table.Th>
              <Table.Th scope="col">{t('team.privacy.requestedBy')}</Table.Th>
              <Table.Th scope="col">{t('team.privacy.scheduledFor')}</Table.Th>
              <Table.Th scope="col">{t('team.privacy.reasonColumn')}</Table.Th>
              <Table.Th scope="col">{t('team.privacy.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Th scope="row">{code(request)}</Table.Th>
                <Table.Td>{t(`team.privacy.statuses.${request.status}`)}</Table.Td>
                <Table.Td>{format.dateTime(request.requestedAt)}</Table.Td>
                <Table.Td>
                  {isRole(request.requestedByRole) ? t(`roles.${request.requestedByRole}`) : ''}
                </Table.Td>
                <Table.Td>
                  {request.status === 'COMPLETED'
                    ? t('team.privacy.removed', {
                        rows: format.number(request.removed.reduce((sum, r) => sum + r.rows, 0)),
                      })
                    : format.dateTime(request.scheduledFor)}
                </Table.Td>
                <Table.Td>{request.reason}</Table.Td>
                <Table.Td>
                  {request.status === 'SCHEDULED' && request.requestedByRole !== 'JOB_SEEKER' && (
                    <Button
                      size="xs"
                      variant="outline"
                      loading={fetching}
                      aria-label={t('team.privacy.cancelFor', { code: code(request) })}
                      onClick={() =>
                        void cancel({ requestId: request.id }).then((result) => setCancelled(!result.error))
                      }
                    >
                      {t('team.privacy.cancel')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
