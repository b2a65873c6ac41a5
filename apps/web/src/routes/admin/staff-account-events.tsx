import { Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { currentLanguage } from '@web/i18n/i18n';
import { StaffAccountEventsQuery } from './staff-accounts.graphql';

// Approving or rejecting returns a User: the history must be read again then.
const CONTEXT = { additionalTypenames: ['User', 'StaffAccountResult'] };

/** Every request, creation, approval, rejection and activation, newest first. */
export function StaffAccountEvents() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = currentLanguage(i18n.language);
  const context = useMemo(() => CONTEXT, []);
  const [{ data, error, fetching }] = useQuery({ query: StaffAccountEventsQuery, context });
  const events = data?.staffAccountEvents ?? [];
  return (
    <section aria-labelledby="account-events">
      <Title order={2} id="account-events" mb="sm">
        {t('admin.staff.eventsTitle')}
      </Title>
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {data && events.length === 0 && <Text>{t('admin.staff.eventsEmpty')}</Text>}
      {events.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Caption>{t('admin.staff.eventsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.staff.at')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.event')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.account')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.actor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{format.dateTime(event.at)}</Table.Td>
                  <Table.Th scope="row">
                    {t(`admin.staff.events.${event.kind}`)}
                    <Text size="sm" c="dimmed">
                      {event.text[language]}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {event.account.displayName}
                    <Text size="sm" c="dimmed">
                      {t(`admin.staff.roles.${event.account.role}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{event.actor.displayName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
