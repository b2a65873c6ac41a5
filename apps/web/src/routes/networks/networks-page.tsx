import {
  Anchor,
  Badge,
  Button,
  Card,
  MultiSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { RefusalAlert } from '@web/components/refusal-alert';
import { useSession } from '@web/session/viewer-context';
import { CommitmentFields, useCommitment } from './commitment-fields';
import { networkPath, type NetworkRole } from './network-paths';
import { CreateNetworkMutation, NetworkEmployersQuery, NetworksQuery } from './networks.graphql';

/** The viewer's networks and invitations (the team: every network of its region), and a new one. */
export function NetworksPage() {
  const { t } = useTranslation();
  const role = useSession().viewer.role as NetworkRole;
  const [{ data, error, fetching }] = useQuery({ query: NetworksQuery });
  const [creating, setCreating] = useState(false);
  const networks = data?.employerNetworks;
  return (
    <>
      <PageHeading title={t('network.list.title')} intro={t('network.list.intro')} />
      <Stack gap="md">
        {fetching && !networks && <QueryLoading />}
        {error && !networks && <QueryError error={error} />}
        {networks?.length === 0 && <Text>{t('network.list.empty')}</Text>}
        {networks?.map((network) => (
          <Card key={network.id} withBorder component="article" aria-labelledby={`network-${network.id}`}>
            <Stack gap={4}>
              <Anchor
                component={Link}
                to={networkPath(role, network.id)}
                fw={600}
                id={`network-${network.id}`}
              >
                {network.name}
              </Anchor>
              <Text size="sm">
                {t('network.list.members', {
                  count: network.members.filter((m) => m.status === 'ACTIVE').length,
                })}
              </Text>
              {network.myStatus && (
                <Badge variant="outline" color="gray.8">
                  {t(`network.status.${network.myStatus}`)}
                </Badge>
              )}
            </Stack>
          </Card>
        ))}
        {creating ? (
          <CreateNetwork role={role} />
        ) : (
          <div>
            <Button onClick={() => setCreating(true)}>{t('network.list.start')}</Button>
          </div>
        )}
      </Stack>
    </>
  );
}

function CreateNetwork({ role }: { role: NetworkRole }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useSession();
  const [{ data }] = useQuery({ query: NetworkEmployersQuery });
  const [saving, create] = useMutation(CreateNetworkMutation);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [minimum, setMinimum] = useState<number | string>(6);
  const [reminder, setReminder] = useState<number | string>(5);
  const [invited, setInvited] = useState<string[]>([]);
  const commitment = useCommitment(Number(minimum) || 6);
  const employers = (data?.employers.nodes ?? []).filter((e) => e.id !== viewer.employerId);
  const submit = async (confirm = false) => {
    const result = await create({
      input: {
        name,
        description,
        minimumCommitmentMonths: Number(minimum) || 6,
        reminderAfterDays: Number(reminder) || 5,
        employerIds: invited,
        commitment: role === 'HR_LEAD' ? commitment.input : null,
      },
      confirm,
    });
    const id = result.data?.createEmployerNetwork.id;
    if (id) void navigate(networkPath(role, id));
  };
  return (
    <Card
      withBorder
      component="form"
      aria-label={t('network.create.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Text fw={600}>{t('network.create.title')}</Text>
        <TextInput
          label={t('network.create.name')}
          required
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Textarea
          label={t('network.create.description')}
          value={description}
          maxLength={2000}
          autosize
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <MultiSelect
          label={t('network.create.invite')}
          description={t('network.create.inviteHelp')}
          data={employers.map((e) => ({ value: e.id, label: e.name }))}
          value={invited}
          onChange={setInvited}
          searchable
        />
        <NumberInput
          label={t('network.create.minimum')}
          min={1}
          max={36}
          value={minimum}
          onChange={setMinimum}
        />
        <NumberInput
          label={t('network.create.reminder')}
          description={t('network.create.reminderHelp')}
          min={1}
          max={60}
          value={reminder}
          onChange={setReminder}
        />
        {role === 'HR_LEAD' && <CommitmentFields commitment={commitment} />}
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => void submit(true)} />}
        <div>
          <Button type="submit" loading={saving.fetching} disabled={name.trim().length < 2}>
            {t('network.create.submit')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
