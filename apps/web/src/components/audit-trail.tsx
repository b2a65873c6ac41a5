import { Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { AuditAction, AuditTrailQuery as AuditTrail } from '@web/graphql/generated/graphql';
import { teamNl } from '@web/i18n/areas/team.nl';
import { AuditTrailQuery } from './audit-trail.graphql';
import { QueryError, QueryLoading } from './query-state';
import { isRole } from '@web/session/roles';

const PAGE_SIZE = 25;
const ACTIONS = Object.keys(teamNl.auditTrail.actions) as AuditAction[];

type Entry = AuditTrail['auditTrail'][number];

/**
 * The audit trail the viewer may read (the API scopes it: the region for a mobility team, everything for an
 * administrator), newest first, a page at a time by `before`, with a filter by action.
 */
export function AuditTrailTable() {
  const { t } = useTranslation();
  const [action, setAction] = useState<AuditAction | ''>('');
  // The `before` id of each page shown so far: the last one is the current page, popping goes back to newer.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const before = pages.at(-1) ?? null;
  const [{ data, error, fetching }] = useQuery({
    query: AuditTrailQuery,
    variables: { action: action || null, before, first: PAGE_SIZE },
  });
  const entries = data?.auditTrail ?? [];
  const last = entries.at(-1);

  return (
    <>
      <NativeSelect
        label={t('team.auditTrail.action')}
        value={action}
        onChange={(event) => {
          setAction(event.currentTarget.value as AuditAction | '');
          setPages([null]);
        }}
        data={[
          { value: '', label: t('team.auditTrail.allActions') },
          ...ACTIONS.map((value) => ({ value, label: t(`team.auditTrail.actions.${value}`) })),
        ]}
        maw={360}
        mb="md"
      />
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {data && entries.length === 0 && <Text>{t('team.auditTrail.empty')}</Text>}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Caption>{t('team.auditTrail.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.auditTrail.at')}</Table.Th>
                <Table.Th scope="col">{t('team.auditTrail.action')}</Table.Th>
                <Table.Th scope="col">{t('team.auditTrail.actor')}</Table.Th>
                <Table.Th scope="col">{t('team.auditTrail.subject')}</Table.Th>
                <Table.Th scope="col">{t('team.auditTrail.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group mt="md">
        <Button variant="default" disabled={pages.length === 1} onClick={() => setPages(pages.slice(0, -1))}>
          {t('team.auditTrail.newer')}
        </Button>
        <Button
          variant="default"
          disabled={!last || entries.length < PAGE_SIZE}
          onClick={() => last && setPages([...pages, last.id])}
        >
          {t('team.auditTrail.older')}
        </Button>
      </Group>
    </>
  );
}

function AuditRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td>{format.dateTime(entry.at)}</Table.Td>
      <Table.Th scope="row">{t(`team.auditTrail.actions.${entry.action}`)}</Table.Th>
      <Table.Td>
        {entry.actorName && <Text size="sm">{entry.actorName}</Text>}
        <Text size={entry.actorName ? 'xs' : 'sm'} c={entry.actorName ? 'dimmed' : undefined}>
          {isRole(entry.actorRole) ? t(`roles.${entry.actorRole}`) : t('team.auditTrail.system')}
        </Text>
      </Table.Td>
      <Table.Td>
        {entry.subjectType}
        {entry.regionCode && ` · ${entry.regionCode}`}
      </Table.Td>
      <Table.Td>
        <Text ff="monospace" size="xs" style={{ overflowWrap: 'anywhere' }}>
          {entry.detailsJson}
        </Text>
        {entry.requestId && (
          <Text size="xs" c="dimmed">
            {t('team.auditTrail.request', { id: entry.requestId })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
