import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { errorCode } from '@web/graphql/errors';
import type { CandidateProfilePartsFragment } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { useSession } from '@web/session/viewer-context';
import { BackLink } from './back-link';
import { CandidateForm } from './candidate-form';
import { candidateValues, updateInput } from './candidate-form-values';
import { CandidateQuery, UpdateCandidateMutation } from './candidate.graphql';
import { HR_PATHS, type SavedState } from './hr-paths';

export function CandidateEditPage() {
  const { t } = useTranslation();
  const id = useParams().candidateId ?? '';
  const { viewer } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: CandidateQuery, variables: { id } });
  // Another employer's shared profile is read on a vacancy's matches; these pages are for the own candidates.
  const foreign = data?.candidateProfile && data.candidateProfile.employerId !== viewer.employerId;
  if (foreign || ['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(errorCode(error) ?? ''))
    return <NotFoundPage />;
  const profile = data?.candidateProfile;
  return (
    <>
      <BackLink to={HR_PATHS.candidate(id)}>{t('hr.candidate.backToCandidate')}</BackLink>
      {fetching && !profile && <QueryLoading />}
      {error && !profile && <QueryError error={error} />}
      {profile && <EditCandidate profile={profile} />}
    </>
  );
}

/** The version is the one the form was opened with: a save over a later change is refused, not lost. */
function EditCandidate({ profile }: { profile: CandidateProfilePartsFragment }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [, update] = useMutation(UpdateCandidateMutation);
  const [openedVersion] = useState(profile.version ?? undefined);
  const [initial] = useState(() => candidateValues(profile, currentLanguage(i18n.language)));
  return (
    <>
      <PageHeading title={t('hr.candidate.editTitle', { code: profile.publicCode })} />
      <CandidateForm
        creating={false}
        initial={initial}
        submitLabel={t('hr.form.save')}
        cancelTo={HR_PATHS.candidate(profile.id)}
        onSubmit={async (values, confirm, overVersion) => {
          const input = updateInput(values, confirm, overVersion ?? openedVersion);
          const result = await update({ id: profile.id, input });
          if (result.data)
            void navigate(HR_PATHS.candidate(profile.id), {
              state: { saved: 'updated' } satisfies SavedState,
            });
          return result.error;
        }}
      />
    </>
  );
}
