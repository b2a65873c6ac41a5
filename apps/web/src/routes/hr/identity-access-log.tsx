import { Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { IdentityAccessLogQuery } from './candidate-records.graphql';

/** Who read or changed the identity, and why; `version` changes after a reading on this page. */
export function IdentityAccessLog({ candidateId, version }: { candidateId: string; version: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: IdentityAccessLogQuery,
    variables: { candidateId },
  });
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const log = data?.identityAccessLog;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('hr.accessLog.title')}
      </Title>
      {fetching && !log && <QueryLoading />}
      {error && !log && <QueryError error={error} />}
      {log && log.length === 0 && <Text>{t('hr.accessLog.empty')}</Text>}
      {log && log.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('hr.accessLog.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hr.accessLog.when')}</Table.Th>
                <Table.Th scope="col">{t('hr.accessLog.who')}</Table.Th>
                <Table.Th scope="col">{t('hr.accessLog.what')}</Table.Th>
                <Table.Th scope="col">{t('hr.accessLog.purpose')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Th scope="row">{format.dateTime(entry.accessedAt)}</Table.Th>
                  <Table.Td>
                    {[entry.accessorName, entry.accessorEmployerName].filter(Boolean).join(', ')}
                  </Table.Td>
                  <Table.Td>
                    {entry.action === 'READ'
                      ? t('hr.accessLog.read')
                      : t('hr.accessLog.changed', { fields: entry.fields.join(', ') })}
                  </Table.Td>
                  <Table.Td>{entry.purpose}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
