import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  AssessmentDomain,
  TrajectoryDetailPartsFragment as Trajectory,
} from '@web/graphql/generated/graphql';
import { SaveScreeningMutation } from './trajectory.graphql';
import { RefusalAlert } from '@web/components/refusal-alert';
import { CONCLUSION_KEYS, screeningInput, screeningValues, type ScreeningValues } from './screening-values';
import { useTrajectoryText } from './use-trajectory-text';

const SCORES = ['1', '2', '3', '4', '5'];

/** The intake per life domain, the conclusions a–e and the advice: edited by the counsellor, read by others. */
export function TrajectoryScreening({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const editable = trajectory.viewerMay.guide && trajectory.status === 'OPEN';
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-screening">
      <Stack gap="sm">
        <Title order={2} id="trajectory-screening">
          {t('trajectory.screening.title')}
        </Title>
        <Text size="sm">{t('trajectory.screening.intro')}</Text>
        {!trajectory.healthVisible && (
          <Alert color="blue" role="note">
            {t('trajectory.screening.healthHidden')}
          </Alert>
        )}
        {editable ? <ScreeningForm trajectory={trajectory} /> : <ScreeningView trajectory={trajectory} />}
      </Stack>
    </Card>
  );
}

function useDomains(trajectory: Trajectory): AssessmentDomain[] {
  const texts = useTrajectoryText();
  return (Object.keys(texts.screening.domains) as AssessmentDomain[]).filter(
    (domain) => trajectory.healthVisible || domain !== 'HEALTH',
  );
}

function ScreeningForm({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const domains = useDomains(trajectory);
  const [values, setValues] = useState<ScreeningValues>(() => screeningValues(trajectory));
  const [saving, save] = useMutation(SaveScreeningMutation);
  const [saved, setSaved] = useState(false);
  const item = (domain: AssessmentDomain) => values.items[domain] ?? { score: '', note: '' };
  const setItem = (domain: AssessmentDomain, change: Partial<{ score: string; note: string }>) =>
    setValues((v) => ({ ...v, items: { ...v.items, [domain]: { ...item(domain), ...change } } }));
  const submit = async (confirmPossibleNames = false) => {
    setSaved(false);
    const input = { ...screeningInput(values, trajectory.healthVisible), confirmPossibleNames };
    const result = await save({ id: trajectory.id, input });
    if (result.data) setSaved(true);
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        {domains.map((domain) => {
          const name = t(`trajectory.screening.domains.${domain}`);
          return (
            <Group key={domain} align="flex-start" wrap="wrap" gap="sm">
              <NativeSelect
                w={200}
                label={name}
                aria-label={t('trajectory.screening.scoreOf', { domain: name })}
                value={item(domain).score}
                onChange={(event) => setItem(domain, { score: event.currentTarget.value })}
                data={[{ value: '', label: t('trajectory.screening.noScore') }, ...SCORES]}
              />
              <Textarea
                style={{ flex: 1, minWidth: 240 }}
                label={t('trajectory.screening.note')}
                aria-label={t('trajectory.screening.noteOf', { domain: name })}
                description={domain === 'HEALTH' ? t('trajectory.screening.healthHelp') : undefined}
                autosize
                minRows={1}
                maxLength={2000}
                value={item(domain).note}
                onChange={(event) => setItem(domain, { note: event.currentTarget.value })}
              />
            </Group>
          );
        })}
        {trajectory.healthVisible && (
          <Textarea
            label={t('trajectory.screening.functionalCapacityNote')}
            description={t('trajectory.screening.healthHelp')}
            autosize
            minRows={2}
            maxLength={2000}
            value={values.functionalCapacityNote}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setValues((v) => ({ ...v, functionalCapacityNote: text }));
            }}
          />
        )}
        <Textarea
          label={t('trajectory.screening.functionalConclusion')}
          description={t('trajectory.screening.functionalConclusionHelp')}
          autosize
          minRows={2}
          maxLength={2000}
          value={values.functionalConclusion}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setValues((v) => ({ ...v, functionalConclusion: text }));
          }}
        />
        <Title order={3}>{t('trajectory.screening.conclusions')}</Title>
        {CONCLUSION_KEYS.map((key) => (
          <Textarea
            key={key}
            label={t(`trajectory.screening.conclusionKeys.${key}`)}
            autosize
            minRows={1}
            maxLength={2000}
            value={values.conclusions[key]}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setValues((v) => ({ ...v, conclusions: { ...v.conclusions, [key]: text } }));
            }}
          />
        ))}
        <Radio.Group
          label={t('trajectory.screening.advice')}
          value={values.advice}
          onChange={(advice) => setValues((v) => ({ ...v, advice: advice }))}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="" label={t('trajectory.screening.adviceNone')} />
            {Object.entries(texts.screening.advices).map(([value, label]) => (
              <Radio key={value} value={value} label={label} />
            ))}
          </Stack>
        </Radio.Group>
        {values.advice === 'NOT_FEASIBLE' && (
          <Textarea
            label={t('trajectory.screening.adviceReason')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={values.adviceReason}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setValues((v) => ({ ...v, adviceReason: text }));
            }}
          />
        )}
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => void submit(true)} />}
        {saved && !saving.error && (
          <Alert color="green" role="status">
            {t('trajectory.detail.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving.fetching}>
            {t('trajectory.screening.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ScreeningView({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const format = useFormat();
  const domains = useDomains(trajectory);
  const scored = new Map(trajectory.assessment.map((item) => [item.domain, item]));
  const conclusions = CONCLUSION_KEYS.filter((key) => trajectory.conclusions[key]);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('trajectory.screening.domain')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.screening.score')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.screening.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {domains.map((domain) => (
              <Table.Tr key={domain}>
                <Table.Th scope="row">{t(`trajectory.screening.domains.${domain}`)}</Table.Th>
                <Table.Td>{scored.get(domain)?.score ?? t('trajectory.screening.noScore')}</Table.Td>
                <Table.Td>{scored.get(domain)?.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {trajectory.healthVisible && trajectory.functionalCapacityNote && (
        <Labelled
          label={t('trajectory.screening.functionalCapacityNote')}
          text={trajectory.functionalCapacityNote}
        />
      )}
      {trajectory.functionalConclusion && (
        <Labelled
          label={t('trajectory.screening.functionalConclusion')}
          text={trajectory.functionalConclusion}
        />
      )}
      {conclusions.map((key) => (
        <Labelled
          key={key}
          label={t(`trajectory.screening.conclusionKeys.${key}`)}
          text={trajectory.conclusions[key] ?? ''}
        />
      ))}
      <Labelled
        label={t('trajectory.screening.advice')}
        text={
          trajectory.advice
            ? t(`trajectory.screening.advices.${trajectory.advice}`)
            : t('trajectory.screening.adviceNone')
        }
      />
      {trajectory.adviceReason && <Text size="sm">{trajectory.adviceReason}</Text>}
      {trajectory.screenedOn && (
        <Text size="sm" c="dimmed">
          {t('trajectory.screening.screenedOn', { date: format.date(trajectory.screenedOn) })}
        </Text>
      )}
    </Stack>
  );
}

function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </div>
  );
}
