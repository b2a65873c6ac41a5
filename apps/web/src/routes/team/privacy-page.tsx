import { Alert, Button, Select, Stack, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormCard } from '@web/components/form-card';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { userMessage } from '@web/graphql/errors';
import { ErasureRequestsTable } from './erasure-requests-table';
import { TeamErasureRequestsQuery, TeamRequestErasureMutation } from './privacy.graphql';

const MIN_REASON = 5;
// An empty list names no type, so urql would not know a new request belongs in it.
const CONTEXT = { additionalTypenames: ['ErasureRequest'] };

/** Erasure on a person's request, asked by the team with the reason, and the region's requests to cancel. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const context = useMemo(() => CONTEXT, []);
  const [{ data, error, fetching }] = useQuery({ query: TeamErasureRequestsQuery, context });
  const codes = new Map(data?.candidateProfiles.nodes.map((c) => [c.id, c.publicCode]));
  return (
    <>
      <PageHeading title={t('team.privacy.title')} intro={t('team.privacy.intro')} />
      <Stack gap="xl">
        <ErasureRequestForm candidates={data?.candidateProfiles.nodes ?? []} />
        <section aria-labelledby="erasure-requests">
          <Title order={2} id="erasure-requests" mb="sm">
            {t('team.privacy.listTitle')}
          </Title>
          {fetching && !data && <QueryLoading />}
          {error && <QueryError error={error} />}
          {data && <ErasureRequestsTable requests={data.erasureRequests} codes={codes} />}
        </section>
      </Stack>
    </>
  );
}

function ErasureRequestForm({ candidates }: { candidates: { id: string; publicCode: string }[] }) {
  const { t, i18n } = useTranslation();
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
