import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { lazyPart } from '@web/components/lazy-part';
import { MatchExplanation } from '@web/components/match-explanation';
import { useFormat } from '@web/format/use-format';
import { userMessage } from '@web/graphql/errors';
import type { MySuggestionsQuery as Suggestions } from '@web/graphql/generated/graphql';
import { SuggestionRating } from './suggestion-rating';
import { RespondToMatchMutation } from './suggestions.graphql';

type Suggestion = Suggestions['mySuggestions']['nodes'][number];

// Needed only after an answer: kept out of the page's first download.
const ReasonDialog = lazyPart(() => import('./reason-dialog').then((module) => module.ReasonDialog));
const preloadReasonDialog = () => void ReasonDialog.preload().catch(() => undefined); // opening it tries again
const IntroductionConsent = lazyPart(() =>
  import('./introduction-consent').then((module) => module.IntroductionConsent),
);

export function SuggestionCard({ match }: { match: Suggestion }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [{ fetching, error, data }, respond] = useMutation(RespondToMatchMutation);
  const [askingReason, setAskingReason] = useState(false);
  const [changing, setChanging] = useState(false);
  // The answer just given, or the list's newer copy once the page has reread it (after a consent, say).
  const answeredCase = data?.respondToMatchAsCandidate;
  const matchCase =
    answeredCase && (!match.case || answeredCase.version > match.case.version) ? answeredCase : match.case;
  const interest = matchCase?.candidateInterest ?? null;
  const settled = matchCase?.state === 'INTRODUCED' || matchCase?.state === 'CLOSED';
  const answered = interest !== null && !changing;
  const titleId = `vacancy-${match.vacancyId}`;

  const answer = async (interested: boolean, why?: string) => {
    const result = await respond({
      input: { candidateId: match.candidateId, vacancyId: match.vacancyId, interested, reason: why },
    });
    if (!result.error) {
      setAskingReason(false);
      setChanging(false);
    }
  };
  const serverMessage = error && (userMessage(error, i18n.language) ?? t('errors.generic'));

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={titleId}>
            {match.vacancy.title}
          </Title>
          <Badge size="lg" variant="light">
            {t('suggestions.score', { score: format.number(match.score) })}
          </Badge>
        </Group>
        {match.vacancy.employer && (
          <Text>{t('suggestions.employer', { name: match.vacancy.employer.name })}</Text>
        )}
        <Text size="sm">
          {t('suggestions.hours', { min: match.vacancy.hoursMin, max: match.vacancy.hoursMax })}
        </Text>
        <MatchExplanation candidateId={match.candidateId} vacancyId={match.vacancyId} />
        {serverMessage && !askingReason && (
          <Alert color="red" role="alert">
            {serverMessage}
          </Alert>
        )}
        {answered ? (
          <Group justify="space-between">
            <Text role="status">
              {interest === 'INTERESTED' ? t('suggestions.answeredYes') : t('suggestions.answeredNo')}
            </Text>
            {!settled && (
              <Button variant="subtle" onClick={() => setChanging(true)}>
                {t('suggestions.changeAnswer')}
              </Button>
            )}
          </Group>
        ) : (
          <Group>
            <Button onClick={() => void answer(true)} loading={fetching && !askingReason}>
              {t('suggestions.yes')}
            </Button>
            <Button
              variant="outline"
              onPointerEnter={preloadReasonDialog}
              onTouchStart={preloadReasonDialog}
              onFocus={preloadReasonDialog}
              onClick={() => setAskingReason(true)}
            >
              {t('suggestions.no')}
            </Button>
          </Group>
        )}
        <SuggestionRating candidateId={match.candidateId} vacancyId={match.vacancyId} />
        {matchCase && answered && (
          <Suspense fallback={null}>
            <IntroductionConsent
              matchCaseId={matchCase.id}
              state={matchCase.state}
              employerName={match.vacancy.employer?.name ?? ''}
            />
          </Suspense>
        )}
      </Stack>
      {askingReason && (
        <Suspense fallback={null}>
          <ReasonDialog
            serverMessage={serverMessage || null}
            sending={fetching}
            onSend={(reason) => void answer(false, reason)}
            onClose={() => setAskingReason(false)}
          />
        </Suspense>
      )}
    </Card>
  );
}
