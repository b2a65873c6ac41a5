import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { PlanVersionPartsFragment } from '@web/graphql/generated/graphql';
import { ProportionalityQuery } from './mobility-plans.graphql';
import { usePlanText } from './use-plan-text';

/** For authors before publishing: the value of each path for example employees, uneven ones marked. */
export function ProportionalityPanel({ version }: { version: PlanVersionPartsFragment }) {
  const { t } = useTranslation();
  const { pick } = usePlanText();
  const format = useFormat();
  const [{ data, error, fetching }] = useQuery({
    query: ProportionalityQuery,
    variables: { versionId: version.id },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.mobilityPlanProportionality;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('mobilityPlan.proportionality.heading')}
      </Title>
      <Text>{t('mobilityPlan.proportionality.intro')}</Text>
      {fetching && !rows && <QueryLoading />}
      {error && !rows && <QueryError error={error} />}
      {rows && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('mobilityPlan.proportionality.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mobilityPlan.proportionality.employee')}</Table.Th>
                {version.paths.map((path) => (
                  <Table.Th scope="col" key={path.id}>
                    {pick(path.name)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row">{pick(row.employee)}</Table.Th>
                  {row.paths.map((value) => (
                    <Table.Td key={value.pathId}>
                      <Text fw={600}>{format.money(value.totalEur)}</Text>
                      <Text size="xs">
                        {t('mobilityPlan.proportionality.valueOf', {
                          money: format.money(value.moneyEur),
                          help: format.money(value.helpEur),
                        })}
                      </Text>
                      {value.uneven && (
                        <Badge color="red.9" variant="filled" size="sm">
                          {t('mobilityPlan.proportionality.uneven', {
                            percent: `${value.fromMedian > 0 ? '+' : ''}${format.number(value.fromMedian * 100)}%`,
                          })}
                        </Badge>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
