import { Alert, Button, Card, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type CombinedError } from 'urql';
import { QueryError } from '@web/components/query-state';
import type { WhyNotMatchedQuery as WhyNot } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { CandidateByCodeQuery } from '@web/components/candidate-by-code.graphql';
import { VacancyDropOutQuery, WhyNotMatchedQuery } from './vacancy-diagnostics.graphql';

/**
 * No silent dead ends on a vacancy: how many of the region's candidates (or, with `networkId`, the network's
 * members' candidates, as the list above) drop out on each rule, and for one candidate (by code) every rule that
 * keeps them off the list with what would change it. Both read on request, so opening the page costs no extra
 * requests.
 */
export function VacancyDiagnostics({
  vacancyId,
  networkId,
}: {
  vacancyId: string;
  networkId: string | null;
}) {
  return (
    <Stack gap="md" mb="lg">
      <DropOut vacancyId={vacancyId} networkId={networkId} />
      <WhyNotForm vacancyId={vacancyId} />
    </Stack>
  );
}

function useDutch() {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language) === 'nl';
}

function DropOut({ vacancyId, networkId }: { vacancyId: string; networkId: string | null }) {
  const { t } = useTranslation();
  const dutch = useDutch();
  const [asked, setAsked] = useState(false);
  const [{ data, error, fetching }] = useQuery({
    query: VacancyDropOutQuery,
    variables: { vacancyId, networkId },
    pause: !asked,
  });
  const counts = data?.vacancyDropOut;
  const dropping = counts?.rules.filter((r) => r.firstExcluded > 0) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="drop-out-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="drop-out-title">
          {t('hr.diagnostics.dropOutTitle')}
        </Title>
        {!asked && (
          <Group>
            <Button variant="outline" onClick={() => setAsked(true)}>
              {t('hr.diagnostics.dropOutButton')}
            </Button>
          </Group>
        )}
        {fetching && <Text role="status">…</Text>}
        {error && <QueryError error={error} />}
        {data && !counts && <Text>{t('hr.diagnostics.notScored')}</Text>}
        {counts && (
          <>
            <Text role="status">
              {t(networkId ? 'hr.diagnostics.dropOutSummaryNetwork' : 'hr.diagnostics.dropOutSummary', {
                eligible: counts.eligible,
                compared: counts.compared,
              })}
            </Text>
            {dropping.length === 0 ? (
              <Text>{t('hr.diagnostics.dropOutNone')}</Text>
            ) : (
              <List>
                {dropping.map((r) => (
                  <List.Item key={r.rule}>{dutch ? r.text.nl : r.text.en}</List.Item>
                ))}
              </List>
            )}
            <Text size="sm" c="dimmed">
              {t('hr.diagnostics.dropOutNote')}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}

function WhyNotForm({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const dutch = useDutch();
  const client = useClient();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [unknown, setUnknown] = useState(false);
  const [failure, setFailure] = useState<CombinedError | null>(null);
  const [answer, setAnswer] = useState<WhyNot['whyNotMatched'] | null>(null);

  const explain = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setUnknown(false);
    setFailure(null);
    setAnswer(null);
    const found = await client.query(CandidateByCodeQuery, { code: code.trim() }).toPromise();
    const candidate = found.data?.candidateProfiles.nodes[0];
    if (found.error) setFailure(found.error);
    else if (!candidate) setUnknown(true);
    else {
      const result = await client
        .query(WhyNotMatchedQuery, { candidateId: candidate.id, vacancyId })
        .toPromise();
      if (result.error) setFailure(result.error);
      else setAnswer(result.data?.whyNotMatched ?? null);
    }
    setBusy(false);
  };

  return (
    <Card withBorder component="section" aria-labelledby="why-not-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="why-not-title">
          {t('hr.diagnostics.whyNotTitle')}
        </Title>
        <form onSubmit={(event) => void explain(event)}>
          <Group align="end">
            <TextInput
              label={t('hr.diagnostics.whyNotCode')}
              description={t('hr.diagnostics.whyNotCodeHelp')}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              required
              maxLength={20}
            />
            <Button type="submit" loading={busy}>
              {t('hr.diagnostics.whyNotButton')}
            </Button>
          </Group>
        </form>
        {unknown && (
          <Alert color="yellow.9" variant="outline" role="alert">
            {t('hr.diagnostics.whyNotUnknown')}
          </Alert>
        )}
        {failure && <QueryError error={failure} />}
        {answer && (
          <Stack gap="xs" aria-live="polite">
            <Text fw={600}>{dutch ? answer.summary.nl : answer.summary.en}</Text>
            {answer.exclusions.length > 0 && (
              <Table.ScrollContainer minWidth={560}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('hr.diagnostics.rule')}</Table.Th>
                      <Table.Th scope="col">{t('hr.diagnostics.whatChanges')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {answer.exclusions.map((e) => (
                      <Table.Tr key={e.rule}>
                        <Table.Th scope="row">
                          <Text fw={600}>{dutch ? e.name.nl : e.name.en}</Text>
                          <Text size="sm">{dutch ? e.explanation.nl : e.explanation.en}</Text>
                        </Table.Th>
                        <Table.Td>{dutch ? e.remedy.nl : e.remedy.en}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
