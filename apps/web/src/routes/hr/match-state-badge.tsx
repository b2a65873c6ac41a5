import { Badge } from '@mantine/core';
import type { MatchCaseState } from '@web/graphql/generated/graphql';
import { useHrText } from './use-hr-text';

/** Where a match stands; one without a case is still a suggestion. */
export function MatchStateBadge({ state }: { state: MatchCaseState | undefined }) {
  const hr = useHrText();
  return (
    <Badge variant="outline" color="gray">
      {hr.enums.matchCaseState[state ?? 'SUGGESTED']}
    </Badge>
  );
}
