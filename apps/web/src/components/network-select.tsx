import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useQuery } from 'urql';
import type { NetworkChoicePartsFragment } from '@web/graphql/generated/graphql';
import { NetworkChoicesQuery } from './network-choices.graphql';

export type NetworkChoice = NetworkChoicePartsFragment;

/** The viewer's networks in a request of their own; undefined until they are in. */
export function useNetworkChoices(): readonly NetworkChoice[] | undefined {
  const [{ data }] = useQuery({ query: NetworkChoicesQuery });
  return data?.employerNetworks;
}

interface NetworkSelectProps extends Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> {
  /** The viewer's networks (`employerNetworks`); only those whose requests they see are offered. */
  networks: readonly NetworkChoice[] | undefined;
  /** A network's id, or empty for no network. */
  value: string;
  onChange(networkId: string): void;
  /** The empty choice: the whole region, all candidates. */
  noNetworkLabel: string;
}

/**
 * Scopes a ledger, a match list or a new session to one of the viewer's networks (HR leads: those their employer
 * takes part in; the mobility team: the region's), or to none; shown once the viewer has such a network.
 */
export function NetworkSelect({ networks, value, onChange, noNetworkLabel, ...props }: NetworkSelectProps) {
  const choices = (networks ?? []).filter((network) => network.seesRequests);
  if (choices.length === 0) return null;
  return (
    <NativeSelect
      maw={480}
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        { value: '', label: noNetworkLabel },
        ...choices.map((network) => ({ value: network.id, label: network.name })),
      ]}
    />
  );
}
