import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { currentLanguage } from '@web/i18n/i18n';
import { ConsentRecordsQuery } from './candidate-records.graphql';
import { useHrText } from './use-hr-text';

/** The register of consents: what was agreed to, in which words, by whom, and whether it still holds. */
export function CandidateConsentsPanel({ candidateId }: { candidateId: string }) {
  const { t, i18n } = useTranslation();
  const hr = useHrText();
  const format = useFormat();
  const english = currentLanguage(i18n.language) === 'en';
  const [{ data, error, fetching }] = useQuery({
    query: ConsentRecordsQuery,
    variables: { candidateId },
    requestPolicy: 'cache-and-network',
  });
  const records = data?.consentRecords;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('hr.consents.title')}
      </Title>
      {fetching && !records && <QueryLoading />}
      {error && !records && <QueryError error={error} />}
      {records && records.length === 0 && <Text>{t('hr.consents.empty')}</Text>}
      {records && records.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('hr.consents.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hr.consents.kind')}</Table.Th>
                <Table.Th scope="col">{t('hr.consents.text')}</Table.Th>
                <Table.Th scope="col">{t('hr.consents.given')}</Table.Th>
                <Table.Th scope="col">{t('hr.consents.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Th scope="row">
                    {hr.enums.consentKind[record.kind]}
                    {record.employers.length > 0 && (
                      <Text size="sm" fw={400}>
                        {record.employers.map((e) => e.name).join(', ')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">
                      {(english ? record.textEn : record.textNl) ?? t('hr.consents.noText')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t('hr.consents.givenBy', {
                      date: format.dateTime(record.givenAt),
                      role: t(givenByKey(record.givenByRole)),
                    })}
                  </Table.Td>
                  <Table.Td>
                    {record.inForce ? (
                      <Badge variant="light">{t('hr.consents.inForce')}</Badge>
                    ) : (
                      <Text size="sm">
                        {t('hr.consents.ended', {
                          date: record.withdrawnAt ? format.dateTime(record.withdrawnAt) : '',
                        })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** Who gave a consent: the person, their HR lead on their behalf, or (carried over) before the register. */
function givenByKey(role: string) {
  switch (role) {
    case 'JOB_SEEKER':
      return 'hr.consents.byCandidate' as const;
    case 'HR_LEAD':
      return 'hr.consents.byHrLead' as const;
    default:
      return 'hr.consents.beforeRegister' as const;
  }
}
