import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { MatchExplanation } from '@web/components/match-explanation';
import { useFormat } from '@web/format/use-format';
import { userMessage } from '@web/graphql/errors';
import type { MySuggestionsQuery as Suggestions } from '@web/graphql/generated/graphql';
import { IntroductionConsent } from './introduction-consent';
import { SuggestionRating } from './suggestion-rating';
import { RespondToMatchMutation } from './suggestions.graphql';

type Suggestion = Suggestions['mySuggestions']['nodes'][number];

export function SuggestionCard({ match }: { match: Suggestion }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [{ fetching, error, data }, respond] = useMutation(RespondToMatchMutation);
  const [askingReason, setAskingReason] = useState(false);
  const [changing, setChanging] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
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
      setReason('');
    }
  };
  const sendReason = () => {
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    void answer(false, reason.trim());
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
        {match.explanation && <MatchExplanation explanation={match.explanation} />}
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
            <Button variant="outline" onClick={() => setAskingReason(true)}>
              {t('suggestions.no')}
            </Button>
          </Group>
        )}
        <SuggestionRating candidateId={match.candidateId} vacancyId={match.vacancyId} />
        {matchCase && answered && (
          <IntroductionConsent
            matchCaseId={matchCase.id}
            state={matchCase.state}
            employerName={match.vacancy.employer?.name ?? ''}
          />
        )}
      </Stack>
      {/* Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body. */}
      <Modal
        opened={askingReason}
        onClose={() => setAskingReason(false)}
        title={t('suggestions.reasonTitle')}
        withinPortal={false}
        closeButtonProps={{ 'aria-label': t('suggestions.cancel') }}
      >
        <Stack>
          {serverMessage && (
            <Alert color="red" role="alert">
              {serverMessage}
            </Alert>
          )}
          <Textarea
            label={t('suggestions.reasonLabel')}
            description={t('suggestions.reasonHelp')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            error={reasonMissing ? t('suggestions.reasonRequired') : undefined}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonMissing(false);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAskingReason(false)}>
              {t('suggestions.cancel')}
            </Button>
            <Button onClick={sendReason} loading={fetching}>
              {t('suggestions.send')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
