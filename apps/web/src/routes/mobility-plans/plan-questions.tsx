import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { RefusalAlert } from '@web/components/refusal-alert';
import { useFormat } from '@web/format/use-format';
import type { MobilityPlanQuestionsQuery } from '@web/graphql/generated/graphql';
import {
  AnswerMobilityPlanQuestionMutation,
  AskMobilityPlanQuestionMutation,
  MobilityPlanQuestionsQuery as QuestionsQuery,
} from './mobility-plans.graphql';
import { usePlanText } from './use-plan-text';

type Question = MobilityPlanQuestionsQuery['mobilityPlanQuestions'][number];
const QUESTIONS_CHANGED = { additionalTypenames: ['MobilityPlanQuestion'] };

/**
 * Questions in the open: every answer is read by everyone the plan concerns. Employees ask (anonymously if they
 * wish) and see their own question while it waits; the plan's authors answer in Dutch and English.
 */
export function PlanQuestions({ planId, author }: { planId: string; author: boolean }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({
    query: QuestionsQuery,
    variables: { planId },
    context: QUESTIONS_CHANGED,
  });
  const questions = data?.mobilityPlanQuestions;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('mobilityPlan.questions.heading')}
      </Title>
      <Text>{t('mobilityPlan.questions.intro')}</Text>
      {!author && <AskForm planId={planId} />}
      {fetching && !questions && <QueryLoading />}
      {error && !questions && <QueryError error={error} />}
      {questions && questions.length === 0 && <Text>{t('mobilityPlan.questions.empty')}</Text>}
      {questions?.map((question) => (
        <QuestionCard key={question.id} question={question} author={author} />
      ))}
    </Stack>
  );
}

function QuestionCard({ question, author }: { question: Question; author: boolean }) {
  const { t } = useTranslation();
  const { pick } = usePlanText();
  const format = useFormat();
  return (
    <Card withBorder component="article" aria-labelledby={`question-${question.id}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {format.date(question.askedAt)}
          </Text>
          {question.mine && (
            <Badge variant="outline" color="gray.8">
              {t('mobilityPlan.questions.yours')}
            </Badge>
          )}
          {!question.answer && (
            <Badge variant="filled" color="gray.8">
              {t('mobilityPlan.questions.waiting')}
            </Badge>
          )}
          {author && (
            <Text size="sm">
              {question.askedBy
                ? t('mobilityPlan.questions.askedBy', { code: question.askedBy })
                : question.anonymous
                  ? t('mobilityPlan.questions.anonymous')
                  : t('mobilityPlan.questions.askerGone')}
            </Text>
          )}
        </Group>
        <Text fw={600} id={`question-${question.id}`}>
          {question.question}
        </Text>
        {question.answer && (
          <Text style={{ whiteSpace: 'pre-line' }}>
            <strong>{t('mobilityPlan.questions.answer')}:</strong> {pick(question.answer)}
          </Text>
        )}
        {author && <AnswerForm question={question} />}
      </Stack>
    </Card>
  );
}

function AskForm({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [asking, ask] = useMutation(AskMobilityPlanQuestionMutation);
  const [asked, setAsked] = useState(false);
  const submit = async (confirm = false) => {
    const result = await ask({ planId, question: text, anonymous, confirm }, QUESTIONS_CHANGED);
    if (!result.error) {
      setText('');
      setAsked(true);
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('mobilityPlan.questions.askLabel')}
          description={t('mobilityPlan.questions.askHelp')}
          value={text}
          maxLength={2000}
          autosize
          minRows={2}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setAsked(false);
          }}
        />
        <Checkbox
          label={t('mobilityPlan.questions.askAnonymous')}
          checked={anonymous}
          onChange={(event) => setAnonymous(event.currentTarget.checked)}
        />
        {asking.error && (
          <RefusalAlert
            error={asking.error}
            onConfirmNoName={() => void submit(true)}
            confirmLabel={t('mobilityPlan.questions.confirmNoName')}
          />
        )}
        <div role="status">{asked && <Text>{t('mobilityPlan.questions.asked')}</Text>}</div>
        <div>
          <Button type="submit" loading={asking.fetching} disabled={text.trim().length === 0}>
            {t('mobilityPlan.questions.ask')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function AnswerForm({ question }: { question: Question }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState({ nl: question.answer?.nl ?? '', en: question.answer?.en ?? '' });
  const [saving, save] = useMutation(AnswerMobilityPlanQuestionMutation);
  const publish = (confirm = false) =>
    void save({ questionId: question.id, answer, confirm }, QUESTIONS_CHANGED);
  return (
    <form
      aria-label={t('mobilityPlan.questions.answerFor', { question: question.question })}
      onSubmit={(event) => {
        event.preventDefault();
        publish();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('mobilityPlan.questions.answerNl')}
            value={answer.nl}
            autosize
            onChange={(event) => setAnswer({ ...answer, nl: event.currentTarget.value })}
          />
          <Textarea
            label={t('mobilityPlan.questions.answerEn')}
            value={answer.en}
            autosize
            onChange={(event) => setAnswer({ ...answer, en: event.currentTarget.value })}
          />
        </SimpleGrid>
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => publish(true)} />}
        <div>
          <Button
            type="submit"
            variant="outline"
            loading={saving.fetching}
            disabled={!answer.nl.trim() || !answer.en.trim()}
          >
            {t('mobilityPlan.questions.publishAnswer')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
