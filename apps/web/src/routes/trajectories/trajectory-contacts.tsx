import {
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  ContactKind,
  TrajectoryDetailPartsFragment as Trajectory,
} from '@web/graphql/generated/graphql';
import { enumOptions } from '@web/i18n/use-shared-text';
import { LogContactMutation } from './trajectory.graphql';
import { TrajectoryForm } from './trajectory-form';
import { regionToday, useTrajectoryText } from './use-trajectory-text';

/** The contact log, newest first; the counsellor adds contacts and absences while the trajectory runs. */
export function TrajectoryContacts({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-contacts">
      <Stack gap="sm">
        <Title order={2} id="trajectory-contacts">
          {t('trajectory.contacts.title')}
        </Title>
        {trajectory.viewerMay.guide && trajectory.status === 'OPEN' && (
          <ContactForm trajectory={trajectory} />
        )}
        {trajectory.contacts.length === 0 ? (
          <Text size="sm">{t('trajectory.contacts.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Caption>{t('trajectory.contacts.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('trajectory.contacts.date')}</Table.Th>
                  <Table.Th scope="col">{t('trajectory.contacts.kind')}</Table.Th>
                  <Table.Th scope="col">{t('trajectory.contacts.summary')}</Table.Th>
                  <Table.Th scope="col">{t('trajectory.contacts.recordedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trajectory.contacts.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td>{format.date(contact.occurredOn)}</Table.Td>
                    <Table.Td>
                      {t(`trajectory.contacts.kinds.${contact.kind}`)}
                      {contact.durationMinutes !== null && contact.durationMinutes !== undefined && (
                        <Text size="xs" c="dimmed">
                          {t('trajectory.contacts.minutes', { count: contact.durationMinutes })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      {contact.summary}
                      {contact.consequence && (
                        <Text size="sm" mt={4}>
                          <strong>{t('trajectory.contacts.consequence')}:</strong> {contact.consequence}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{contact.recordedBy.displayName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function ContactForm({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const [occurredOn, setOccurredOn] = useState(regionToday);
  const [kind, setKind] = useState<ContactKind>('TALK');
  const [duration, setDuration] = useState<number | string>('');
  const [summary, setSummary] = useState('');
  const [consequence, setConsequence] = useState('');
  const [logging, log] = useMutation(LogContactMutation);
  const submit = async (confirmPossibleNames = false) => {
    const result = await log({
      id: trajectory.id,
      input: {
        occurredOn,
        kind,
        durationMinutes: typeof duration === 'number' ? duration : null,
        summary,
        consequence: kind === 'NO_SHOW' ? consequence.trim() || null : null,
        confirmPossibleNames,
      },
    });
    if (result.data) {
      setSummary('');
      setConsequence('');
      setDuration('');
    }
  };
  return (
    <TrajectoryForm onSubmit={submit} state={logging} submitLabel={t('trajectory.contacts.add')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('trajectory.contacts.date')}
          required
          min={trajectory.startedOn}
          max={regionToday()}
          value={occurredOn}
          onChange={(event) => setOccurredOn(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('trajectory.contacts.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as ContactKind)}
          data={enumOptions(texts.contacts.kinds)}
        />
        <NumberInput
          label={t('trajectory.contacts.duration')}
          min={1}
          max={600}
          allowDecimal={false}
          w={180}
          value={duration}
          onChange={setDuration}
        />
      </Group>
      <Textarea
        label={t('trajectory.contacts.summary')}
        description={t('trajectory.contacts.summaryHelp')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
      />
      {kind === 'NO_SHOW' && (
        <Textarea
          label={t('trajectory.contacts.consequence')}
          autosize
          minRows={1}
          maxLength={2000}
          value={consequence}
          onChange={(event) => setConsequence(event.currentTarget.value)}
        />
      )}
    </TrajectoryForm>
  );
}
