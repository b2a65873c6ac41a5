import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { MatchCaseState, MatchConsent } from '@web/graphql/generated/graphql';
import { PATHS } from '@web/navigation';
import { actionMessage } from '@web/graphql/errors';
import { ConsentTextDialog } from './consent-text-dialog';
import { AnswerIntroductionConsentMutation, IntroductionConsentTextQuery } from './introduction.graphql';

interface IntroductionConsentProps {
  matchCaseId: string;
  state: MatchCaseState;
  employerName: string;
}

/** Shown once both sides are interested: the employer asks to know who the person is, and they decide. */
export function IntroductionConsent({ matchCaseId, state, employerName }: IntroductionConsentProps) {
  const { t, i18n } = useTranslation();
  const [reading, setReading] = useState(false);
  // The text is fetched when the person opens it, so the suggestions page loads with one request.
  const [text] = useQuery({
    query: IntroductionConsentTextQuery,
    variables: { matchCaseId },
    pause: !reading,
  });
  const [{ fetching, error }, answerConsent] = useMutation(AnswerIntroductionConsentMutation);
  const consentText = text.data?.introductionConsentText;
  const employer = consentText?.employerName ?? employerName;

  const answer = async (consent: Extract<MatchConsent, 'GIVEN' | 'DECLINED'>) => {
    const result = await answerConsent({ matchCaseId, consent });
    if (!result.error) setReading(false);
  };

  if (state === 'INTRODUCED')
    return (
      <Alert color="green" role="status">
        <Stack gap={4}>
          <Text size="sm">{t('jobSeeker.introduction.given')}</Text>
          <Anchor component={Link} to={PATHS.consents} size="sm" c="dark.9" underline="always">
            {t('jobSeeker.introduction.manage')}
          </Anchor>
        </Stack>
      </Alert>
    );
  if (state !== 'CONSENT_REQUESTED' && state !== 'CONSENT_DECLINED') return null;
  return (
    <>
      <Alert color={state === 'CONSENT_REQUESTED' ? 'blue' : 'gray'} role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            {state === 'CONSENT_REQUESTED'
              ? t('jobSeeker.introduction.requested', { employer })
              : t('jobSeeker.introduction.declined')}
          </Text>
          <Button size="sm" onClick={() => setReading(true)}>
            {state === 'CONSENT_REQUESTED'
              ? t('jobSeeker.introduction.read')
              : t('jobSeeker.introduction.giveAfterAll')}
          </Button>
        </Stack>
      </Alert>
      <ConsentTextDialog
        opened={reading}
        title={t('jobSeeker.introduction.dialogTitle', { employer })}
        intro={t('jobSeeker.introduction.dialogIntro')}
        text={consentText && { nl: consentText.textNl, en: consentText.textEn }}
        loading={text.fetching}
        loadError={text.error}
        problem={error && actionMessage(error, i18n.language, t)}
        onClose={() => setReading(false)}
      >
        <Button variant="subtle" onClick={() => setReading(false)}>
          {t('jobSeeker.introduction.cancel')}
        </Button>
        {state === 'CONSENT_REQUESTED' && (
          <Button
            variant="default"
            disabled={!consentText || fetching}
            onClick={() => void answer('DECLINED')}
          >
            {t('jobSeeker.introduction.decline')}
          </Button>
        )}
        <Button disabled={!consentText} loading={fetching} onClick={() => void answer('GIVEN')}>
          {t('jobSeeker.introduction.give')}
        </Button>
      </ConsentTextDialog>
    </>
  );
}
