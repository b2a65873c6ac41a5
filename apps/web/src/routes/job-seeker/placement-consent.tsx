import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionMessage, refusedFields } from '@web/graphql/errors';
import { PATHS } from '@web/navigation';
import { ConsentTextDialog } from './consent-text-dialog';
import type { MyPlacement } from './placement-card';
import {
  AgreeToPlacementMutation,
  DeclinePlacementMutation,
  PlacementConsentTextQuery,
} from './placements.graphql';

/**
 * Agreeing to a proposed placement: the exact consent text first (as for an introduction), then yes; or no, with
 * a reason for the employer. Once agreed, where to withdraw it.
 */
export function PlacementConsent({ placement, host }: { placement: MyPlacement; host: string }) {
  const { t, i18n } = useTranslation();
  const [reading, setReading] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  // The text is fetched when the person opens it, so the page loads with one request.
  const [text] = useQuery({
    query: PlacementConsentTextQuery,
    variables: { placementId: placement.id },
    pause: !reading,
  });
  const [agreeing, agree] = useMutation(AgreeToPlacementMutation);
  const [refusing, decline] = useMutation(DeclinePlacementMutation);
  const consentText = text.data?.placementConsentText;
  const mayWithdraw = placement.availableActions.includes('WITHDRAW_CONSENT');

  const give = async () => {
    const result = await agree({ id: placement.id });
    if (!result.error) setReading(false);
  };
  const sendDecline = async (confirmPossibleNames = false) => {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    const result = await decline({ id: placement.id, reason: reason.trim(), confirmPossibleNames });
    if (!result.error) setDeclining(false);
  };

  if (placement.candidateConsented)
    return mayWithdraw ? (
      <Alert color="green" role="status">
        <Stack gap={4}>
          <Text size="sm">{t('jobSeeker.placements.consented')}</Text>
          <Anchor component={Link} to={PATHS.consents} size="sm" c="dark.9" underline="always">
            {t('jobSeeker.placements.manage')}
          </Anchor>
        </Stack>
      </Alert>
    ) : null;
  const mayAgree = placement.availableActions.includes('AGREE');
  const mayDecline = placement.availableActions.includes('DECLINE');
  if (!mayAgree && !mayDecline) return null;
  const declineProblem = refusing.error && actionMessage(refusing.error, i18n.language, t);
  const reasonRefused = refusedFields(refusing.error).includes('reason');
  return (
    <>
      <Group>
        {mayAgree && <Button onClick={() => setReading(true)}>{t('jobSeeker.placements.read')}</Button>}
        {mayDecline && (
          <Button variant="outline" onClick={() => setDeclining(true)}>
            {t('jobSeeker.placements.decline')}
          </Button>
        )}
      </Group>
      <ConsentTextDialog
        opened={reading}
        title={t('jobSeeker.placements.dialogTitle', { host: consentText?.employerName ?? host })}
        intro={t('jobSeeker.placements.dialogIntro')}
        text={consentText && { nl: consentText.textNl, en: consentText.textEn }}
        loading={text.fetching}
        loadError={text.error}
        problem={agreeing.error && actionMessage(agreeing.error, i18n.language, t)}
        onClose={() => setReading(false)}
      >
        <Button variant="subtle" onClick={() => setReading(false)}>
          {t('jobSeeker.placements.later')}
        </Button>
        <Button disabled={!consentText} loading={agreeing.fetching} onClick={() => void give()}>
          {t('jobSeeker.placements.agree')}
        </Button>
      </ConsentTextDialog>
      {/* Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body. */}
      <Modal
        opened={declining}
        onClose={() => setDeclining(false)}
        title={t('jobSeeker.placements.declineTitle')}
        withinPortal={false}
        closeButtonProps={{ 'aria-label': t('jobSeeker.placements.cancel') }}
      >
        <Stack>
          {declineProblem && !reasonRefused && (
            <Alert color="red" role="alert">
              {declineProblem}
            </Alert>
          )}
          <Textarea
            label={t('jobSeeker.placements.declineReason')}
            description={t('jobSeeker.placements.declineHelp')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            error={
              reasonMissing
                ? t('jobSeeker.placements.declineRequired')
                : reasonRefused
                  ? declineProblem
                  : undefined
            }
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonMissing(false);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeclining(false)}>
              {t('jobSeeker.placements.cancel')}
            </Button>
            {refusing.error?.graphQLErrors[0]?.extensions.confirmable === true && (
              <Button variant="outline" onClick={() => void sendDecline(true)}>
                {t('jobSeeker.placements.notAName')}
              </Button>
            )}
            <Button loading={refusing.fetching} onClick={() => void sendDecline()}>
              {t('jobSeeker.placements.declineSend')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
