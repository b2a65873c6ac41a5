import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, type CombinedError } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { CandidateIdentityQuery as Identity } from '@web/graphql/generated/graphql';
import { CandidateIdentityQuery, InviteJobSeekerMutation } from './candidate-records.graphql';
import { IdentityAccessLog } from './identity-access-log';
import { actionMessage } from './form-problem';

/** The identity behind the code: each reading states why and is logged where the candidate can see it. */
export function CandidateIdentityPanel({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const [logVersion, setLogVersion] = useState(0);
  return (
    <Stack gap="xl">
      <InviteJobSeeker candidateId={candidateId} />
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('hr.identity.title')}
        </Title>
        <ReadIdentity candidateId={candidateId} onRead={() => setLogVersion((n) => n + 1)} />
      </Stack>
      <IdentityAccessLog candidateId={candidateId} version={logVersion} />
    </Stack>
  );
}

function InviteJobSeeker({ candidateId }: { candidateId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }, invite] = useMutation(InviteJobSeekerMutation);
  const sent = data?.createJobSeekerInvitation;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('hr.invite.title')}
      </Title>
      <Text size="sm">{t('hr.invite.intro')}</Text>
      <Group>
        <Button variant="outline" loading={fetching} onClick={() => void invite({ candidateId })}>
          {t('hr.invite.send')}
        </Button>
      </Group>
      {sent && (
        <Alert color="green" role="status">
          {t('hr.invite.sent', { to: sent.sentTo, date: format.dateTime(sent.expiresAt) })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {actionMessage(error, t, i18n.language)}
        </Alert>
      )}
    </Stack>
  );
}

function ReadIdentity({ candidateId, onRead }: { candidateId: string; onRead(): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const [purpose, setPurpose] = useState('');
  const [missing, setMissing] = useState(false);
  const [reading, setReading] = useState(false);
  const [identity, setIdentity] = useState<Identity['candidateIdentity']>();
  const [error, setError] = useState<CombinedError>();

  // Read once per request, never from the cache: every reading is a line in the log.
  const read = async (event: FormEvent) => {
    event.preventDefault();
    if (!purpose.trim()) return setMissing(true);
    setReading(true);
    const result = await client
      .query(
        CandidateIdentityQuery,
        { candidateId, purpose: purpose.trim() },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setReading(false);
    setError(result.error);
    setIdentity(result.data?.candidateIdentity);
    if (result.data) onRead();
  };

  if (identity)
    return (
      <Stack gap="sm">
        <Table>
          <Table.Caption>{t('hr.identity.caption')}</Table.Caption>
          <Table.Tbody>
            {(
              [
                [t('hr.candidate.fullName'), identity.fullName],
                [t('hr.candidate.email'), identity.email],
                [t('hr.candidate.phone'), identity.phone],
                [t('hr.candidate.dateOfBirth'), identity.dateOfBirth && format.date(identity.dateOfBirth)],
              ] as const
            ).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w="30%">
                  {label}
                </Table.Th>
                <Table.Td>{value || t('profile.notSet')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group>
          <Button variant="default" onClick={() => setIdentity(undefined)}>
            {t('hr.identity.hide')}
          </Button>
        </Group>
      </Stack>
    );
  return (
    <form onSubmit={(event) => void read(event)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('hr.identity.purpose')}
          description={t('hr.identity.purposeHelp')}
          required
          maxLength={500}
          value={purpose}
          onChange={(event) => {
            setPurpose(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('hr.identity.purposeRequired') : undefined}
        />
        {error && (
          <Alert color="red" role="alert">
            {actionMessage(error, t, i18n.language)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={reading}>
            {t('hr.identity.show')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
