import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { OwnCandidatesQuery } from './candidates.graphql';
import { HR_PATHS } from './hr-paths';

const PAGE_SIZE = 25;

/** The HR lead's own candidates, a page at a time. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, error, fetching }] = useQuery({
    query: OwnCandidatesQuery,
    variables: { first: PAGE_SIZE, after },
  });
  const page = data?.candidateProfiles;
  return (
    <>
      <PageHeading title={t('candidates.title')} intro={t('candidates.intro')} />
      <Group mb="md">
        <Button component={Link} to={HR_PATHS.candidateNew}>
          {t('hr.candidate.newTitle')}
        </Button>
      </Group>
      {fetching && !page && <QueryLoading />}
      {error && !page && <QueryError error={error} />}
      {page && page.totalCount === 0 && <Text>{t('candidates.empty')}</Text>}
      {page && page.totalCount > 0 && (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Caption>{t('candidates.total', { count: page.totalCount })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('candidates.publicCode')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.status')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.track')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.hours')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.nodes.map((candidate) => (
                  <Table.Tr key={candidate.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={HR_PATHS.candidate(candidate.id)}>
                        {candidate.publicCode}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{t(`enums.candidateStatus.${candidate.status}`)}</Table.Td>
                    <Table.Td>{candidate.track ? t(`enums.candidateTrack.${candidate.track}`) : ''}</Table.Td>
                    <Table.Td>
                      {candidate.hoursMin}–{candidate.hoursMax}
                    </Table.Td>
                    <Table.Td>{format.date(candidate.updatedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="flex-end" mt="md">
            <Button
              variant="default"
              disabled={cursors.length === 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              {t('pagination.previous')}
            </Button>
            <Button
              variant="default"
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
            >
              {t('pagination.next')}
            </Button>
          </Group>
        </>
      )}
    </>
  );
}
