import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { PATHS } from '@web/navigation';
import { BackLink } from './back-link';
import { CandidateForm } from './candidate-form';
import { createInput, emptyCandidate } from './candidate-form-values';
import { CreateCandidateMutation } from './candidate.graphql';
import { HR_PATHS, type SavedState } from './hr-paths';

export function CandidateNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [, create] = useMutation(CreateCandidateMutation);
  return (
    <>
      <BackLink to={PATHS.candidates}>{t('hr.candidate.backToList')}</BackLink>
      <PageHeading title={t('hr.candidate.newTitle')} intro={t('hr.candidate.newIntro')} />
      <CandidateForm
        creating
        initial={emptyCandidate()}
        submitLabel={t('hr.candidate.create')}
        cancelTo={PATHS.candidates}
        onSubmit={async (values, confirm) => {
          const result = await create({ input: createInput(values, confirm) });
          const created = result.data?.createCandidateProfile;
          if (created)
            void navigate(HR_PATHS.candidate(created.id), {
              state: { saved: 'created' } satisfies SavedState,
            });
          return result.error;
        }}
      />
    </>
  );
}
