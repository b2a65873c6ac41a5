import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MatchCaseState } from '@web/graphql/generated/graphql';
import { actionMessage } from './form-problem';
import { MatchStateBadge } from './match-state-badge';
import { RespondAsEmployerMutation } from './vacancy.graphql';

interface Props {
  candidateId: string;
  vacancyId: string;
  /** INTERESTED, NOT_INTERESTED, or null while the employer has not answered. */
  interest: string | null | undefined;
  state: MatchCaseState | undefined;
  /** Names the candidate in the dialog's title. */
  candidateLabel: string;
}

/** The employer's answer to a match: interested, or not with a reason (checked by the privacy guard). */
export function EmployerAnswer({ candidateId, vacancyId, interest, state, candidateLabel }: Props) {
  const { t, i18n } = useTranslation();
  const [{ fetching, error, data }, respond] = useMutation(RespondAsEmployerMutation);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const answer = data?.respondToMatchAsEmployer.employerInterest ?? interest ?? null;

  const send = async (interested: boolean, confirmPossibleNames = false) => {
    if (!interested && !reason.trim()) return setMissing(true);
    const result = await respond({
      input: {
        candidateId,
        vacancyId,
        interested,
        reason: interested ? undefined : reason.trim(),
        confirmPossibleNames,
      },
    });
    if (!result.error) setAsking(false);
  };
  const message = error && actionMessage(error, t, i18n.language);
  const confirmable = error?.graphQLErrors[0]?.extensions.confirmable === true;
  const problem = message && (
    <Alert color="red" role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {confirmable && (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={() => void send(false, true)}>
              {t('hr.form.confirmNoName')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <MatchStateBadge state={data?.respondToMatchAsEmployer.state ?? state} />
        <Text size="sm" role="status">
          {answer === 'INTERESTED' && t('hr.matches.answeredYes')}
          {answer === 'NOT_INTERESTED' && t('hr.matches.answeredNo')}
        </Text>
      </Group>
      {!asking && problem}
      <Group>
        <Button size="sm" loading={fetching && !asking} onClick={() => void send(true)}>
          {t('hr.matches.yes')}
        </Button>
        <Button size="sm" variant="outline" onClick={() => setAsking(true)}>
          {t('hr.matches.no')}
        </Button>
      </Group>
      {/* Inside the main landmark, as the job seeker's reason dialog: a portal would add a second banner. */}
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('hr.matches.reasonTitle', { candidate: candidateLabel })}
        withinPortal={false}
        closeButtonProps={{ 'aria-label': t('hr.form.cancel') }}
      >
        <Stack>
          {problem}
          <Textarea
            label={t('hr.matches.reason')}
            description={t('hr.matches.reasonHelp')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            error={missing ? t('hr.matches.reasonRequired') : undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              {t('hr.form.cancel')}
            </Button>
            <Button onClick={() => void send(false)} loading={fetching}>
              {t('hr.matches.send')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
