import { Alert, Button, Card, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { actionMessage, errorCode } from '@web/graphql/errors';
import type { ConsentKind } from '@web/graphql/generated/graphql';
import { ConsentTextDialog } from './consent-text-dialog';
import {
  CurrentConsentTextQuery,
  SetEmailNotificationsMutation,
  ShareTargetGroupMutation,
} from './consents.graphql';

type SwitchKind = Extract<ConsentKind, 'RECEIVE_EMAIL' | 'SHARE_TARGET_GROUP'>;

interface ConsentSwitchesProps {
  candidateId: string;
  emailOn: boolean;
  targetGroupShared: boolean;
}

/**
 * E-mail and target-group sharing: turning one on first shows the exact consent text (from the API, with its
 * version); turning it off is a withdrawal and needs no text.
 */
export function ConsentSwitches({ candidateId, emailOn, targetGroupShared }: ConsentSwitchesProps) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState<SwitchKind | null>(null);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [text, refetchText] = useQuery({
    query: CurrentConsentTextQuery,
    variables: { kind: asking ?? 'RECEIVE_EMAIL' },
    pause: asking === null,
  });
  const [email, setEmail] = useMutation(SetEmailNotificationsMutation);
  const [share, setShare] = useMutation(ShareTargetGroupMutation);

  const apply = async (kind: SwitchKind, on: boolean, textVersion?: string) => {
    setSaved(false);
    setProblem(null);
    const result =
      kind === 'RECEIVE_EMAIL'
        ? await setEmail({ on })
        : await setShare({ candidateId, share: on, textVersion: textVersion ?? null });
    if (result.error) {
      setProblem(actionMessage(result.error, i18n.language, t));
      // The text changed while it was open: show the current one, to read and agree to again.
      if (on && errorCode(result.error) === 'CONFLICT') refetchText({ requestPolicy: 'network-only' });
      return;
    }
    setAsking(null);
    setSaved(true);
  };
  const toggle = (kind: SwitchKind, on: boolean) => {
    if (on) {
      setProblem(null);
      setAsking(kind);
    } else void apply(kind, false);
  };
  const current = text.data?.consentText.kind === asking ? text.data?.consentText : undefined;
  const loadError: CombinedError | undefined = text.error;

  return (
    <Card withBorder component="section" aria-labelledby="consent-settings">
      <Stack>
        <Title order={2} size="h4" id="consent-settings">
          {t('jobSeeker.consents.settings')}
        </Title>
        {saved && (
          <Alert color="green" role="status">
            {t('jobSeeker.consents.saved')}
          </Alert>
        )}
        {problem && !asking && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Switch
          label={t('jobSeeker.consents.email')}
          description={t('jobSeeker.consents.emailHelp')}
          checked={emailOn}
          disabled={email.fetching}
          onChange={(event) => toggle('RECEIVE_EMAIL', event.currentTarget.checked)}
        />
        <Switch
          label={t('jobSeeker.consents.targetGroup')}
          description={t('jobSeeker.consents.targetGroupHelp')}
          checked={targetGroupShared}
          disabled={share.fetching}
          onChange={(event) => toggle('SHARE_TARGET_GROUP', event.currentTarget.checked)}
        />
      </Stack>
      <ConsentTextDialog
        opened={asking !== null}
        title={asking ? t(`jobSeeker.enums.consentKind.${asking}`) : ''}
        intro={t('jobSeeker.consents.readAndAgree')}
        text={current && { nl: current.textNl, en: current.textEn }}
        loading={text.fetching}
        loadError={loadError}
        problem={problem}
        onClose={() => setAsking(null)}
      >
        <Button variant="default" onClick={() => setAsking(null)}>
          {t('jobSeeker.consents.cancel')}
        </Button>
        <Button
          disabled={!current}
          loading={email.fetching || share.fetching}
          onClick={() => asking && current && void apply(asking, true, current.textVersion)}
        >
          {t('jobSeeker.consents.agree')}
        </Button>
      </ConsentTextDialog>
    </Card>
  );
}
