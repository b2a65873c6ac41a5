import { Alert, Button, Select, Stack, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormCard } from '@web/components/form-card';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { userMessage } from '@web/graphql/errors';
import { ErasureRequestsTable } from './erasure-requests-table';
import {
  TeamCandidateByCodeQuery,
  TeamErasureRequestsQuery,
  TeamRequestErasureMutation,
} from './privacy.graphql';

const MIN_REASON = 5;
/** A whole public code (generatePublicCode: "WB-" and six characters), in any case. */
const PUBLIC_CODE = /^WB-[A-Z0-9]{6}$/i;
// An empty list names no type, so urql would not know a new request belongs in it.
const CONTEXT = { additionalTypenames: ['ErasureRequest'] };

/** Erasure on a person's request, asked by the team with the reason, and the region's requests to cancel. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const context = useMemo(() => CONTEXT, []);
  const [{ data, error, fetching }] = useQuery({ query: TeamErasureRequestsQuery, context });
  return (
    <>
      <PageHeading title={t('team.privacy.title')} intro={t('team.privacy.intro')} />
      <Stack gap="xl">
        <ErasureRequestForm />
        <section aria-labelledby="erasure-requests">
          <Title order={2} id="erasure-requests" mb="sm">
            {t('team.privacy.listTitle')}
          </Title>
          {fetching && !data && <QueryLoading />}
          {error && <QueryError error={error} />}
          {data && <ErasureRequestsTable requests={data.erasureRequests} />}
        </section>
      </Stack>
    </>
  );
}

/**
 * Finds the one profile with the code the person (or their HR lead) gave: the team never pages through the
 * region's profiles to pick someone.
 */
function useCandidateByCode(search: string): {
  candidates: { id: string; publicCode: string }[];
  searching: boolean;
} {
  const code = search.trim().toUpperCase();
  const complete = PUBLIC_CODE.test(code);
  const [{ data, fetching }] = useQuery({
    query: TeamCandidateByCodeQuery,
    variables: { publicCode: code },
    pause: !complete,
  });
  const nodes = complete ? (data?.candidateProfiles.nodes ?? []) : [];
  return { candidates: nodes.filter((c) => c.publicCode === code), searching: complete && fetching };
}

function ErasureRequestForm() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const { candidates, searching } = useCandidateByCode(search);
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const [{ fetching, error }, request] = useMutation(TeamRequestErasureMutation);
  const reasonProblem = reason.trim().length < MIN_REASON ? t('team.privacy.reasonRequired') : undefined;
  const candidateProblem = candidateId ? undefined : t('team.privacy.candidateRequired');

  const submit = async () => {
    setTried(true);
    setDone(false);
    if (reasonProblem || candidateProblem || !candidateId) return;
    const result = await request({ candidateId, reason: reason.trim() });
    if (result.error) return;
    setCandidateId(null);
    setSearch('');
    setReason('');
    setTried(false);
    setDone(true);
  };

  return (
    <FormCard id="erasure-request" title={t('team.privacy.requestTitle')} onSubmit={() => void submit()}>
      {done && (
        <Alert color="green" role="status">
          {t('team.privacy.requested')}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {userMessage(error, i18n.language) ?? t('errors.generic')}
        </Alert>
      )}
      <Select
        label={t('team.privacy.candidate')}
        description={t('team.privacy.candidateHelp')}
        searchable
        required
        searchValue={search}
        onSearchChange={setSearch}
        nothingFoundMessage={
          searching
            ? t('team.privacy.searching')
            : PUBLIC_CODE.test(search.trim())
              ? t('team.privacy.codeNotFound')
              : t('team.privacy.codeIncomplete')
        }
        data={candidates.map((c) => ({ value: c.id, label: c.publicCode }))}
        value={candidateId}
        onChange={setCandidateId}
        error={tried && candidateProblem}
        maw={360}
      />
      <Textarea
        label={t('team.privacy.reason')}
        description={t('team.privacy.reasonHelp')}
        required
        autosize
        minRows={2}
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={tried && reasonProblem}
      />
      <Button type="submit" color="red.9" loading={fetching} style={{ alignSelf: 'flex-start' }}>
        {t('team.privacy.submit')}
      </Button>
    </FormCard>
  );
}
