import { Anchor, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { HR_PATHS } from '@web/routes/hr/hr-paths';
import { TEAM_PATHS } from '@web/routes/team/team-paths';
import { useSession } from '@web/session/viewer-context';
import { RateBars } from './rate-bars';
import { ShortagesSection } from './shortages-section';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import type {
  FigureBreakdown,
  OutcomeFigureKey,
  OutcomeFiguresQuery as Data,
} from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { enumOptions } from '@web/i18n/use-shared-text';
import { OutcomeFiguresQuery } from './outcome-figures.graphql';
import { regionToday, useTrajectoryText } from './use-trajectory-text';

type Figures = Data['outcomeFigures'];

/** The same day a year earlier (29 February becomes 1 March). */
function yearBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year - 1, month - 1, day)).toISOString().slice(0, 10);
}
type Figure = Figures['total']['figures'][number];

/** Where the reciprocity balance between the region's employers is, for the roles that see the results. */
const LEDGER_PATHS = { MOBILITY_TEAM: TEAM_PATHS.ledger, HR_LEAD: HR_PATHS.ledger } as const;

/** The region's outcome figures for a period, each with its definition, numerator and denominator, and the CSV. */
export function OutcomeFiguresPage() {
  const { t } = useTranslation();
  const role = useSession().viewer.role as keyof typeof LEDGER_PATHS;
  const texts = useTrajectoryText();
  const today = regionToday();
  // The last twelve months up to today, by default.
  const [from, setFrom] = useState(() => yearBefore(today));
  const [to, setTo] = useState(today);
  const [breakdown, setBreakdown] = useState<FigureBreakdown>('NONE');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const [{ data, error, fetching }] = useQuery({
    query: OutcomeFiguresQuery,
    variables: { from, to, breakdown },
    pause: !valid,
  });
  const figures = valid ? data?.outcomeFigures : undefined;
  const csv = `/outcome-figures.csv?${new URLSearchParams({ from, to, breakdown }).toString()}`;
  return (
    <>
      <PageHeading title={t('trajectory.results.title')} intro={t('trajectory.results.intro')} />
      <Group align="flex-end" mb="md" wrap="wrap">
        <TextInput
          type="date"
          label={t('trajectory.results.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('trajectory.results.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('trajectory.results.breakdown')}
          value={breakdown}
          onChange={(e) => setBreakdown(e.currentTarget.value as FigureBreakdown)}
          data={enumOptions(texts.results.breakdowns)}
        />
        {figures && (
          <Anchor href={csv} download mb={8}>
            {t('trajectory.results.csv')}
          </Anchor>
        )}
      </Group>
      {!valid && (
        <Text c="red.8" role="alert">
          {t('trajectory.results.invalidPeriod')}
        </Text>
      )}
      {valid && fetching && !figures && <QueryLoading />}
      {error && !figures && <QueryError error={error} />}
      {figures && <FiguresView figures={figures} />}
      {valid && data?.labourShortages && (
        <Stack mt="xl">
          <ShortagesSection shortages={data.labourShortages} ledgerPath={LEDGER_PATHS[role]} />
        </Stack>
      )}
    </>
  );
}

/** The figures that are shares (0–1): shown as percentages and drawn as bars. */
const RATE_KEYS: ReadonlySet<OutcomeFigureKey> = new Set([
  'PLACEMENT_RATE_6_MONTHS',
  'RETENTION_6_MONTHS',
  'FLOW_THROUGH',
]);

function FiguresView({ figures }: { figures: Figures }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = currentLanguage(i18n.language) === 'en';
  const definitions = new Map(figures.definitions.map((d) => [d.key, english ? d.en : d.nl]));
  const k = figures.minimumCellSize;
  const shown = (figure: Figure) => {
    if (figure.suppressed) return t('trajectory.results.hidden');
    if (figure.value === null || figure.value === undefined) return '—';
    if (RATE_KEYS.has(figure.key)) return `${format.number(figure.value * 100, 1)} %`;
    if (figure.key.startsWith('DAYS_TO_PLACEMENT'))
      return t('trajectory.results.days', { count: figure.value });
    return format.number(figure.value);
  };
  const count = (value: number | null | undefined) =>
    value === null || value === undefined ? '' : format.number(value);
  const title = (key: OutcomeFigureKey) => t(`trajectory.results.names.${key}`);
  const range = { from: format.date(figures.from), to: format.date(figures.to) };
  const flowThroughName = t('trajectory.results.flowThrough', { year: figures.flowThroughYear });
  const rates = [...figures.total.figures, figures.flowThrough].filter((f) => RATE_KEYS.has(f.key));
  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed">
        {t('trajectory.results.hiddenHelp', { k })}
      </Text>
      <RateBars
        order={2}
        title={t('trajectory.results.chartRates')}
        bars={rates.map((figure) => ({
          label: figure.key === 'FLOW_THROUGH' ? flowThroughName : title(figure.key),
          value: figure.suppressed ? null : (figure.value ?? null),
          text: shown(figure),
        }))}
      />
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>{t('trajectory.results.caption', range)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('trajectory.results.figure')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.results.value')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.results.numerator')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.results.denominator')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.results.definition')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...figures.total.figures, figures.flowThrough].map((figure) => (
              <Table.Tr key={figure.key}>
                <Table.Th scope="row">
                  {figure.key === 'FLOW_THROUGH' ? flowThroughName : title(figure.key)}
                </Table.Th>
                <Table.Td>{shown(figure)}</Table.Td>
                <Table.Td>{count(figure.numerator)}</Table.Td>
                <Table.Td>{count(figure.denominator)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{definitions.get(figure.key)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {figures.rows.length > 0 && <BreakdownTable figures={figures} shown={shown} title={title} />}
      <ConversionSection conversion={figures.meetAndGreet} />
    </Stack>
  );
}

function BreakdownTable({
  figures,
  shown,
  title,
}: {
  figures: Figures;
  shown: (figure: Figure) => string;
  title: (key: OutcomeFigureKey) => string;
}) {
  const { t } = useTranslation();
  const keys = figures.total.figures.map((f) => f.key);
  const label = (group: string | null | undefined, groupLabel: string | null | undefined) => {
    if (!group) return t('trajectory.results.total');
    if (figures.breakdown === 'TRACK') return t(`enums.candidateTrack.${group as 'WORK_TO_WORK'}`);
    if (figures.breakdown === 'SECTOR') return t(`shared.enums.sector.${group as 'CARE'}`);
    return groupLabel ?? group;
  };
  return (
    <section aria-labelledby="results-breakdown">
      <Title order={2} id="results-breakdown" mb="sm">
        {t(`trajectory.results.breakdowns.${figures.breakdown}`)}
      </Title>
      <RateBars
        order={3}
        title={t('trajectory.results.chartByGroup', { figure: title('PLACEMENT_RATE_6_MONTHS') })}
        bars={[...figures.rows, figures.total].map((row) => {
          const figure = row.figures.find((f) => f.key === 'PLACEMENT_RATE_6_MONTHS')!;
          return {
            label: label(row.group, row.groupLabel),
            value: figure.suppressed ? null : (figure.value ?? null),
            text: shown(figure),
          };
        })}
      />
      <Table.ScrollContainer minWidth={900} mt="md">
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('trajectory.results.group')}</Table.Th>
              {keys.map((key) => (
                <Table.Th scope="col" key={key}>
                  {title(key)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...figures.rows, figures.total].map((row) => (
              <Table.Tr key={row.group ?? 'total'}>
                <Table.Th scope="row">{label(row.group, row.groupLabel)}</Table.Th>
                {row.figures.map((figure) => (
                  <Table.Td key={figure.key}>{shown(figure)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

/** Meetings at the region's meet-and-greet sessions and how far the pairs got, as bars with their numbers. */
function ConversionSection({ conversion }: { conversion: Figures['meetAndGreet'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = currentLanguage(i18n.language) === 'en';
  const meetings = conversion.steps[0];
  const text = (step: Figures['meetAndGreet']['steps'][number]) =>
    step.suppressed
      ? t('trajectory.results.hidden')
      : step.step === 'MEETINGS' || step.shareOfMeetings === null || step.shareOfMeetings === undefined
        ? format.number(step.count ?? 0)
        : `${format.number(step.count ?? 0)} (${format.number(step.shareOfMeetings * 100, 1)} %)`;
  return (
    <section aria-labelledby="conversion">
      <Title order={2} id="conversion" mb="xs">
        {t('trajectory.results.conversion.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {english ? conversion.definition.en : conversion.definition.nl}
      </Text>
      {meetings.count === 0 ? (
        <Text size="sm">{t('trajectory.results.conversion.none')}</Text>
      ) : (
        <RateBars
          order={3}
          title={t('trajectory.results.conversion.chart')}
          bars={conversion.steps.map((step) => ({
            label: t(`trajectory.results.conversion.steps.${step.step}`),
            value: step.suppressed ? null : (step.shareOfMeetings ?? null),
            text: text(step),
          }))}
        />
      )}
      <Text size="sm" mt="xs">
        {t('trajectory.results.conversion.notRecorded', {
          value: conversion.notRecordedSuppressed
            ? t('trajectory.results.hidden')
            : format.number(conversion.notRecorded ?? 0),
        })}
      </Text>
    </section>
  );
}
