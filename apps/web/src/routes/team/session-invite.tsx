import { Alert, Button, Checkbox, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormCard } from '@web/components/form-card';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { actionMessage, refusedFields } from '@web/graphql/errors';
import { InviteToSessionMutation, SessionSuggestionsQuery } from './session-actions.graphql';

/** Whom to invite, as the match lists suggest: employers with fitting vacancies and candidates who fit them. */
export function SessionInvite({ sessionId, onInvited }: { sessionId: string; onInvited(): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: SessionSuggestionsQuery,
    variables: { sessionId },
    requestPolicy: 'cache-and-network',
  });
  const [employerIds, setEmployerIds] = useState<string[]>([]);
  const [candidateIds, setCandidateIds] = useState<string[]>([]);
  const [representatives, setRepresentatives] = useState<number | string>(1);
  const [invited, setInvited] = useState<{ employers: number; candidates: number }>();
  const [tried, setTried] = useState(false);
  const [invitation, invite] = useMutation(InviteToSessionMutation);
  const suggestions = data?.sessionInviteeSuggestions;
  const nobody = employerIds.length + candidateIds.length === 0;
  const refusedRepresentatives = refusedFields(invitation.error).some((f) => f.endsWith('representatives'));

  const submit = async () => {
    setTried(true);
    setInvited(undefined);
    if (nobody) return;
    const result = await invite({
      sessionId,
      input: {
        candidateIds,
        employers: employerIds.map((employerId) => ({
          employerId,
          representatives: Number(representatives),
        })),
      },
    });
    if (!result.data) return;
    setInvited(result.data.inviteToSession);
    setEmployerIds([]);
    setCandidateIds([]);
    setTried(false);
    refetch({ requestPolicy: 'network-only' });
    onInvited();
  };

  return (
    <FormCard id="session-invite" title={t('team.sessionInvite.title')} onSubmit={() => void submit()}>
      <Text size="sm">{t('team.sessionInvite.intro')}</Text>
      {invited && (
        <Alert color="green" role="status">
          {t('team.sessionInvite.done', invited)}
        </Alert>
      )}
      {invitation.error && !refusedRepresentatives && (
        <Alert color="red" role="alert">
          {actionMessage(invitation.error, i18n.language, t)}
        </Alert>
      )}
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {suggestions && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap="xs">
            <SuggestionGroup
              label={t('team.sessionInvite.employers')}
              value={employerIds}
              onChange={setEmployerIds}
              error={tried && nobody ? t('team.sessionInvite.nobody') : undefined}
              options={suggestions.employers.map((e) => ({
                value: e.employerId,
                label: e.name,
                description: t('team.sessionInvite.employerFit', {
                  count: e.matchingCandidates,
                  score: format.number(e.bestScore),
                }),
              }))}
            />
            <NumberInput
              label={t('team.sessionInvite.representatives')}
              min={1}
              max={20}
              allowDecimal={false}
              value={representatives}
              onChange={setRepresentatives}
              error={refusedRepresentatives ? actionMessage(invitation.error!, i18n.language, t) : undefined}
              maw={240}
            />
          </Stack>
          <SuggestionGroup
            label={t('team.sessionInvite.candidates')}
            value={candidateIds}
            onChange={setCandidateIds}
            options={suggestions.candidates.map((c) => ({
              value: c.candidateId,
              label: c.publicCode,
              description: t('team.sessionInvite.candidateFit', {
                count: c.matchingEmployers,
                score: format.number(c.bestScore),
              }),
            }))}
          />
        </SimpleGrid>
      )}
      <Button type="submit" loading={invitation.fetching} style={{ alignSelf: 'flex-start' }}>
        {t('team.sessionInvite.submit')}
      </Button>
    </FormCard>
  );
}

interface SuggestionGroupProps {
  label: string;
  value: string[];
  onChange(value: string[]): void;
  error?: string;
  options: { value: string; label: string; description: string }[];
}

function SuggestionGroup({ options, ...group }: SuggestionGroupProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group {...group}>
      <Stack gap={6} mt="xs">
        {options.length === 0 && <Text size="sm">{t('team.sessionInvite.none')}</Text>}
        {options.map((option) => (
          <Checkbox key={option.value} {...option} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
