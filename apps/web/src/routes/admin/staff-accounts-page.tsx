import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type UseQueryState } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type { StaffAccountsPageQuery as PageData } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { RejectDialog } from './reject-dialog';
import { StaffAccountEvents } from './staff-account-events';
import { ApproveStaffAccountMutation, StaffAccountsPageQuery } from './staff-accounts.graphql';
import { StaffRequestForm } from './staff-request-form';

type PendingAccount = PageData['pendingStaffAccounts'][number];

/** What happened to the last account acted on: an approval comes with the one-time activation code. */
type Outcome =
  | { kind: 'approved'; name: string; code: string; expiresAt: string }
  | { kind: 'rejected'; name: string }
  | { kind: 'requested'; name: string };

/**
 * Requests to approve or reject, a new request for a staff account and, for administrators, the history. The
 * mobility team uses the same page for its region: the server gives each viewer only the requests in their scope.
 */
export function StaffAccountsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const admin = viewer.role === 'ADMINISTRATOR';
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [page] = useQuery({ query: StaffAccountsPageQuery });
  const choices = page.data;
  const employers = new Map(choices?.employers.nodes.map((e) => [e.id, e.name]));
  const regions = (choices?.regions ?? []).filter((r) => admin || r.code === viewer.regionCode);
  return (
    <>
      <PageHeading title={t('admin.staff.title')} intro={t('admin.staff.intro')} />
      <Stack gap="xl">
        {outcome && <OutcomeNotice outcome={outcome} />}
        <PendingAccounts page={page} employers={employers} onOutcome={setOutcome} />
        <StaffRequestForm
          regions={regions}
          employers={choices?.employers.nodes ?? []}
          onRequested={(name) => setOutcome({ kind: 'requested', name })}
        />
        {admin && <StaffAccountEvents />}
      </Stack>
    </>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (outcome.kind) {
    case 'approved':
      return (
        <Alert color="green" role="status">
          <Text fw={700}>{t('admin.staff.approved', { name: outcome.name })}</Text>
          <Text fw={700} ff="monospace">
            {t('admin.staff.activationCode', { code: outcome.code })}
          </Text>
          <Text size="sm">
            {t('admin.staff.activationHelp', { date: format.dateTime(outcome.expiresAt) })}
          </Text>
        </Alert>
      );
    case 'rejected':
      return (
        <Alert color="green" role="status">
          {t('admin.staff.rejected', { name: outcome.name })}
        </Alert>
      );
    case 'requested':
      return (
        <Alert color="green" role="status">
          {t('admin.staff.requested', { name: outcome.name })}
        </Alert>
      );
  }
}

function PendingAccounts({
  page: { data, error, fetching },
  employers,
  onOutcome,
}: {
  page: UseQueryState<PageData>;
  employers: Map<string, string>;
  onOutcome(outcome: Outcome): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [approving, approve] = useMutation(ApproveStaffAccountMutation);
  const [rejecting, setRejecting] = useState<PendingAccount['account'] | null>(null);
  const pending = data?.pendingStaffAccounts ?? [];

  const onApprove = async (account: PendingAccount['account']) => {
    const result = await approve({ id: account.id });
    const activation = result.data?.approveStaffAccount.activation;
    if (activation) onOutcome({ kind: 'approved', name: account.displayName, ...activation });
  };

  return (
    <section aria-labelledby="pending-accounts">
      <Title order={2} id="pending-accounts" mb="sm">
        {t('admin.staff.pendingTitle')}
      </Title>
      {fetching && !data && <QueryLoading />}
      {(error ?? approving.error) && <QueryError error={(error ?? approving.error)!} />}
      {data && pending.length === 0 && <Text>{t('admin.staff.pendingEmpty')}</Text>}
      {pending.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Caption>{t('admin.staff.pendingCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.staff.account')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.scope')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.requestedBy')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.requestedAt')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.basis')}</Table.Th>
                <Table.Th scope="col">{t('admin.staff.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map(({ account, requestedBy, requestedAt, approvalBasis }) => (
                <Table.Tr key={account.id}>
                  <Table.Th scope="row">
                    {account.displayName}
                    <Text size="sm" c="dimmed">
                      {account.email}
                    </Text>
                  </Table.Th>
                  <Table.Td>{t(`admin.staff.roles.${account.role}`)}</Table.Td>
                  <Table.Td>
                    {(account.employerId && employers.get(account.employerId)) ?? account.regionCode ?? ''}
                  </Table.Td>
                  <Table.Td>{requestedBy?.displayName ?? t('admin.staff.unknown')}</Table.Td>
                  <Table.Td>{format.dateTime(requestedAt)}</Table.Td>
                  <Table.Td>{t(`admin.staff.bases.${approvalBasis}`)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        loading={approving.fetching}
                        aria-label={t('admin.staff.approveFor', { name: account.displayName })}
                        onClick={() => void onApprove(account)}
                      >
                        {t('admin.staff.approve')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('admin.staff.rejectFor', { name: account.displayName })}
                        onClick={() => setRejecting(account)}
                      >
                        {t('admin.staff.reject')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RejectDialog
        account={rejecting}
        onClose={() => setRejecting(null)}
        onRejected={(name) => {
          setRejecting(null);
          onOutcome({ kind: 'rejected', name });
        }}
      />
    </section>
  );
}
