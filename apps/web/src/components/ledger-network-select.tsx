import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LedgerNetworksQuery } from './ledger-networks.graphql';

/**
 * Scopes a ledger to one of the viewer's networks (those whose requests they see), or the whole region (empty);
 * shown once the viewer has such a network.
 */
export function LedgerNetworkSelect({
  value,
  onChange,
}: {
  value: string;
  onChange(networkId: string): void;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: LedgerNetworksQuery });
  const networks = (data?.employerNetworks ?? []).filter((network) => network.seesRequests);
  if (networks.length === 0) return null;
  return (
    <NativeSelect
      label={t('shared.ledger.network')}
      description={t('shared.ledger.networkHelp')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: t('shared.ledger.wholeRegion') },
        ...networks.map((network) => ({ value: network.id, label: network.name })),
      ]}
      maw={480}
      mb="md"
    />
  );
}
