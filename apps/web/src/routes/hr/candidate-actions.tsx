import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { CandidateProfilePartsFragment, CandidateStatus } from '@web/graphql/generated/graphql';
import { ChangeCandidateStatusMutation, RecordCandidateConsentMutation } from './candidate.graphql';
import { actionMessage } from './form-problem';
import { HR_PATHS } from './hr-paths';

/** The gateway's transitions (libs/candidates candidate-status.ts), to offer only what it accepts. */
const NEXT: Record<CandidateStatus, CandidateStatus[]> = {
  DRAFT: ['ACTIVE', 'WITHDRAWN'],
  ACTIVE: ['PAUSED', 'PLACED', 'WITHDRAWN'],
  PAUSED: ['ACTIVE', 'PLACED', 'WITHDRAWN'],
  PLACED: ['ACTIVE', 'WITHDRAWN'],
  WITHDRAWN: ['DRAFT'],
};

export function CandidateActions({ profile }: { profile: CandidateProfilePartsFragment }) {
  const { t, i18n } = useTranslation();
  const [status, changeStatus] = useMutation(ChangeCandidateStatusMutation);
  const [consent, recordConsent] = useMutation(RecordCandidateConsentMutation);
  const error = status.error ?? consent.error;
  const consentGiven = profile.consentStatus === 'GIVEN';
  return (
    <>
      <Group gap="sm">
        <Button component={Link} to={HR_PATHS.candidateEdit(profile.id)} variant="default">
          {t('hr.candidate.edit')}
        </Button>
        {NEXT[profile.status].map((next) => (
          <Button
            key={next}
            variant={next === 'ACTIVE' ? 'filled' : 'outline'}
            loading={status.fetching && status.operation?.variables.status === next}
            onClick={() => void changeStatus({ id: profile.id, status: next })}
          >
            {t(`hr.candidate.statusAction.${next}`)}
          </Button>
        ))}
        <Button
          variant="outline"
          color={consentGiven ? 'red' : undefined}
          loading={consent.fetching}
          onClick={() => void recordConsent({ id: profile.id, given: !consentGiven })}
        >
          {consentGiven ? t('hr.candidate.withdrawConsent') : t('hr.candidate.recordConsent')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" mt="sm">
          {actionMessage(error, t, i18n.language)}
        </Alert>
      )}
    </>
  );
}
