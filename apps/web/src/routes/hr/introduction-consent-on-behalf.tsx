import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { IntroductionConsentTextQuery } from '@web/routes/job-seeker/introduction.graphql';
import { RecordIntroductionConsentMutation } from './candidate-records.graphql';
import { ConsentOnBehalf } from './consent-on-behalf';

interface Props {
  candidateId: string;
  matchCaseId: string;
  vacancyTitle: string;
  /** Called once the consent is recorded: the match is then introduced. */
  onRecorded(): void;
}

/** The employer asked to know who an own candidate without an account is: the HR lead records their answer. */
export function IntroductionConsentOnBehalf({ candidateId, matchCaseId, vacancyTitle, onRecorded }: Props) {
  const { t } = useTranslation();
  const [{ fetching, error }, record] = useMutation(RecordIntroductionConsentMutation);
  return (
    <ConsentOnBehalf
      candidateId={candidateId}
      requested={t('hr.onBehalf.requested')}
      buttonLabel={t('hr.onBehalf.openFor', { title: vacancyTitle })}
      title={t('hr.onBehalf.title', { title: vacancyTitle })}
      textQuery={IntroductionConsentTextQuery}
      textVariables={{ matchCaseId }}
      pickText={(data) => data.introductionConsentText}
      saving={fetching}
      saveError={error}
      onSave={async (input) => {
        const result = await record({ matchCaseId, input });
        if (!result.error) onRecorded();
        return !result.error;
      }}
    />
  );
}
