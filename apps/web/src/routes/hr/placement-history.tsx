import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import { currentLanguage } from '@web/i18n/i18n';
import type { PlacementDetailQuery } from '@web/graphql/generated/graphql';
import { useSharedText } from '@web/i18n/use-shared-text';
import { useHrText } from './use-hr-text';

type Event = PlacementDetailQuery['placementHistory'][number];

/** Every step of the placement, oldest first: what happened, by whom (role) and when. */
export function PlacementHistory({ events }: { events: Event[] }) {
  const { t, i18n } = useTranslation();
  const english = currentLanguage(i18n.language) === 'en';
  const hr = useHrText();
  const shared = useSharedText();
  const format = useFormat();
  return (
    <>
      <Title order={2} size="h3">
        {t('hr.placement.historyTitle')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Caption>{t('hr.placement.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('hr.placement.when')}</Table.Th>
              <Table.Th scope="col">{t('hr.placement.what')}</Table.Th>
              <Table.Th scope="col">{t('hr.placement.who')}</Table.Th>
              <Table.Th scope="col">{t('hr.placement.status')}</Table.Th>
              <Table.Th scope="col">{t('hr.placement.noteColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e, index) => (
              <Table.Tr key={`${e.occurredAt}-${index}`}>
                <Table.Td>{format.dateTime(e.occurredAt)}</Table.Td>
                <Table.Th scope="row">{hr.placement.event[e.event] ?? e.event}</Table.Th>
                <Table.Td>{hr.placement.actor[e.actorRole] ?? e.actorRole}</Table.Td>
                <Table.Td>{shared.enums.placementStatus[e.toStatus]}</Table.Td>
                <Table.Td>{e.noteText ? (english ? e.noteText.en : e.noteText.nl) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
