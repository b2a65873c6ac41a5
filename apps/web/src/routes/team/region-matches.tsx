import {
  Badge,
  Button,
  Card,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MatchExplanation } from '@web/components/match-explanation';
import { type NetworkChoice, NetworkSelect } from '@web/components/network-select';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { SkillPicker, type SkillOption } from '@web/components/skill-picker';
import { useFormat } from '@web/format/use-format';
import type {
  CandidateTrack,
  RegionMatchFilterInput,
  Sector,
  TeamRegionMatchesQuery,
} from '@web/graphql/generated/graphql';
import { sharedNl } from '@web/i18n/areas/shared.nl';
import { nl } from '@web/i18n/nl';
import { RegionMatchesQuery } from './region.graphql';

const PAGE_SIZE = 10;
const SECTORS = Object.keys(sharedNl.enums.sector) as Sector[];
const TRACKS = Object.keys(nl.enums.candidateTrack) as CandidateTrack[];

type Match = TeamRegionMatchesQuery['regionMatches']['nodes'][number];

interface Filters {
  sector: Sector | '';
  track: CandidateTrack | '';
  skill: SkillOption | null;
  minScore: number | '';
  maxScore: number | '';
  networkId: string;
}

const NO_FILTERS: Filters = { sector: '', track: '', skill: null, minScore: '', maxScore: '', networkId: '' };

function toInput(filters: Filters): RegionMatchFilterInput {
  return {
    sector: filters.sector || null,
    track: filters.track || null,
    skillId: filters.skill?.id ?? null,
    minScore: filters.minScore === '' ? null : filters.minScore,
    maxScore: filters.maxScore === '' ? null : filters.maxScore,
    networkId: filters.networkId || null,
  };
}

/**
 * Every current match in the region, filtered (also to the pairs within one of the region's networks) and a page at
 * a time, each with "Waarom deze match?".
 */
export function RegionMatches({ networks }: { networks: readonly NetworkChoice[] | undefined }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // The `after` cursor of each page shown so far: the last one is the current page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, error, fetching }] = useQuery({
    query: RegionMatchesQuery,
    variables: { filter: toInput(filters), first: PAGE_SIZE, after: cursors.at(-1) ?? null },
  });
  const change = (patch: Partial<Filters>) => {
    setFilters({ ...filters, ...patch });
    setCursors([null]);
  };
  const page = data?.regionMatches;

  return (
    <section aria-labelledby="region-matches">
      <Title order={2} id="region-matches" mb="sm">
        {t('team.matches.title')}
      </Title>
      <Fieldset legend={t('team.matches.filters')} mb="md">
        <NetworkSelect
          networks={networks}
          value={filters.networkId}
          onChange={(networkId) => change({ networkId })}
          label={t('team.matches.network')}
          description={t('team.matches.networkHelp')}
          noNetworkLabel={t('team.matches.wholeRegion')}
          mb="sm"
        />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <NativeSelect
            label={t('team.matches.sector')}
            value={filters.sector}
            onChange={(event) => change({ sector: event.currentTarget.value as Sector | '' })}
            data={[
              { value: '', label: t('team.matches.any') },
              ...SECTORS.map((value) => ({ value, label: t(`shared.enums.sector.${value}`) })),
            ]}
          />
          <NativeSelect
            label={t('team.matches.track')}
            value={filters.track}
            onChange={(event) => change({ track: event.currentTarget.value as CandidateTrack | '' })}
            data={[
              { value: '', label: t('team.matches.any') },
              ...TRACKS.map((value) => ({ value, label: t(`enums.candidateTrack.${value}`) })),
            ]}
          />
          <SkillPicker
            label={t('team.matches.skill')}
            value={filters.skill ? [filters.skill] : []}
            onChange={(skills) => change({ skill: skills.at(-1) ?? null })}
          />
          <NumberInput
            label={t('team.matches.minScore')}
            min={0}
            max={100}
            value={filters.minScore}
            onChange={(value) => change({ minScore: typeof value === 'number' ? value : '' })}
          />
          <NumberInput
            label={t('team.matches.maxScore')}
            min={0}
            max={100}
            value={filters.maxScore}
            onChange={(value) => change({ maxScore: typeof value === 'number' ? value : '' })}
          />
        </SimpleGrid>
      </Fieldset>
      {fetching && !data && <QueryLoading />}
      {error && <QueryError error={error} />}
      {page && (
        <Stack gap="md">
          <Text role="status">{t('team.matches.total', { count: page.totalCount })}</Text>
          {page.nodes.length === 0 && <Text>{t('team.matches.empty')}</Text>}
          {page.nodes.map((match) => (
            <MatchCard key={`${match.candidateId}-${match.vacancyId}`} match={match} />
          ))}
          <Group>
            <Button
              variant="default"
              disabled={cursors.length === 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              {t('pagination.previous')}
            </Button>
            <Text size="sm">{t('team.matches.page', { page: cursors.length })}</Text>
            <Button
              variant="default"
              disabled={!page.hasNextPage}
              onClick={() => page.endCursor && setCursors([...cursors, page.endCursor])}
            >
              {t('pagination.next')}
            </Button>
          </Group>
        </Stack>
      )}
    </section>
  );
}

function MatchCard({ match }: { match: Match }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `match-${match.candidateId}-${match.vacancyId}`;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id={titleId}>
            {t('team.matches.match', { code: match.candidate.publicCode, vacancy: match.vacancy.title })}
          </Title>
          <Badge size="lg" variant="light">
            {t('team.matches.score', { score: format.number(match.score) })}
          </Badge>
        </Group>
        {match.vacancy.employer && (
          <Text size="sm">{t('team.matches.employer', { name: match.vacancy.employer.name })}</Text>
        )}
        <Text size="sm">
          {match.case
            ? t('team.matches.state', { state: t(`shared.enums.matchCaseState.${match.case.state}`) })
            : t('team.matches.noAnswerYet')}
        </Text>
        <MatchExplanation candidateId={match.candidateId} vacancyId={match.vacancyId} />
      </Stack>
    </Card>
  );
}
