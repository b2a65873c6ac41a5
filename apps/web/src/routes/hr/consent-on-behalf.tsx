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
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { regionToday } from '@web/format/region-today';
import type { ConsentMethod, RecordConsentStatementInput } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { ActionRefusal } from './action-refusal';
import { CandidateAnswersThemselfQuery } from './candidate-records.graphql';

const METHODS: readonly ConsentMethod[] = ['PHONE', 'IN_PERSON', 'IN_WRITING'];

/** A consent text as the gateway gives it: both languages and the version a record names. */
interface ConsentText {
  textNl: string;
  textEn: string;
  textVersion: string;
}

interface Props<Data, Variables extends AnyVariables> {
  /** The candidate it is for: nothing is shown once they answer for themself. */
  candidateId: string;
  /** What waits for the candidate's answer, above the button. */
  requested: string;
  /** The button's name for screen readers where a page has several (the match it is for). */
  buttonLabel?: string;
  title: string;
  /** The query for the exact text to read out, asked when the dialog opens. */
  textQuery: TypedDocumentNode<Data, Variables>;
  textVariables: Variables;
  pickText(data: Data): ConsentText | undefined;
  saving: boolean;
  saveError: CombinedError | undefined;
  /** Resolves to true when the gateway recorded it; the dialog then closes. */
  onSave(input: RecordConsentStatementInput): Promise<boolean>;
}

/**
 * For an own candidate without an account (nothing is shown for one who answers for themself): the HR lead reads them the exact consent text (by phone, in person or
 * on paper) and records their answer, how and when it was given. The candidate can read and revoke it once they
 * have an account; the gateway refuses it as soon as they answer for themself.
 */
export function ConsentOnBehalf<Data, Variables extends AnyVariables>(props: Props<Data, Variables>) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [candidate] = useQuery({
    query: CandidateAnswersThemselfQuery,
    variables: { candidateId: props.candidateId },
  });
  const [text] = useQuery<Data, Variables>({
    query: props.textQuery,
    variables: props.textVariables,
    pause: !opened,
  });
  const consentText = text.data ? props.pickText(text.data) : undefined;
  const [method, setMethod] = useState<ConsentMethod | null>(null);
  const [givenOn, setGivenOn] = useState(regionToday);
  const [note, setNote] = useState('');
  const [missingMethod, setMissingMethod] = useState(false);
  const english = currentLanguage(i18n.language) === 'en';

  const save = async (confirmPossibleNames = false) => {
    if (!consentText) return;
    if (!method) return setMissingMethod(true);
    const saved = await props.onSave({
      method,
      givenOn,
      textVersion: consentText.textVersion,
      note: note.trim() || null,
      confirmPossibleNames,
    });
    if (saved) setOpened(false);
  };

  if (candidate.data?.candidateProfile.answersThemself !== false) return null;
  return (
    <>
      <Alert color="blue" role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{props.requested}</Text>
          <Button size="sm" onClick={() => setOpened(true)} aria-label={props.buttonLabel}>
            {t('hr.onBehalf.open')}
          </Button>
        </Stack>
      </Alert>
      {/* Inside the main landmark, as the other dialogs of the app: a portal would add a second banner. */}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={props.title}
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
          {props.saveError && (
            <ActionRefusal error={props.saveError} onConfirmNoName={() => void save(true)} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('hr.form.cancel')}
            </Button>
            <Button onClick={() => void save()} loading={props.saving} disabled={!consentText}>
              {t('hr.onBehalf.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
