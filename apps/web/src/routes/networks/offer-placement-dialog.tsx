import { Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  CollegialRequestPartsFragment,
  NetworkPartsFragment,
  PlacementKind,
} from '@web/graphql/generated/graphql';
import { hrEn } from '@web/i18n/areas/hr.en';
import { hrNl } from '@web/i18n/areas/hr.nl';
import { addRoleTexts } from '@web/i18n/i18n';
import { enumOptions, useSharedText } from '@web/i18n/use-shared-text';
import { PlacementTermsForm } from '@web/routes/hr/placement-terms-form';
import { NEW_TERMS, toTermsInput } from '@web/routes/hr/placement-terms-values';
import { NETWORK_CHANGES, ProposePlacementFromOfferMutation } from './networks.graphql';
import { PLACEMENT_FOR_SOUGHT } from './offer-placement-terms';

// The HR lead's terms form reads the HR texts; the mobility team has not loaded them with its own pages.
addRoleTexts({ nl: { hr: hrNl }, en: { hr: hrEn } });

interface Props {
  network: NetworkPartsFragment;
  request: CollegialRequestPartsFragment;
  answer: CollegialRequestPartsFragment['answers'][number];
  onClose(): void;
  onProposed(): void;
}

/**
 * The asker (or the team) turns a member's offer into a proposed placement at that member: the HR pages' terms
 * form, with the kind of placement and the contacts taken from the request and the members' contacts.
 */
export function OfferPlacementDialog({ network, request, answer, onClose, onProposed }: Props) {
  const { t } = useTranslation();
  const shared = useSharedText();
  const format = useFormat();
  const [, propose] = useMutation(ProposePlacementFromOfferMutation);
  const likely = PLACEMENT_FOR_SOUGHT[request.sought];
  const [kind, setKind] = useState<PlacementKind>(likely.kind);
  const contact = (employerId: string) =>
    network.members.find((m) => m.employerId === employerId)?.contactName ?? '';
  const fromRequest = {
    from: format.date(request.startFrom),
    hours: format.number(request.hoursPerWeek),
    months: format.number(request.durationMonths),
  };
  return (
    // Inside the main landmark, as the other dialogs of the app: a portal would add a second banner.
    <Modal
      opened
      onClose={onClose}
      title={t('network.offerPlacement.title')}
      size="lg"
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('hr.placement.close') }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('network.offerPlacement.intro', {
            employer: answer.employerName,
            code: request.candidatePublicCode,
            ...fromRequest,
          })}
        </Text>
        <PlacementTermsForm
          initial={{
            ...NEW_TERMS,
            purpose: likely.purpose,
            lendingContact: contact(request.employerId),
            hostContact: contact(answer.employerId),
          }}
          submitLabel={t('network.offerPlacement.submit')}
          onCancel={onClose}
          emptyHelp={{
            requestedHours: t('network.offerPlacement.requestedHoursHelp', fromRequest),
            duration: t('network.offerPlacement.durationHelp', fromRequest),
          }}
          onSubmit={async (values, confirmPossibleNames) => {
            const result = await propose(
              {
                requestId: request.id,
                offeringEmployerId: answer.employerId,
                kind,
                input: toTermsInput(values, confirmPossibleNames),
              },
              NETWORK_CHANGES,
            );
            if (!result.error) onProposed();
            return result.error;
          }}
        >
          <NativeSelect
            label={t('network.offerPlacement.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as PlacementKind)}
            data={enumOptions(shared.enums.placementKind)}
          />
        </PlacementTermsForm>
      </Stack>
    </Modal>
  );
}
