import { Stack } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePolling } from '@web/components/use-polling';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useSession } from '@web/session/viewer-context';
import { AccessLogSection, AuditTrailSection } from './access-log-section';
import { DataExportSection, isBuilding } from './data-export-section';
import { ErasureSection } from './erasure-section';
import { MyDataPageQuery } from './my-data.graphql';

/** While the worker builds a download, the page asks again this often (it takes seconds to minutes). */
const POLL_MS = 3000;

/** "Mijn gegevens": download everything, who viewed it and what happened, and erasure. One request on load. */
export function MyDataPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const candidateId = viewer.candidateId ?? '';
  // An empty list names no type, so a first request or export would not make the cache read the page again.
  const context = useMemo(() => ({ additionalTypenames: ['DataExport', 'ErasureRequest'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MyDataPageQuery,
    variables: { candidateId },
    context,
    pause: !candidateId,
  });
  const building = data?.myDataExports.some(isBuilding) ?? false;
  const ask = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  usePolling(building, ask, { everyMs: POLL_MS, giveUpAfterMs: 10 * 60_000 });

  return (
    <>
      <PageHeading title={t('jobSeeker.myData.title')} intro={t('jobSeeker.myData.intro')} />
      {fetching && !data && <QueryLoading />}
      {error && !data && <QueryError error={error} />}
      {data && (
        <Stack gap="lg">
          <DataExportSection exports={data.myDataExports} />
          <AccessLogSection entries={data.identityAccessLog} />
          <AuditTrailSection entries={data.auditTrail} />
          <ErasureSection
            candidateId={candidateId}
            requests={data.erasureRequests}
            graceDays={data.erasureGraceDays}
          />
        </Stack>
      )}
    </>
  );
}
