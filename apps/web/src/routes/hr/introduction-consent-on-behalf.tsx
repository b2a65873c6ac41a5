import {
  Alert,
  Blockquote,
  Button,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { TIME_ZONE } from '@web/format/use-format';
import type { ConsentMethod } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { IntroductionConsentTextQuery } from '@web/routes/job-seeker/introduction.graphql';
import { ActionRefusal } from './action-refusal';
import { RecordIntroductionConsentMutation } from './candidate-records.graphql';

const METHODS: readonly ConsentMethod[] = ['PHONE', 'IN_PERSON', 'IN_WRITING'];

/** Today's date in the region, as the date field and the gateway count days. */
const regionToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

interface Props {
  matchCaseId: string;
  vacancyTitle: string;
  /** Called once the consent is recorded: the match is then introduced. */
  onRecorded(): void;
}

/**
 * For an own candidate without an account: the employer asked to know who they are, and the HR lead reads them the
 * exact consent text (by phone, in person or on paper) and records their answer. The candidate can read and revoke
 * it once they have an account; the gateway refuses it as soon as they answer for themself.
 */
export function IntroductionConsentOnBehalf({ matchCaseId, vacancyTitle, onRecorded }: Props) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [method, setMethod] = useState<ConsentMethod | null>(null);
  const [givenOn, setGivenOn] = useState(regionToday);
  const [note, setNote] = useState('');
  const [missingMethod, setMissingMethod] = useState(false);
  const [text] = useQuery({
    query: IntroductionConsentTextQuery,
    variables: { matchCaseId },
    pause: !opened,
  });
  const [{ fetching, error }, record] = useMutation(RecordIntroductionConsentMutation);
  const consentText = text.data?.introductionConsentText;
  const english = currentLanguage(i18n.language) === 'en';

  const save = async (confirmPossibleNames = false) => {
    if (!consentText) return;
    if (!method) return setMissingMethod(true);
    const result = await record({
      matchCaseId,
      input: {
        method,
        givenOn,
        textVersion: consentText.textVersion,
        note: note.trim() || null,
        confirmPossibleNames,
      },
    });
    if (!result.error) {
      setOpened(false);
      onRecorded();
    }
  };

  return (
    <>
      <Alert color="blue" role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('hr.onBehalf.requested')}</Text>
          <Button
            size="sm"
            onClick={() => setOpened(true)}
            aria-label={t('hr.onBehalf.openFor', { title: vacancyTitle })}
          >
            {t('hr.onBehalf.open')}
          </Button>
        </Stack>
      </Alert>
      {/* Inside the main landmark, as the other dialogs of the app: a portal would add a second banner. */}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('hr.onBehalf.title', { title: vacancyTitle })}
        withinPortal={false}
        size="lg"
        closeButtonProps={{ 'aria-label': t('hr.form.cancel') }}
      >
        <Stack>
          <Text size="sm">{t('hr.onBehalf.intro')}</Text>
          {text.fetching && !consentText && <QueryLoading />}
          {text.error && !consentText && <QueryError error={text.error} />}
          {consentText && <Blockquote p="md">{english ? consentText.textEn : consentText.textNl}</Blockquote>}
          <Radio.Group
            label={t('hr.onBehalf.method')}
            required
            value={method}
            error={missingMethod ? t('hr.onBehalf.methodRequired') : undefined}
            onChange={(value) => {
              setMethod(value);
              setMissingMethod(false);
            }}
          >
            <Group mt="xs">
              {METHODS.map((m) => (
                <Radio key={m} value={m} label={t(`hr.onBehalf.methods.${m}`)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            type="date"
            label={t('hr.onBehalf.givenOn')}
            required
            max={regionToday()}
            value={givenOn}
            onChange={(event) => setGivenOn(event.currentTarget.value)}
          />
          <Textarea
            label={t('hr.onBehalf.note')}
            description={t('hr.onBehalf.noteHelp')}
            autosize
            minRows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {error && <ActionRefusal error={error} onConfirmNoName={() => void save(true)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('hr.form.cancel')}
            </Button>
            <Button onClick={() => void save()} loading={fetching} disabled={!consentText}>
              {t('hr.onBehalf.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
