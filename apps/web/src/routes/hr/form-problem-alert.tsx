import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormProblem } from './form-problem';

interface Props {
  problem: FormProblem;
  /** Save again, telling the gateway the flagged words are not a person's name. */
  onConfirmNoName(): void;
  /** Save again over the version someone else stored in between. */
  onOverwrite?(): void;
}

/** Why the form was not saved, above the buttons; the fields themselves carry their own messages. */
export function FormProblemAlert({ problem, onConfirmNoName, onOverwrite }: Props) {
  const { t } = useTranslation();
  const fieldCount = Object.keys(problem.fields).length;
  if (!problem.general && fieldCount === 0) return null;
  return (
    <Alert color="red" role="alert" title={t('hr.form.notSaved')} tabIndex={-1} data-form-problem>
      <Stack gap="xs">
        {problem.general && <Text size="sm">{problem.general}</Text>}
        {fieldCount > 0 && <Text size="sm">{t('hr.form.checkFields', { count: fieldCount })}</Text>}
        {problem.possibleName && (
          <>
            <Text size="sm">{t('hr.form.possibleNameHelp')}</Text>
            <Group>
              <Button variant="outline" color="red" onClick={onConfirmNoName}>
                {t('hr.form.confirmNoName')}
              </Button>
            </Group>
          </>
        )}
        {problem.currentVersion !== undefined && onOverwrite && (
          <Group>
            <Button variant="outline" color="red" onClick={onOverwrite}>
              {t('hr.form.overwrite')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
