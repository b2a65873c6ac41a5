import { Anchor, Divider } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { PlacementStatusFilter, PlacementsView } from '@web/components/placements-table';
import type { PlacementStatus } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { HostCapacitySection } from './host-capacity-section';
import { HR_PATHS } from './hr-paths';
import { PlacementsQuery } from './placements.graphql';

/** Placements the own employer lends to or hosts, with their conflicts explained, and its capacity to host. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [status, setStatus] = useState<PlacementStatus | ''>('');
  const [{ data, error, fetching }] = useQuery({
    query: PlacementsQuery,
    variables: { status: status || null },
  });
  const names = new Map(data?.employers.nodes.map((e) => [e.id, e.name]));
  return (
    <>
      <PageHeading title={t('hr.placements.title')} intro={t('hr.placements.intro')} />
      <PlacementStatusFilter value={status} onChange={setStatus} />
      <PlacementsView
        data={data}
        fetching={fetching}
        error={error}
        caption={t('hr.placements.caption')}
        extra={({ id, candidateId, lendingEmployerId, hostEmployerId }) => (
          <>
            <Anchor
              component={Link}
              to={HR_PATHS.placement(id)}
              size="sm"
              display="block"
              aria-label={t('hr.placement.openLabel', {
                lender: names.get(lendingEmployerId) ?? '',
                host: names.get(hostEmployerId) ?? '',
              })}
            >
              {t('hr.placement.open')}
            </Anchor>
            {candidateId && lendingEmployerId === viewer.employerId && (
              <Anchor component={Link} to={HR_PATHS.candidate(candidateId)} size="sm" display="block">
                {t('hr.placements.candidate')}
              </Anchor>
            )}
          </>
        )}
      />
      <Divider my="xl" />
      <HostCapacitySection />
    </>
  );
}
