import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MatchCaseState, MatchOutcome as Outcome } from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { ActionRefusal } from './action-refusal';
import { useHireTerms } from './hire-terms-fields';
import { RecordMatchOutcomeMutation } from './match-outcome.graphql';
import { useHrText } from './use-hr-text';

interface Props {
  matchCaseId: string;
  state: MatchCaseState;
  outcome: Outcome | null | undefined;
  candidateLabel: string;
}

/**
 * The vacancy's HR lead records what a match led to. Only after an introduction can it be more than "no
 * follow-up" (the match workflow's rule); a closed match shows its outcome.
 */
export function MatchOutcome({ matchCaseId, state, outcome, candidateLabel }: Props) {
  const { t } = useTranslation();
  const hr = useHrText();
  const [{ fetching, error, data }, record] = useMutation(RecordMatchOutcomeMutation);
  const [opened, setOpened] = useState(false);
  const introduced = state === 'INTRODUCED';
  const [choice, setChoice] = useState<Outcome>(introduced ? 'SECONDMENT' : 'NONE');
  const [note, setNote] = useState('');
  const hire = useHireTerms();
  const recorded = data?.recordMatchOutcome.outcome ?? outcome;
  if (recorded)
    return (
      <Text size="sm" role="status">
        {t('hr.outcome.recorded', { outcome: hr.placementEnums.outcome[recorded] })}
      </Text>
    );
  if (state === 'CLOSED') return null;
  const options = enumOptions(hr.placementEnums.outcome).filter((o) => introduced || o.value === 'NONE');
  const send = async (confirmPossibleNames = false) => {
    const result = await record({
      matchCaseId,
      outcome: choice,
      note: note.trim() || null,
      // A hire goes with HIRED: the candidate leaves the active pool and the follow-ups are scheduled.
      hire: choice === 'HIRED' ? hire.terms : null,
      confirmPossibleNames,
    });
    if (!result.error) setOpened(false);
  };
  return (
    <>
      <Group>
        <Button size="sm" variant="outline" onClick={() => setOpened(true)}>
          {t('hr.outcome.record')}
        </Button>
      </Group>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('hr.outcome.title', { candidate: candidateLabel })}
        withinPortal={false}
        closeButtonProps={{ 'aria-label': t('hr.form.cancel') }}
      >
        <Stack>
          {error && <ActionRefusal error={error} onConfirmNoName={() => void send(true)} />}
          <NativeSelect
            label={t('hr.outcome.outcome')}
            description={introduced ? undefined : t('hr.outcome.onlyNone')}
            value={choice}
            onChange={(event) => setChoice(event.currentTarget.value as Outcome)}
            data={options}
            data-autofocus
          />
          {choice === 'HIRED' && hire.fields}
          <Textarea
            label={t('hr.outcome.note')}
            description={t('hr.outcome.noteHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('hr.form.cancel')}
            </Button>
            <Button onClick={() => void send()} loading={fetching}>
              {t('hr.outcome.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
