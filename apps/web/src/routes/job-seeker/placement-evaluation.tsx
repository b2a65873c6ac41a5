import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage, refusedFields } from '@web/graphql/errors';
import type { MyPlacement } from './placement-card';
import { EvaluatePlacementMutation } from './placements.graphql';

/** While the placement runs or after it ends: how it went, in the person's own words (they can rewrite it). */
export function PlacementEvaluation({ placement }: { placement: MyPlacement }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(placement.candidateEvaluation ?? '');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saving, evaluate] = useMutation(EvaluatePlacementMutation);
  const problem = saving.error && actionMessage(saving.error, i18n.language, t);
  const fieldRefused = refusedFields(saving.error).includes('evaluation');

  const possibleName = saving.error?.graphQLErrors[0]?.extensions.confirmable === true;

  const save = async (confirmPossibleNames = false) => {
    setSaved(false);
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    const result = await evaluate({ id: placement.id, evaluation: text.trim(), confirmPossibleNames });
    if (!result.error) setSaved(true);
  };

  return (
    <Stack
      gap="sm"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Title order={3} size="h5">
        {t('jobSeeker.placements.evaluation.title')}
      </Title>
      <Textarea
        label={t('jobSeeker.placements.evaluation.label')}
        description={t('jobSeeker.placements.evaluation.help')}
        required
        autosize
        minRows={3}
        maxLength={2000}
        value={text}
        error={missing ? t('jobSeeker.placements.evaluation.required') : fieldRefused ? problem : undefined}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setMissing(false);
          setSaved(false);
        }}
      />
      {problem && !fieldRefused && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {saved && (
        <Text role="status" size="sm">
          {t('jobSeeker.placements.evaluation.saved')}
        </Text>
      )}
      <Group>
        <Button type="submit" loading={saving.fetching}>
          {t('jobSeeker.placements.evaluation.save')}
        </Button>
        {possibleName && (
          <Button variant="outline" onClick={() => void save(true)}>
            {t('jobSeeker.placements.notAName')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
