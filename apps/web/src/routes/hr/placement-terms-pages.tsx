import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { errorCode } from '@web/graphql/errors';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { BackLink } from './back-link';
import { HR_PATHS, type SavedState } from './hr-paths';
import {
  ChangePlacementTermsMutation,
  PlacementDetailQuery,
  ProposePlacementFromMatchMutation,
} from './placement.graphql';
import { PlacementTermsForm } from './placement-terms-form';
import { NEW_TERMS, termsOf, toChangeInput, toTermsInput } from './placement-terms-values';

/** The candidate's HR lead proposes a placement from an introduced match; Werkbrug may propose the dates. */
export function ProposePlacementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { candidateId = '', matchCaseId = '' } = useParams();
  const [, propose] = useMutation(ProposePlacementFromMatchMutation);
  return (
    <>
      <BackLink to={HR_PATHS.candidate(candidateId)}>{t('hr.candidate.backToCandidate')}</BackLink>
      <PageHeading title={t('hr.terms.proposeTitle')} intro={t('hr.terms.proposeIntro')} />
      <PlacementTermsForm
        initial={NEW_TERMS}
        submitLabel={t('hr.terms.propose')}
        cancelTo={HR_PATHS.candidate(candidateId)}
        onSubmit={async (values, confirmPossibleNames) => {
          const result = await propose({ matchCaseId, input: toTermsInput(values, confirmPossibleNames) });
          const id = result.data?.proposePlacementFromMatch.id;
          if (id) void navigate(HR_PATHS.placement(id), { state: { saved: 'created' } satisfies SavedState });
          return result.error;
        }}
      />
    </>
  );
}

/** Either HR lead changes the terms before the start; everyone is asked to agree again. */
export function ChangePlacementTermsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().placementId ?? '';
  const [{ data, error, fetching }] = useQuery({ query: PlacementDetailQuery, variables: { id } });
  const [, change] = useMutation(ChangePlacementTermsMutation);
  if (['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error) ?? '')) return <NotFoundPage />;
  const placement = data?.placement;
  return (
    <>
      <BackLink to={HR_PATHS.placement(id)}>{t('hr.placement.backToPlacement')}</BackLink>
      <PageHeading title={t('hr.terms.changeTitle')} intro={t('hr.terms.changeIntro')} />
      {fetching && !placement && <QueryLoading />}
      {error && !placement && <QueryError error={error} />}
      {placement && (
        <PlacementTermsForm
          initial={termsOf(placement)}
          submitLabel={t('hr.terms.save')}
          cancelTo={HR_PATHS.placement(id)}
          onSubmit={async (values, confirmPossibleNames) => {
            const result = await change({ id, input: toChangeInput(values, confirmPossibleNames) });
            if (!result.error)
              void navigate(HR_PATHS.placement(id), { state: { saved: 'updated' } satisfies SavedState });
            return result.error;
          }}
        />
      )}
    </>
  );
}
