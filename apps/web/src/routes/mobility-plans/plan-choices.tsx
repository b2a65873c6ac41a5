import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import type { PlanVersionPartsFragment } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { MobilityPlanChoicesQuery } from './mobility-plans.graphql';
import { usePlanText } from './use-plan-text';

/** For the plan's authors: how many chose each path, and who only for the paths they follow up. */
export function PlanChoices({
  planId,
  version,
}: {
  planId: string;
  version: PlanVersionPartsFragment | null;
}) {
  const { t } = useTranslation();
  const { pick } = usePlanText();
  const role = useSession().viewer.role;
  const [{ data, error, fetching }] = useQuery({
    query: MobilityPlanChoicesQuery,
    variables: { planId },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.mobilityPlanChoices;
  const nameOf = new Map((version?.paths ?? []).map((p) => [p.id, pick(p.name)]));
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('mobilityPlan.choices.heading')}
      </Title>
      <Text>{t('mobilityPlan.choices.intro')}</Text>
      {fetching && !rows && <QueryLoading />}
      {error && !rows && <QueryError error={error} />}
      {rows && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>{t('mobilityPlan.choices.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mobilityPlan.choices.path')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('mobilityPlan.choices.count')}
                </Table.Th>
                <Table.Th scope="col">{t('mobilityPlan.choices.people')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.pathId}>
                  <Table.Th scope="row">
                    {row.offered ? nameOf.get(row.pathId) : t('mobilityPlan.choices.dropped')}
                  </Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>{row.count}</Table.Td>
                  <Table.Td>
                    {!row.followUp
                      ? t('mobilityPlan.choices.notFollowedUp')
                      : row.people.length === 0
                        ? t('mobilityPlan.choices.nobody')
                        : row.people.map((person, i) => (
                            <span key={person.candidateId}>
                              {i > 0 && ', '}
                              {role === 'HR_LEAD' ? (
                                <Anchor
                                  component={Link}
                                  to={`/hr/candidates/${encodeURIComponent(person.candidateId)}`}
                                >
                                  {person.publicCode}
                                </Anchor>
                              ) : (
                                person.publicCode
                              )}
                            </span>
                          ))}
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
