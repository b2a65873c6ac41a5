import { Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { PlacementStatus, TeamPlacementsQuery as Placements } from '@web/graphql/generated/graphql';
import { hrNl } from '@web/i18n/areas/hr.nl';
import { currentLanguage } from '@web/i18n/i18n';
import { TeamPlacementsQuery } from './placements.graphql';

const STATUSES = Object.keys(hrNl.enums.placementStatus) as PlacementStatus[];
type Placement = Placements['placements'][number];

/** Every placement between the region's employers, with its status and what conflicts with it. */
export function TeamPlacementsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PlacementStatus | ''>('');
  const [{ data, error, fetching }] = useQuery({
    query: TeamPlacementsQuery,
    variables: { status: status || null },
  });
  const names = new Map(data?.employers.nodes.map((e) => [e.id, e.name]));
  const placements = data?.placements ?? [];
  return (
    <>
      <PageHeading title={t('team.placements.title')} intro={t('team.placements.intro')} />
      <NativeSelect
        label={t('hr.placements.statusFilter')}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as PlacementStatus | '')}
        data={[
          { value: '', label: t('hr.placements.all') },
          ...STATUSES.map((value) => ({ value, label: t(`hr.enums.placementStatus.${value}`) })),
        ]}
        maw={320}
        mb="md"
      />
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {data && placements.length === 0 && <Text>{t('team.placements.empty')}</Text>}
      {placements.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped>
            <Table.Caption>{t('team.placements.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hr.placements.parties')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.kind')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.status')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.period')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.hours')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.conflicts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {placements.map((placement) => (
                <RegionPlacement key={placement.id} placement={placement} names={names} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function RegionPlacement({ placement, names }: { placement: Placement; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = currentLanguage(i18n.language) === 'en';
  const day = (value: string | null | undefined) => (value ? format.date(value) : '…');
  const parties = t('hr.placements.fromTo', {
    lender: names.get(placement.lendingEmployerId) ?? '',
    host: names.get(placement.hostEmployerId) ?? '',
  });
  return (
    <Table.Tr>
      <Table.Th scope="row">{parties}</Table.Th>
      <Table.Td>{t(`hr.enums.placementKind.${placement.kind}`)}</Table.Td>
      <Table.Td>{t(`hr.enums.placementStatus.${placement.status}`)}</Table.Td>
      <Table.Td>
        {t('hr.placements.periodValue', { from: day(placement.startDate), to: day(placement.endDate) })}
      </Table.Td>
      <Table.Td>{format.number(placement.hoursPerWeek ?? placement.requestedHoursPerWeek)}</Table.Td>
      <Table.Td>
        {placement.conflicts.length === 0 ? (
          t('hr.placements.noConflicts')
        ) : (
          <Stack gap={4}>
            {placement.conflicts.map((conflict, index) => (
              <Text size="sm" key={`${conflict.kind}-${index}`}>
                <Badge size="xs" color={conflict.blocking ? 'red.9' : 'gray'} variant="outline" mr={4}>
                  {conflict.blocking ? t('hr.placements.blocking') : t('hr.placements.warning')}
                </Badge>
                {english ? conflict.explanation : conflict.explanationNl}
              </Text>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
