import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { PlacementCard } from './placement-card';
import { MyPlacementsQuery } from './placements.graphql';

/** "Mijn plaatsingen": each placement's terms in plain words, agreeing to it, and evaluating it afterwards. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: MyPlacementsQuery });
  const placements = data?.placements;
  const names = new Map(data?.employers.nodes.map((e) => [e.id, e.name]));
  return (
    <>
      <PageHeading title={t('jobSeeker.placements.title')} intro={t('jobSeeker.placements.intro')} />
      {fetching && !placements && <QueryLoading />}
      {error && !placements && <QueryError error={error} />}
      {placements && placements.length === 0 && <Text>{t('jobSeeker.placements.empty')}</Text>}
      {placements && placements.length > 0 && (
        <Stack gap="md">
          {placements.map((placement) => (
            <PlacementCard
              key={placement.id}
              placement={placement}
              host={names.get(placement.hostEmployerId) ?? t('jobSeeker.placements.otherHost')}
            />
          ))}
        </Stack>
      )}
    </>
  );
}
