import { Badge, List, NativeSelect, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { PlacementRowPartsFragment as Placement, PlacementStatus } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { enumOptions, useSharedText } from '@web/i18n/use-shared-text';

export function PlacementStatusFilter({
  value,
  onChange,
}: {
  value: PlacementStatus | '';
  onChange: (status: PlacementStatus | '') => void;
}) {
  const { t } = useTranslation();
  const shared = useSharedText();
  return (
    <NativeSelect
      label={t('shared.placements.statusFilter')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as PlacementStatus | '')}
      data={[{ value: '', label: t('shared.placements.all') }, ...enumOptions(shared.enums.placementStatus)]}
      maw={320}
      mb="md"
    />
  );
}

interface PlacementsViewProps<P extends Placement> {
  data: { placements: P[]; employers: { nodes: { id: string; name: string }[] } } | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  caption: string;
  /** Shown under the parties, for example a link to one's own candidate. */
  extra?: (placement: P) => ReactNode;
}

/** Placements with their parties, terms and conflicts explained in the reader's language. */
export function PlacementsView<P extends Placement>({
  data,
  fetching,
  error,
  caption,
  extra,
}: PlacementsViewProps<P>) {
  const { t } = useTranslation();
  const names = new Map(data?.employers.nodes.map((e) => [e.id, e.name]));
  return (
    <>
      {fetching && !data && <QueryLoading />}
      {error && !data && <QueryError error={error} />}
      {data && data.placements.length === 0 && <Text>{t('shared.placements.empty')}</Text>}
      {data && data.placements.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('shared.placements.parties')}</Table.Th>
                <Table.Th scope="col">{t('shared.placements.kind')}</Table.Th>
                <Table.Th scope="col">{t('shared.placements.status')}</Table.Th>
                <Table.Th scope="col">{t('shared.placements.period')}</Table.Th>
                <Table.Th scope="col">{t('shared.placements.hours')}</Table.Th>
                <Table.Th scope="col">{t('shared.placements.conflicts')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.placements.map((placement) => (
                <PlacementRow
                  key={placement.id}
                  placement={placement}
                  names={names}
                  extra={extra?.(placement)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function PlacementRow({
  placement,
  names,
  extra,
}: {
  placement: Placement;
  names: Map<string, string>;
  extra: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const shared = useSharedText();
  const format = useFormat();
  const english = currentLanguage(i18n.language) === 'en';
  const day = (value: string | null | undefined) => (value ? format.date(value) : '…');
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {t('shared.placements.fromTo', {
          lender: names.get(placement.lendingEmployerId) ?? '',
          host: names.get(placement.hostEmployerId) ?? '',
        })}
        {extra}
      </Table.Th>
      <Table.Td>{shared.enums.placementKind[placement.kind]}</Table.Td>
      <Table.Td>{shared.enums.placementStatus[placement.status]}</Table.Td>
      <Table.Td>
        {t('shared.placements.periodValue', { from: day(placement.startDate), to: day(placement.endDate) })}
      </Table.Td>
      <Table.Td>{format.number(placement.hoursPerWeek ?? placement.requestedHoursPerWeek)}</Table.Td>
      <Table.Td>
        {placement.conflicts.length === 0 ? (
          t('shared.placements.noConflicts')
        ) : (
          <List size="sm" spacing={4}>
            {placement.conflicts.map((conflict, index) => (
              <List.Item key={`${conflict.kind}-${index}`}>
                <Badge size="xs" color={conflict.blocking ? 'red.9' : 'gray'} variant="outline" mr={4}>
                  {conflict.blocking ? t('shared.placements.blocking') : t('shared.placements.warning')}
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
