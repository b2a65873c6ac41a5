import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type {
  PlacementDetailPartsFragment as Placement,
  PlacementFollowUp,
} from '@web/graphql/generated/graphql';
import { useFormat } from '@web/format/use-format';
import { enumOptions } from '@web/i18n/use-shared-text';
import { actionMessage } from './form-problem';
import { HR_PATHS } from './hr-paths';
import { PlacementConsentOnBehalf } from './placement-consent-on-behalf';
import {
  AgreeToPlacementMutation,
  CancelPlacementMutation,
  DeclinePlacementMutation,
  EndPlacementMutation,
  EvaluatePlacementMutation,
  PlacementFollowUpMutation,
  StartPlacementMutation,
} from './placement.graphql';
import { TextDialog } from './text-dialog';
import { useHireTerms } from './hire-terms-fields';
import { useHrText } from './use-hr-text';

type Dialog = 'decline' | 'cancel' | 'end' | 'evaluate' | null;

/** The side an HR lead is on: the candidate's employer lends, the other hosts. */
export type Party = 'LENDER' | 'HOST';

/** What the viewer's side may do now, as the server lists it (availableActions); refusals in an alert. */
export function PlacementActions({ placement, party }: { placement: Placement; party: Party }) {
  const { t, i18n } = useTranslation();
  const hr = useHrText();
  const format = useFormat();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [followUp, setFollowUp] = useState<PlacementFollowUp>('HIRED');
  const hire = useHireTerms();
  const [agree, agreeTo] = useMutation(AgreeToPlacementMutation);
  const [start, startIt] = useMutation(StartPlacementMutation);
  const [follow, recordFollowUp] = useMutation(PlacementFollowUpMutation);
  const [decline, declineIt] = useMutation(DeclinePlacementMutation);
  const [cancel, cancelIt] = useMutation(CancelPlacementMutation);
  const [end, endIt] = useMutation(EndPlacementMutation);
  const [evaluate, evaluateIt] = useMutation(EvaluatePlacementMutation);
  const id = placement.id;
  const refusal = [agree.error, start.error, follow.error].find(Boolean);
  const ownAgreed = party === 'LENDER' ? placement.lenderAgreed : placement.hostAgreed;
  const available = new Set(placement.availableActions);
  // The server accepts agreeing or recording the follow-up again; the page does not offer a step already taken.
  const may = {
    agree: available.has('AGREE') && !ownAgreed,
    decline: available.has('DECLINE'),
    cancel: available.has('CANCEL'),
    changeTerms: available.has('CHANGE_TERMS'),
    start: available.has('START'),
    end: available.has('END'),
    evaluate: available.has('EVALUATE'),
    followUp: available.has('FOLLOW_UP') && placement.followUp === null,
  };
  const done = (ok: { error?: unknown }) => {
    if (ok.error) return false;
    setDialog(null);
    return true;
  };
  const nothing = Object.values(may).every((allowed) => !allowed);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('hr.placement.actionsTitle')}
      </Title>
      {refusal && (
        <Alert color="red" role="alert">
          {actionMessage(refusal, t, i18n.language)}
        </Alert>
      )}
      {placement.status === 'PROPOSED' && ownAgreed && <Text role="status">{t('hr.placement.agreed')}</Text>}
      {placement.status === 'AGREED' && !may.start && placement.startDate && (
        <Text>{t('hr.placement.startsOn', { date: format.date(placement.startDate) })}</Text>
      )}
      {nothing && <Text>{t('hr.placement.noActions')}</Text>}
      {party === 'LENDER' &&
        placement.status === 'PROPOSED' &&
        !placement.candidateConsented &&
        placement.candidateId && (
          <PlacementConsentOnBehalf placementId={id} candidateId={placement.candidateId} />
        )}
      <Group>
        {may.agree && (
          <Button loading={agree.fetching} onClick={() => void agreeTo({ id })}>
            {t('hr.placement.agree')}
          </Button>
        )}
        {may.start && (
          <Button loading={start.fetching} onClick={() => void startIt({ id })}>
            {t('hr.placement.start')}
          </Button>
        )}
        {may.changeTerms && (
          <Button component={Link} to={HR_PATHS.placementTerms(id)} variant="outline">
            {t('hr.placement.changeTerms')}
          </Button>
        )}
        {may.end && (
          <Button variant="outline" onClick={() => setDialog('end')}>
            {t('hr.placement.end')}
          </Button>
        )}
        {may.evaluate && (
          <Button variant="outline" onClick={() => setDialog('evaluate')}>
            {t('hr.placement.evaluate')}
          </Button>
        )}
        {may.decline && (
          <Button variant="outline" color="red.9" onClick={() => setDialog('decline')}>
            {t('hr.placement.decline')}
          </Button>
        )}
        {may.cancel && (
          <Button variant="outline" color="red.9" onClick={() => setDialog('cancel')}>
            {t('hr.placement.cancel')}
          </Button>
        )}
      </Group>
      {may.followUp && (
        <Stack gap="xs">
          <NativeSelect
            label={t('hr.placement.followUp')}
            value={followUp}
            onChange={(event) => setFollowUp(event.currentTarget.value as PlacementFollowUp)}
            data={enumOptions(hr.placementEnums.followUp)}
          />
          {followUp === 'HIRED' && hire.fields}
          <Group>
            <Button
              loading={follow.fetching}
              onClick={() =>
                void recordFollowUp({ id, followUp, hire: followUp === 'HIRED' ? hire.terms : null })
              }
            >
              {t('hr.placement.recordFollowUp')}
            </Button>
          </Group>
        </Stack>
      )}
      <TextDialog
        opened={dialog === 'decline'}
        title={t('hr.placement.declineTitle')}
        label={t('hr.placement.reason')}
        description={t('hr.placement.reasonHelp')}
        required
        submitLabel={t('hr.placement.decline')}
        fetching={decline.fetching}
        error={decline.error}
        onClose={() => setDialog(null)}
        onSubmit={async (reason, confirmPossibleNames) =>
          done(await declineIt({ id, reason, confirmPossibleNames }))
        }
      />
      <TextDialog
        opened={dialog === 'cancel'}
        title={t('hr.placement.cancelTitle')}
        label={t('hr.placement.reason')}
        description={t('hr.placement.reasonHelp')}
        required
        submitLabel={t('hr.placement.cancel')}
        fetching={cancel.fetching}
        error={cancel.error}
        onClose={() => setDialog(null)}
        onSubmit={async (reason, confirmPossibleNames) =>
          done(await cancelIt({ id, reason, confirmPossibleNames }))
        }
      />
      <TextDialog
        opened={dialog === 'end'}
        title={t('hr.placement.endTitle')}
        label={t('hr.placement.note')}
        description={t('hr.placement.reasonHelp')}
        required={false}
        submitLabel={t('hr.placement.end')}
        fetching={end.fetching}
        error={end.error}
        onClose={() => setDialog(null)}
        onSubmit={async (note, confirmPossibleNames) =>
          done(await endIt({ id, note: note || null, confirmPossibleNames }))
        }
      />
      <TextDialog
        opened={dialog === 'evaluate'}
        title={t('hr.placement.evaluateTitle')}
        label={t('hr.placement.evaluation')}
        description={t('hr.placement.evaluationHelp')}
        required
        submitLabel={t('hr.placement.confirm')}
        fetching={evaluate.fetching}
        error={evaluate.error}
        onClose={() => setDialog(null)}
        onSubmit={async (evaluation, confirmPossibleNames) =>
          done(await evaluateIt({ id, evaluation, confirmPossibleNames }))
        }
      />
    </Stack>
  );
}
