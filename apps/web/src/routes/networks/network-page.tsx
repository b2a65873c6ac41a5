import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { regionToday } from '@web/format/region-today';
import { useSession } from '@web/session/viewer-context';
import { InviteMore, Join, Leave, Members } from './network-membership';
import { Requests } from './network-requests';
import { NetworkReviewSection } from './network-review';
import { CollegialRequestsQuery, NETWORK_CHANGES, NetworkQuery } from './networks.graphql';
import { recentQuarters, reviewPeriod } from './review-quarters';

/**
 * One network: its members with their commitment and contact, joining or leaving, and for members and the team
 * the requests for help (each with who answered what and how fast, and the placements offers became) and the
 * quarter's review.
 */
export function NetworkPage() {
  const networkId = useParams().networkId!;
  const { viewer } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: NetworkQuery, variables: { id: networkId } });
  const network = data?.employerNetwork;
  const today = regionToday();
  // The requests are asked once the network says the viewer may read them (an invited HR lead may not yet).
  const [requests] = useQuery({
    query: CollegialRequestsQuery,
    variables: { networkId, ...reviewPeriod(recentQuarters(today, 1)[0], today) },
    pause: !network?.seesRequests,
    context: NETWORK_CHANGES,
  });
  if (fetching && !network) return <QueryLoading />;
  if (error && !network) return <QueryError error={error} />;
  if (!network) return null;
  const hr = viewer.role === 'HR_LEAD';
  return (
    <>
      <PageHeading title={network.name} intro={network.description || undefined} />
      <Stack gap="xl">
        <Members network={network} />
        {hr && network.myStatus !== 'LEFT' && <Join network={network} />}
        {network.seesRequests && <InviteMore network={network} />}
        {network.seesRequests && (
          <Requests network={network} requests={requests.data?.collegialRequests ?? []} />
        )}
        {network.seesRequests && requests.data && (
          <NetworkReviewSection network={network} current={requests.data.networkReview} />
        )}
        {hr && network.myStatus === 'ACTIVE' && <Leave networkId={network.id} />}
      </Stack>
    </>
  );
}
