import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { actionMessage } from '@web/graphql/errors';

interface Props {
  error: CombinedError;
  /** Send again, telling the gateway the flagged words are not a person's name. */
  onConfirmNoName?: () => void;
}

/** Why a save was refused, in the user's language; when the privacy guard saw a name, the way to save anyway. */
export function TrajectoryRefusal({ error, onConfirmNoName }: Props) {
  const { t, i18n } = useTranslation();
  const confirmable = error.graphQLErrors[0]?.extensions.confirmable === true;
  return (
    <Alert color="red" role="alert">
      <Stack gap="xs">
        <Text size="sm">{actionMessage(error, i18n.language, t)}</Text>
        {confirmable && onConfirmNoName && (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onConfirmNoName}>
              {t('trajectory.confirmNoName')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
