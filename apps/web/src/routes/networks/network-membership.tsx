import { Alert, Button, Card, Group, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { RefusalAlert } from '@web/components/refusal-alert';
import { useFormat } from '@web/format/use-format';
import type { NetworkPartsFragment } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { CommitmentFields, useCommitment } from './commitment-fields';
import {
  InviteToNetworkMutation,
  JoinNetworkMutation,
  LeaveNetworkMutation,
  NetworkEmployersQuery,
} from './networks.graphql';

/** The members with their status, commitment and the contact colleagues may call. */
export function Members({ network }: { network: NetworkPartsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="network-members">
      <Title order={2} id="network-members" mb="xs">
        {t('network.page.members')}
      </Title>
      <Text size="sm" mb="sm">
        {t('network.page.minimum', {
          count: network.minimumCommitmentMonths,
          days: network.reminderAfterDays,
        })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>{t('network.page.members')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('network.page.employer')}</Table.Th>
              <Table.Th scope="col">{t('network.page.status')}</Table.Th>
              <Table.Th scope="col">{t('network.page.period')}</Table.Th>
              <Table.Th scope="col">{t('network.page.contact')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {network.members.map((member) => (
              <Table.Tr key={member.employerId}>
                <Table.Th scope="row">{member.employerName}</Table.Th>
                <Table.Td>{t(`network.status.${member.status}`)}</Table.Td>
                <Table.Td>
                  {member.commitmentStart &&
                    member.commitmentEnd &&
                    t('network.page.periodValue', {
                      from: format.date(member.commitmentStart),
                      to: format.date(member.commitmentEnd),
                    })}
                </Table.Td>
                <Table.Td>
                  {[member.contactName, member.contactPhone, member.contactEmail].filter(Boolean).join(' · ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

/** An invited employer joins; a member renews its commitment or changes its contact. */
export function Join({ network }: { network: NetworkPartsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const mine = network.members.find((m) => m.employerId === viewer.employerId);
  const commitment = useCommitment(network.minimumCommitmentMonths, mine?.status === 'ACTIVE' ? mine : null);
  const [saving, join] = useMutation(JoinNetworkMutation);
  const renewing = mine?.status === 'ACTIVE';
  return (
    <Card
      withBorder
      component="form"
      aria-label={t(renewing ? 'network.join.titleRenew' : 'network.join.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void join({ networkId: network.id, commitment: commitment.input });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t(renewing ? 'network.join.titleRenew' : 'network.join.title')}
        </Title>
        {!renewing && <Text>{t('network.join.intro', { count: network.minimumCommitmentMonths })}</Text>}
        <CommitmentFields commitment={commitment} />
        {saving.error && <RefusalAlert error={saving.error} />}
        <div role="status">{saving.data && !saving.error && <Text>{t('network.join.saved')}</Text>}</div>
        <div>
          <Button type="submit" variant={renewing ? 'outline' : 'filled'} loading={saving.fetching}>
            {t(renewing ? 'network.join.renew' : 'network.join.submit')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}

export function InviteMore({ network }: { network: NetworkPartsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [{ data }] = useQuery({ query: NetworkEmployersQuery, pause: !open });
  const [saving, invite] = useMutation(InviteToNetworkMutation);
  const inNetwork = new Set(network.members.filter((m) => m.status !== 'LEFT').map((m) => m.employerId));
  if (!open)
    return (
      <div>
        <Button variant="outline" onClick={() => setOpen(true)}>
          {t('network.page.invite')}
        </Button>
      </div>
    );
  return (
    <Group align="flex-end">
      <MultiSelect
        label={t('network.page.invite')}
        searchable
        value={chosen}
        onChange={setChosen}
        data={(data?.employers.nodes ?? [])
          .filter((e) => !inNetwork.has(e.id))
          .map((e) => ({ value: e.id, label: e.name }))}
      />
      <Button
        loading={saving.fetching}
        disabled={chosen.length === 0}
        onClick={() => {
          void invite({ networkId: network.id, employerIds: chosen }).then(() => setChosen([]));
        }}
      >
        {t('network.page.inviteSubmit')}
      </Button>
      {saving.error && <RefusalAlert error={saving.error} />}
    </Group>
  );
}

export function Leave({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const [leaving, leave] = useMutation(LeaveNetworkMutation);
  if (leaving.data?.leaveEmployerNetwork) return <Alert>{t('network.page.left')}</Alert>;
  return (
    <div>
      <Button
        variant="outline"
        color="red.9"
        loading={leaving.fetching}
        onClick={() => void leave({ networkId })}
      >
        {t('network.page.leave')}
      </Button>
    </div>
  );
}
