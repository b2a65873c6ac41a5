import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { useSession } from '@web/session/viewer-context';
import { actionMessage, serverMessage } from './form-problem';
import { DeclareHostCapacityMutation, HostCapacityQuery } from './host-capacity.graphql';
import { busiestWeek, type HostedPlacement } from './host-capacity-use';

/** The host's declared capacity per period, what placements take of it, and a form to declare more. */
export function HostCapacitySection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useSession();
  // An empty list names no type, so a first declaration would not refresh it without this.
  const context = useMemo(() => ({ additionalTypenames: ['HostCapacityModel'] }), []);
  const [{ data, error, fetching }] = useQuery({ query: HostCapacityQuery, context });
  const hosted: HostedPlacement[] = (data?.placements ?? []).filter(
    (p) => p.hostEmployerId === viewer.employerId,
  );
  return (
    <Stack gap="md" component="section" aria-labelledby="host-capacity">
      <Title order={2} size="h3" id="host-capacity">
        {t('hr.capacity.title')}
      </Title>
      <Text c="dimmed">{t('hr.capacity.intro')}</Text>
      {fetching && !data && <QueryLoading />}
      {error && !data && <QueryError error={error} />}
      {data && data.hostCapacity.length === 0 && <Text>{t('hr.capacity.empty')}</Text>}
      {data && data.hostCapacity.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>{t('hr.capacity.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('hr.capacity.period')}</Table.Th>
                <Table.Th scope="col">{t('hr.capacity.declared')}</Table.Th>
                <Table.Th scope="col">{t('hr.capacity.inUse')}</Table.Th>
                <Table.Th scope="col">{t('hr.capacity.left')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.hostCapacity.map((c) => {
                const used = busiestWeek(hosted, c.from, c.to);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row">
                      {c.to
                        ? t('hr.capacity.periodValue', { from: format.date(c.from), to: format.date(c.to) })
                        : t('hr.capacity.openEnded', { from: format.date(c.from) })}
                    </Table.Th>
                    <Table.Td>{format.number(c.hoursPerWeek)}</Table.Td>
                    <Table.Td>{format.number(used)}</Table.Td>
                    <Table.Td>{format.number(Math.max(0, c.hoursPerWeek - used))}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <DeclareCapacityForm />
    </Stack>
  );
}

function DeclareCapacityForm() {
  const { t, i18n } = useTranslation();
  const [{ fetching, error }, declare] = useMutation(DeclareHostCapacityMutation);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [problems, setProblems] = useState<{ from?: string; hours?: string }>({});
  const [saved, setSaved] = useState(false);
  const field = error?.graphQLErrors[0]?.extensions.field;
  const refusal = error && serverMessage(error, i18n.language);
  const submit = async () => {
    setSaved(false);
    const local = {
      from: from ? undefined : t('hr.capacity.fromRequired'),
      hours:
        typeof hours === 'number' && hours >= 0 && hours <= 5000 ? undefined : t('hr.capacity.hoursRange'),
    };
    setProblems(local);
    if (local.from || local.hours) return;
    const result = await declare({ input: { from, to: to || null, hoursPerWeek: Number(hours) } });
    if (!result.error) {
      setSaved(true);
      setFrom('');
      setTo('');
      setHours('');
    }
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Fieldset legend={t('hr.capacity.declareLegend')} maw={720}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('hr.capacity.from')}
              required
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              error={problems.from ?? (field === 'from' ? refusal : undefined)}
            />
            <TextInput
              type="date"
              label={t('hr.capacity.to')}
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={field === 'to' ? refusal : undefined}
            />
            <NumberInput
              label={t('hr.capacity.hours')}
              required
              min={0}
              max={5000}
              allowDecimal={false}
              value={hours}
              onChange={setHours}
              error={problems.hours ?? (field === 'hoursPerWeek' ? refusal : undefined)}
            />
          </Group>
          {error && !['from', 'to', 'hoursPerWeek'].includes(String(field)) && (
            <Alert color="red" role="alert">
              {actionMessage(error, t, i18n.language)}
            </Alert>
          )}
          {saved && (
            <Alert color="green" role="status">
              {t('hr.capacity.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={fetching}>
              {t('hr.capacity.declare')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
