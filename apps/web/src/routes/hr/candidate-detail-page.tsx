import { Badge, Group, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { errorCode } from '@web/graphql/errors';
import { PATHS } from '@web/navigation';
import { useSession } from '@web/session/viewer-context';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { BackLink } from './back-link';
import { CandidateActions } from './candidate-actions';
import { CandidateConsentsPanel } from './candidate-consents-panel';
import { CandidateIdentityPanel } from './candidate-identity-panel';
import { CandidateMatchesPanel } from './candidate-matches-panel';
import { CandidateSummary } from './candidate-summary';
import { CandidateQuery } from './candidate.graphql';
import { SavedNotice } from './saved-notice';
import { useHrText } from './use-hr-text';

/** One own candidate: the profile, its matches, its consents, and its identity (read with a reason, logged). */
export function CandidateDetailPage() {
  const { t } = useTranslation();
  const hr = useHrText();
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
      <BackLink to={PATHS.candidates}>{t('hr.candidate.backToList')}</BackLink>
      {fetching && !profile && <QueryLoading />}
      {error && !profile && <QueryError error={error} />}
      {profile && (
        <>
          <PageHeading title={t('hr.candidate.title', { code: profile.publicCode })} />
          <SavedNotice />
          <Group gap="xs" mb="md">
            <Badge variant="light" size="lg">
              {t(`enums.candidateStatus.${profile.status}`)}
            </Badge>
            <Badge variant="outline" size="lg" color="gray">
              {hr.enums.consentStatus[profile.consentStatus]}
            </Badge>
          </Group>
          <CandidateActions profile={profile} />
          <Tabs defaultValue="profile" keepMounted={false} mt="lg">
            <Tabs.List>
              <Tabs.Tab value="profile">{t('hr.candidate.tabs.profile')}</Tabs.Tab>
              <Tabs.Tab value="matches">{t('hr.candidate.tabs.matches')}</Tabs.Tab>
              <Tabs.Tab value="consents">{t('hr.candidate.tabs.consents')}</Tabs.Tab>
              <Tabs.Tab value="identity">{t('hr.candidate.tabs.identity')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="profile" pt="md">
              <CandidateSummary profile={profile} />
            </Tabs.Panel>
            <Tabs.Panel value="matches" pt="md">
              <CandidateMatchesPanel candidateId={profile.id} />
            </Tabs.Panel>
            <Tabs.Panel value="consents" pt="md">
              <CandidateConsentsPanel candidateId={profile.id} />
            </Tabs.Panel>
            <Tabs.Panel value="identity" pt="md">
              <CandidateIdentityPanel candidateId={profile.id} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </>
  );
}
