import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { actionMessage } from '@web/graphql/errors';

interface Props {
  error: CombinedError;
  /** Send again, telling the gateway the flagged words are not a person's name. */
  onConfirmNoName?: () => void;
  /** The confirming button's words where the action is not a save (asking a question sends it). */
  confirmLabel?: string;
}

/**
 * Why a save was refused, in the user's language; when the privacy guard took a word for a person's name, the way
 * to save anyway.
 */
export function RefusalAlert({ error, onConfirmNoName, confirmLabel }: Props) {
  const { t, i18n } = useTranslation();
  const confirmable = error.graphQLErrors[0]?.extensions.confirmable === true;
  return (
    <Alert color="red" role="alert">
      <Stack gap="xs">
        <Text size="sm">{actionMessage(error, i18n.language, t)}</Text>
        {confirmable && onConfirmNoName && (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onConfirmNoName}>
              {confirmLabel ?? t('shared.confirmNoName')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
