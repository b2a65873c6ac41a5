import { Badge } from '@mantine/core';
import type { MatchCaseState } from '@web/graphql/generated/graphql';
import { useSharedText } from '@web/i18n/use-shared-text';

/** Where a match stands; one without a case is still a suggestion. */
export function MatchStateBadge({ state }: { state: MatchCaseState | undefined }) {
  const shared = useSharedText();
  return (
    <Badge variant="outline" color="gray">
      {shared.enums.matchCaseState[state ?? 'SUGGESTED']}
    </Badge>
  );
}
