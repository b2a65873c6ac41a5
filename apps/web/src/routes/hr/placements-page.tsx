import { Anchor, Badge, List, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { PlacementsQuery as Placements, PlacementStatus } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { useSession } from '@web/session/viewer-context';
import { HR_PATHS } from './hr-paths';
import { PlacementsQuery } from './ledger.graphql';
import { enumOptions, useHrText } from './use-hr-text';

type Placement = Placements['placements'][number];

/** Placements the own employer lends to or hosts, with their conflicts explained. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const hr = useHrText();
  const [status, setStatus] = useState<PlacementStatus | ''>('');
  const [{ data, error, fetching }] = useQuery({
    query: PlacementsQuery,
    variables: { status: status || null },
  });
  const names = new Map(data?.employers.nodes.map((e) => [e.id, e.name]));
  return (
    <>
      <PageHeading title={t('hr.placements.title')} intro={t('hr.placements.intro')} />
      <NativeSelect
        label={t('hr.placements.statusFilter')}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as PlacementStatus | '')}
        data={[{ value: '', label: t('hr.placements.all') }, ...enumOptions(hr.enums.placementStatus)]}
        maw={320}
        mb="md"
      />
      {fetching && !data && <QueryLoading />}
      {error && !data && <QueryError error={error} />}
      {data && data.placements.length === 0 && <Text>{t('hr.placements.empty')}</Text>}
      {data && data.placements.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped>
            <Table.Caption>{t('hr.placements.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hr.placements.kind')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.status')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.parties')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.period')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.hours')}</Table.Th>
                <Table.Th scope="col">{t('hr.placements.conflicts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.placements.map((placement) => (
                <PlacementRow key={placement.id} placement={placement} names={names} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function PlacementRow({ placement, names }: { placement: Placement; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const hr = useHrText();
  const format = useFormat();
  const { viewer } = useSession();
  const english = currentLanguage(i18n.language) === 'en';
  const ownCandidate = placement.candidateId && placement.lendingEmployerId === viewer.employerId;
  const date = (value: string | null | undefined) => (value ? format.date(value) : '…');
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {hr.enums.placementKind[placement.kind]}
        {ownCandidate && (
          <Anchor component={Link} to={HR_PATHS.candidate(placement.candidateId!)} size="sm" display="block">
            {t('hr.placements.candidate')}
          </Anchor>
        )}
      </Table.Th>
      <Table.Td>{hr.enums.placementStatus[placement.status]}</Table.Td>
      <Table.Td>
        {t('hr.placements.fromTo', {
          lender: names.get(placement.lendingEmployerId) ?? '',
          host: names.get(placement.hostEmployerId) ?? '',
        })}
      </Table.Td>
      <Table.Td>
        {t('hr.placements.periodValue', { from: date(placement.startDate), to: date(placement.endDate) })}
      </Table.Td>
      <Table.Td>{format.number(placement.hoursPerWeek ?? placement.requestedHoursPerWeek)}</Table.Td>
      <Table.Td>
        {placement.conflicts.length === 0 ? (
          t('hr.placements.noConflicts')
        ) : (
          <List size="sm" spacing={4}>
            {placement.conflicts.map((conflict, index) => (
              <List.Item key={`${conflict.kind}-${index}`}>
                <Badge size="xs" color={conflict.blocking ? 'red' : 'gray'} variant="outline" mr={4}>
                  {conflict.blocking ? t('hr.placements.blocking') : t('hr.placements.warning')}
                </Badge>
                {english ? conflict.explanation : conflict.explanationNl}
              </List.Item>
            ))}
          </List>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
