import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { PlacementStatusFilter, PlacementsView } from '@web/components/placements-table';
import type { PlacementStatus } from '@web/graphql/generated/graphql';
import { TeamPlacementsQuery } from './placements.graphql';

/** Every placement between the region's employers, with its status and what conflicts with it. */
export function TeamPlacementsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PlacementStatus | ''>('');
  const [{ data, error, fetching }] = useQuery({
    query: TeamPlacementsQuery,
    variables: { status: status || null },
  });
  return (
    <>
      <PageHeading title={t('team.placements.title')} intro={t('team.placements.intro')} />
      <PlacementStatusFilter value={status} onChange={setStatus} />
      <PlacementsView data={data} fetching={fetching} error={error} caption={t('team.placements.caption')} />
    </>
  );
}
