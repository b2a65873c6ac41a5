import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { PATHS } from '@web/navigation';
import { useSession } from '@web/session/viewer-context';
import { HR_PATHS } from './hr-paths';
import { OwnVacanciesQuery } from './vacancies.graphql';

export function VacanciesPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [{ data, error, fetching }] = useQuery({
    query: OwnVacanciesQuery,
    variables: { employerId: viewer.employerId ?? '', first: 100 },
    pause: !viewer.employerId,
  });
  const page = data?.vacancies;
  return (
    <>
      <PageHeading title={t('vacancies.title')} intro={t('vacancies.intro')} />
      <Group mb="md">
        <Button component={Link} to={HR_PATHS.vacancyNew}>
          {t('hr.vacancy.newTitle')}
        </Button>
      </Group>
      {fetching && !page && <QueryLoading />}
      {error && !page && <QueryError error={error} />}
      {page && page.totalCount === 0 && <Text>{t('vacancies.empty')}</Text>}
      {page && page.totalCount > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Caption>{t('vacancies.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('vacancies.vacancy')}</Table.Th>
                <Table.Th scope="col">{t('vacancies.kind')}</Table.Th>
                <Table.Th scope="col">{t('vacancies.status')}</Table.Th>
                <Table.Th scope="col">{t('vacancies.hours')}</Table.Th>
                <Table.Th scope="col">{t('vacancies.matches')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.nodes.map((vacancy) => (
                <Table.Tr key={vacancy.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={HR_PATHS.vacancyEdit(vacancy.id)}>
                      {vacancy.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t(`enums.vacancyKind.${vacancy.kind}`)}</Table.Td>
                  <Table.Td>{t(`enums.vacancyStatus.${vacancy.status}`)}</Table.Td>
                  <Table.Td>
                    {vacancy.hoursMin}–{vacancy.hoursMax}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={PATHS.vacancyMatches(vacancy.id)}>
                      {t('vacancies.showMatches', { title: vacancy.title })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
