import { Alert, Button, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { AdminEmployerPartsFragment as Employer } from '@web/graphql/generated/graphql';
import { EmployerCreateCard } from './employer-create-card';
import { EmployerEditDialog } from './employer-edit-dialog';
import { AdminEmployersQuery } from './employers.graphql';

// An empty list holds no Employer the cache could tie to a new one: name the type so adding refreshes it.
const CONTEXT = { additionalTypenames: ['Employer'] };

/** Every participating employer with its region and locations; add one, or change one's details. */
export function EmployersPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [after, setAfter] = useState<string | null>(null);
  const [editing, setEditing] = useState<Employer | null>(null);
  const context = useMemo(() => CONTEXT, []);
  const [{ data, error, fetching }] = useQuery({
    query: AdminEmployersQuery,
    variables: { regionCode, after },
    context,
  });
  const regions = data?.regions ?? [];
  const page = data?.employers;

  return (
    <>
      <PageHeading title={t('admin.employers.title')} intro={t('admin.employers.intro')} />
      <Stack gap="xl">
        {notice && (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        )}
        <section aria-labelledby="employers-list">
          <Group justify="space-between" align="flex-end" mb="sm">
            <Title order={2} id="employers-list">
              {t('admin.employers.listTitle')}
            </Title>
            <Select
              label={t('admin.employers.filterRegion')}
              placeholder={t('admin.employers.filterAll')}
              searchable
              clearable
              w={280}
              value={regionCode}
              onChange={(code) => {
                setRegionCode(code);
                setAfter(null);
              }}
              data={regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
              comboboxProps={{ withinPortal: false }}
            />
          </Group>
          {fetching && !data && <QueryLoading />}
          {error && <QueryError error={error} />}
          {page && page.nodes.length === 0 && (
            <Text>{regionCode ? t('admin.employers.emptyRegion') : t('admin.employers.empty')}</Text>
          )}
          {page && page.nodes.length > 0 && (
            <>
              <Text size="sm" mb="xs">
                {t('admin.employers.count', { count: page.totalCount })}
              </Text>
              <EmployersTable employers={page.nodes} regions={regions} onEdit={setEditing} />
              {(after || page.pageInfo.hasNextPage) && (
                <Group mt="sm">
                  {after && (
                    <Button variant="default" onClick={() => setAfter(null)}>
                      {t('admin.employers.firstPage')}
                    </Button>
                  )}
                  {page.pageInfo.hasNextPage && (
                    <Button variant="default" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
                      {t('admin.employers.nextPage')}
                    </Button>
                  )}
                </Group>
              )}
            </>
          )}
        </section>
        {data && (
          <EmployerCreateCard
            regions={regions}
            onCreated={(name) => setNotice(t('admin.employers.created', { name }))}
          />
        )}
      </Stack>
      <EmployerEditDialog
        employer={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          setNotice(t('admin.employers.updated', { name }));
        }}
      />
    </>
  );
}

interface TableProps {
  employers: Employer[];
  regions: { code: string; name: string }[];
  onEdit(employer: Employer): void;
}

function EmployersTable({ employers, regions, onEdit }: TableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const regionNames = new Map(regions.map((r) => [r.code, r.name]));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped>
        <Table.Caption>{t('admin.employers.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.employers.name')}</Table.Th>
            <Table.Th scope="col">{t('admin.employers.sector')}</Table.Th>
            <Table.Th scope="col">{t('admin.employers.region')}</Table.Th>
            <Table.Th scope="col">{t('admin.employers.locations')}</Table.Th>
            <Table.Th scope="col">{t('admin.employers.since')}</Table.Th>
            <Table.Th scope="col">{t('admin.employers.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {employers.map((employer) => (
            <Table.Tr key={employer.id}>
              <Table.Th scope="row">{employer.name}</Table.Th>
              <Table.Td>{t(`shared.enums.sector.${employer.sector}`)}</Table.Td>
              <Table.Td>
                {regionNames.get(employer.regionCode) ?? employer.regionCode}
                <Text size="sm" c="dimmed">
                  {employer.regionCode}
                </Text>
              </Table.Td>
              <Table.Td>
                {employer.locations.length === 0 ? (
                  t('admin.employers.noLocations')
                ) : (
                  <List size="sm" listStyleType="none">
                    {employer.locations.map((l, index) => (
                      <List.Item key={index}>{l.label ? `${l.pc4} · ${l.label}` : l.pc4}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
              <Table.Td>{format.date(employer.createdAt)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="outline"
                  aria-label={t('admin.employers.editFor', { name: employer.name })}
                  onClick={() => onEdit(employer)}
                >
                  {t('admin.employers.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
