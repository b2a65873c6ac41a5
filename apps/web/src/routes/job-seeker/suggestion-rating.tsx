import { Alert, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import { RateMatchMutation } from './suggestions.graphql';

/**
 * Was the suggestion useful? The API keeps a yes or no per person and suggestion (to tune the model), so the
 * question offers exactly those two answers; the latest one counts.
 */
export function SuggestionRating({ candidateId, vacancyId }: { candidateId: string; vacancyId: string }) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const [{ fetching, error, data }, rate] = useMutation(RateMatchMutation);

  const choose = (next: string) => {
    setValue(next);
    void rate({ input: { candidateId, vacancyId, useful: next === 'useful' } });
  };

  return (
    <Stack gap={4}>
      <Radio.Group
        label={t('jobSeeker.rating.label')}
        description={t('jobSeeker.rating.help')}
        value={value}
        onChange={choose}
      >
        <Group gap="lg" mt="xs">
          <Radio value="useful" label={t('jobSeeker.rating.useful')} />
          <Radio value="notUseful" label={t('jobSeeker.rating.notUseful')} />
        </Group>
      </Radio.Group>
      {error && (
        <Alert color="red" role="alert">
          {actionMessage(error, i18n.language, t)}
        </Alert>
      )}
      {data && !fetching && !error && (
        <Text role="status" size="sm">
          {t('jobSeeker.rating.saved')}
        </Text>
      )}
    </Stack>
  );
}
