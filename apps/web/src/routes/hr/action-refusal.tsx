import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { actionMessage } from './form-problem';

interface Props {
  error: CombinedError;
  /** Send again, telling the gateway the flagged words are not a person's name. */
  onConfirmNoName(): void;
}

/**
 * Why a dialog's action was refused, in the user's language; when the privacy guard took a word for a person's
 * name, the way to send it anyway.
 */
export function ActionRefusal({ error, onConfirmNoName }: Props) {
  const { t, i18n } = useTranslation();
  const confirmable = error.graphQLErrors[0]?.extensions.confirmable === true;
  return (
    <Alert color="red" role="alert">
      <Stack gap="xs">
        <Text size="sm">{actionMessage(error, t, i18n.language)}</Text>
        {confirmable && (
          <Group>
            <Button size="xs" variant="outline" color="red" onClick={onConfirmNoName}>
              {t('hr.form.confirmNoName')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
