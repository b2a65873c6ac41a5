import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { RefusalAlert } from '@web/components/refusal-alert';
import type { CollegialAnswerKind, CollegialRequestPartsFragment } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import {
  AnswerCollegialRequestMutation,
  CloseCollegialRequestMutation,
  NETWORK_CHANGES,
  OwnOpenVacanciesQuery,
} from './networks.graphql';

const ANSWER_KINDS: CollegialAnswerKind[] = [
  'CONVERSATION',
  'VACANCY',
  'SECONDMENT_PLACE',
  'PROJECT',
  'NOT_NOW',
];

/** A member the request was put to answers it: an offer, or "not now" with a reason. */
export function AnswerForm({ request }: { request: CollegialRequestPartsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [kind, setKind] = useState<CollegialAnswerKind>('CONVERSATION');
  const [vacancyId, setVacancyId] = useState('');
  const [note, setNote] = useState('');
  const [{ data }] = useQuery({
    query: OwnOpenVacanciesQuery,
    variables: { employerId: viewer.employerId ?? '' },
    pause: kind !== 'VACANCY',
  });
  const [saving, answer] = useMutation(AnswerCollegialRequestMutation);
  const submit = (confirm = false) =>
    void answer(
      {
        requestId: request.id,
        answer: { kind, vacancyId: kind === 'VACANCY' ? vacancyId : null, note },
        confirm,
      },
      NETWORK_CHANGES,
    );
  return (
    <form
      aria-label={t('network.requests.answerTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('network.requests.answerTitle')}
        </Title>
        <NativeSelect
          label={t('network.requests.answerKind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as CollegialAnswerKind)}
          data={ANSWER_KINDS.map((k) => ({ value: k, label: t(`network.answerKinds.${k}`) }))}
        />
        {kind === 'VACANCY' && (
          <NativeSelect
            label={t('network.requests.vacancy')}
            required
            value={vacancyId}
            onChange={(event) => setVacancyId(event.currentTarget.value)}
            data={[
              { value: '', label: '' },
              ...(data?.vacancies.nodes ?? []).map((v) => ({ value: v.id, label: v.title })),
            ]}
          />
        )}
        <Textarea
          label={t('network.requests.answerNote')}
          description={t('network.requests.answerNoteHelp')}
          value={note}
          maxLength={2000}
          autosize
          required={kind === 'NOT_NOW'}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => submit(true)} />}
        <div role="status">
          {saving.data && !saving.error && <Text size="sm">{t('network.requests.answered')}</Text>}
        </div>
        <div>
          <Button type="submit" variant="outline" loading={saving.fetching}>
            {t('network.requests.answerSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** The asker closes the request, saying how it ended. */
export function CloseForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [saving, close] = useMutation(CloseCollegialRequestMutation);
  return (
    <Group align="flex-end">
      <TextInput
        label={t('network.requests.closingNote')}
        value={note}
        maxLength={500}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Button
        variant="outline"
        loading={saving.fetching}
        onClick={() => void close({ requestId, note }, NETWORK_CHANGES)}
      >
        {t('network.requests.close')}
      </Button>
      {saving.error && <RefusalAlert error={saving.error} />}
    </Group>
  );
}
