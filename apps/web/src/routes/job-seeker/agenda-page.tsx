import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { MySessionsQuery as Sessions } from '@web/graphql/generated/graphql';
import { MySessionsQuery } from './agenda.graphql';
import { SessionPanel } from './session-panel';

export type MySession = Sessions['meetAndGreetSessions'][number];

/** Upcoming sessions first (soonest on top), the ones that are over after them. */
function byRelevance(a: MySession, b: MySession): number {
  const over = (s: MySession) => (s.status === 'CLOSED' ? 1 : 0);
  return over(a) - over(b) || a.date.localeCompare(b.date);
}

/**
 * "Mijn bijeenkomsten": the meet-and-greet sessions the person is invited to, soonest first. Each loads its
 * details (answer, wishes, agenda) when opened: with the session's own requests the page stays at three on load.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }] = useQuery({ query: MySessionsQuery });
  const sessions = data ? [...data.meetAndGreetSessions].sort(byRelevance) : undefined;
  const [open, setOpen] = useState<string[]>([]);

  return (
    <>
      <PageHeading title={t('jobSeeker.agenda.title')} intro={t('jobSeeker.agenda.intro')} />
      {fetching && !sessions && <QueryLoading />}
      {error && !sessions && <QueryError error={error} />}
      {sessions && sessions.length === 0 && <Text>{t('jobSeeker.agenda.empty')}</Text>}
      {sessions && sessions.length > 0 && (
        <Accordion multiple variant="separated" order={2} value={open} onChange={setOpen}>
          {sessions.map((session) => (
            <Accordion.Item key={session.id} value={session.id}>
              <Accordion.Control>
                <Stack gap={2}>
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    <Text fw={600}>{session.title}</Text>
                    <Badge
                      variant="light"
                      color={session.status === 'CLOSED' ? 'gray' : 'blue'}
                      style={{ flexShrink: 0 }}
                    >
                      {t(`jobSeeker.agenda.sessionStatus.${session.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {t('jobSeeker.agenda.when', { date: format.date(session.date), venue: session.venue })}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                {open.includes(session.id) && <SessionPanel session={session} />}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </>
  );
}
