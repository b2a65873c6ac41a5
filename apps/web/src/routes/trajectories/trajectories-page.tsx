import { Anchor, Badge, Button, Group, NativeSelect, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { TrajectoryRowPartsFragment as Row, TrajectoryStatus } from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { useSession } from '@web/session/viewer-context';
import { TrajectoriesQuery } from './trajectory.graphql';
import { type TrajectoryRole, trajectoryPath } from './trajectory-paths';
import { TrajectoryStartForm } from './trajectory-start-form';
import { useTrajectoryText } from './use-trajectory-text';

/**
 * The trajectories the viewer may see: the region's for the mobility team (who start new ones here), those assigned
 * to them for an external counsellor, the client employer's for an HR lead, their own for a job seeker.
 */
export function TrajectoriesPage() {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const role = useSession().viewer.role as TrajectoryRole;
  const team = role === 'MOBILITY_TEAM';
  const [mine, setMine] = useState(false);
  // Staff start with the open ones they work on; job seekers and HR leads see every trajectory.
  const [status, setStatus] = useState<TrajectoryStatus | ''>(team || role === 'COUNSELLOR' ? 'OPEN' : '');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: TrajectoriesQuery,
    variables: { status: status || null, mine: team && mine ? true : null, after },
  });
  const page = data?.trajectories;
  const jobSeeker = role === 'JOB_SEEKER';
  return (
    <>
      <PageHeading
        title={jobSeeker ? t('trajectory.list.titleJobSeeker') : t('trajectory.list.title')}
        intro={
          jobSeeker
            ? t('trajectory.list.introJobSeeker')
            : role === 'COUNSELLOR'
              ? t('trajectory.list.introCounsellor')
              : t('trajectory.list.intro')
        }
      />
      {team && <TrajectoryStartForm />}
      {!jobSeeker && (
        <Group align="flex-end" my="md">
          <NativeSelect
            label={t('trajectory.list.status')}
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value as TrajectoryStatus | '');
              setAfter(null);
            }}
            data={[{ value: '', label: t('trajectory.list.any') }, ...enumOptions(texts.statuses)]}
          />
          {team && (
            <Switch
              label={t('trajectory.list.mine')}
              checked={mine}
              onChange={(event) => {
                setMine(event.currentTarget.checked);
                setAfter(null);
              }}
              mb={6}
            />
          )}
        </Group>
      )}
      {fetching && !page && <QueryLoading />}
      {error && !page && <QueryError error={error} />}
      {page && page.totalCount === 0 && (
        <Text>{jobSeeker ? t('trajectory.list.emptyJobSeeker') : t('trajectory.list.empty')}</Text>
      )}
      {page && page.totalCount > 0 && (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {t('trajectory.list.total', { count: page.totalCount })}
          </Text>
          <TrajectoryTable rows={page.nodes} role={role} />
          <Group mt="sm">
            {after && (
              <Button variant="default" onClick={() => setAfter(null)}>
                {t('trajectory.list.firstPage')}
              </Button>
            )}
            {page.pageInfo.hasNextPage && (
              <Button variant="default" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
                {t('trajectory.list.nextPage')}
              </Button>
            )}
          </Group>
        </>
      )}
    </>
  );
}

function TrajectoryTable({ rows, role }: { rows: Row[]; role: TrajectoryRole }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Caption>{t('trajectory.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trajectory.list.columns.candidate')}</Table.Th>
            <Table.Th scope="col">{t('trajectory.list.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('trajectory.list.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('trajectory.list.columns.client')}</Table.Th>
            <Table.Th scope="col">{t('trajectory.list.columns.counsellor')}</Table.Th>
            <Table.Th scope="col">{t('trajectory.list.columns.startedOn')}</Table.Th>
            <Table.Th scope="col">{t('trajectory.list.columns.deadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row">
                <Anchor
                  component={Link}
                  to={trajectoryPath(role, row.id)}
                  aria-label={t('trajectory.list.open', { code: row.candidatePublicCode })}
                >
                  {row.candidatePublicCode}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`trajectory.kinds.${row.kind}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={row.status === 'OPEN' ? 'blue' : 'gray'}>
                  {t(`trajectory.statuses.${row.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{row.clientName}</Table.Td>
              <Table.Td>{row.counsellor.displayName ?? '—'}</Table.Td>
              <Table.Td>{format.date(row.startedOn)}</Table.Td>
              <Table.Td>{row.wiaApplicationDueOn ? format.date(row.wiaApplicationDueOn) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
