import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PlacementConsentTextQuery } from '@web/routes/job-seeker/placements.graphql';
import { ConsentOnBehalf } from './consent-on-behalf';
import { RecordPlacementConsentMutation } from './placement.graphql';

/**
 * A proposed placement of an own candidate without an account waits for the candidate's consent: the lending HR
 * lead reads them the terms and records their answer.
 */
export function PlacementConsentOnBehalf({
  placementId,
  candidateId,
}: {
  placementId: string;
  candidateId: string;
}) {
  const { t } = useTranslation();
  const [{ fetching, error }, record] = useMutation(RecordPlacementConsentMutation);
  return (
    <ConsentOnBehalf
      candidateId={candidateId}
      requested={t('hr.onBehalf.placementRequested')}
      title={t('hr.onBehalf.placementTitle')}
      textQuery={PlacementConsentTextQuery}
      textVariables={{ placementId }}
      pickText={(data) => data.placementConsentText}
      saving={fetching}
      saveError={error}
      onSave={async (input) => {
        // The answer is a statement, not the placement: the placement's page is told to read it again.
        const result = await record({ placementId, input }, { additionalTypenames: ['Placement'] });
        return !result.error;
      }}
    />
  );
}
