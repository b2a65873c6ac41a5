import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RefusalAlert } from '@web/components/refusal-alert';
import { useFormat } from '@web/format/use-format';
import type { NetworkReviewPartsFragment } from '@web/graphql/generated/graphql';
import { WriteNetworkReviewNotesMutation } from './network-review.graphql';
import { NETWORK_CHANGES } from './networks.graphql';
import { recentQuarters } from './review-quarters';
import { useQuarterLabel } from './use-quarter-label';

type Note = NetworkReviewPartsFragment['notes'][number];
type Parts = Pick<Note, 'successes' | 'bottlenecks' | 'challenges'>;
const PARTS = ['successes', 'bottlenecks', 'challenges'] as const;

/** What each member wrote about the quarter: what went well, the bottlenecks and the challenges. */
export function ReviewNotes({ notes }: { notes: readonly Note[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useQuarterLabel();
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('network.notes.title')}
      </Title>
      {notes.length === 0 && <Text size="sm">{t('network.notes.empty')}</Text>}
      {notes.map((note) => {
        const id = `note-${note.employerId}-${note.quarterStart}`;
        return (
          <Card withBorder component="article" aria-labelledby={id} key={id}>
            <Stack gap={4}>
              <Title order={4} size="h5" id={id}>
                {t('network.notes.heading', {
                  employer: note.employerName,
                  quarter: label(recentQuarters(note.quarterStart, 1)[0]),
                })}
              </Title>
              {PARTS.filter((part) => note[part].trim()).map((part) => (
                <Text size="sm" key={part}>
                  <strong>{t(`network.notes.${part}`)}:</strong> {note[part]}
                </Text>
              ))}
              <Text size="xs" c="gray.8">
                {t('network.notes.updated', { date: format.dateTime(note.updatedAt) })}
              </Text>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

/** A member's HR lead writes (or rewrites) the own employer's notes for this quarter or the one before. */
export function NotesForm(props: {
  networkId: string;
  quarterStart: string;
  quarter: string;
  note: Note | undefined;
}) {
  const { networkId, quarterStart, quarter, note } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<Parts>({
    successes: note?.successes ?? '',
    bottlenecks: note?.bottlenecks ?? '',
    challenges: note?.challenges ?? '',
  });
  const [saving, write] = useMutation(WriteNetworkReviewNotesMutation);
  const submit = (confirm = false) =>
    void write({ networkId, quarterStart, notes: values, confirm }, NETWORK_CHANGES);
  const title = t('network.notes.formTitle', { quarter });
  return (
    <Card
      withBorder
      component="form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm">{t('network.notes.formIntro')}</Text>
        {PARTS.map((part) => (
          <Textarea
            key={part}
            label={t(`network.notes.${part}`)}
            value={values[part]}
            maxLength={2000}
            autosize
            minRows={2}
            onChange={(event) => setValues({ ...values, [part]: event.currentTarget.value })}
          />
        ))}
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => submit(true)} />}
        <div role="status">
          {saving.data && !saving.error && <Text size="sm">{t('network.notes.saved')}</Text>}
        </div>
        <div>
          <Button type="submit" variant="outline" loading={saving.fetching}>
            {t('network.notes.submit')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
