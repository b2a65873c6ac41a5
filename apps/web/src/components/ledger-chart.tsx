import { Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';

export interface LedgerPair {
  period: string;
  lendingEmployerId: string;
  lendingEmployerName: string;
  hostEmployerId: string;
  hostEmployerName: string;
  hours: number;
}

interface Partner {
  id: string;
  name: string;
  /** Per period, in the ledger's order. */
  lent: number[];
  borrowed: number[];
}

/** Per partner employer, the hours the own employer lent to it and borrowed from it in each period. */
export function partnersOf(
  pairs: readonly LedgerPair[],
  periods: readonly string[],
  ownId: string,
): Partner[] {
  const partners = new Map<string, Partner>();
  const index = new Map(periods.map((p, i) => [p, i]));
  for (const pair of pairs) {
    const lent = pair.lendingEmployerId === ownId;
    if (!lent && pair.hostEmployerId !== ownId) continue;
    const [id, name] = lent
      ? [pair.hostEmployerId, pair.hostEmployerName]
      : [pair.lendingEmployerId, pair.lendingEmployerName];
    if (id === ownId) continue;
    const partner = partners.get(id) ?? {
      id,
      name,
      lent: periods.map(() => 0),
      borrowed: periods.map(() => 0),
    };
    const at = index.get(pair.period);
    if (at === undefined) continue;
    (lent ? partner.lent : partner.borrowed)[at] += pair.hours;
    partners.set(id, partner);
  }
  return [...partners.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const WIDTH = 720;
const HALF = 80;
const TOP = 16;
const BOTTOM = 40;
const LEFT = 48;
const LENT = 'var(--mantine-color-blue-8)';
const BORROWED = 'var(--mantine-color-orange-9)';

/**
 * Lent hours above the line and borrowed hours below it, one chart per partner, drawn as SVG (no chart library
 * is installed); each chart has its figures as a table for screen readers.
 */
export function LedgerChart({
  pairs,
  periods,
  ownEmployerId,
}: {
  pairs: readonly LedgerPair[];
  periods: readonly string[];
  ownEmployerId: string;
}) {
  const { t } = useTranslation();
  const partners = partnersOf(pairs, periods, ownEmployerId);
  return (
    <Stack gap="md" component="section" aria-labelledby="ledger-chart">
      <Title order={2} size="h3" id="ledger-chart">
        {t('hr.chart.title')}
      </Title>
      <Text c="dimmed">{t('hr.chart.intro')}</Text>
      {partners.length === 0 ? (
        <Text>{t('hr.chart.empty')}</Text>
      ) : (
        <>
          <Group gap="lg" aria-hidden>
            <Swatch color={LENT} label={t('hr.chart.lent')} />
            <Swatch color={BORROWED} label={t('hr.chart.borrowed')} />
            <Text size="sm">{t('hr.chart.legend')}</Text>
          </Group>
          {partners.map((partner) => (
            <PartnerChart key={partner.id} partner={partner} periods={periods} />
          ))}
        </>
      )}
    </Stack>
  );
}

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <svg width="14" height="14" aria-hidden focusable="false">
        <rect width="14" height="14" fill={color} />
      </svg>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

function PartnerChart({ partner, periods }: { partner: Partner; periods: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const hours = (value: number) => format.number(value, 1);
  const max = Math.max(1, ...partner.lent, ...partner.borrowed);
  const slot = (WIDTH - LEFT) / Math.max(1, periods.length);
  const bar = Math.max(2, Math.min(28, slot * 0.6));
  const middle = TOP + HALF;
  const height = TOP + 2 * HALF + BOTTOM;
  // Every label when they fit, else every second, third…: at most about twelve along the axis.
  const step = Math.ceil(periods.length / 12);
  return (
    <Card withBorder component="figure" m={0} aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {partner.name}
      </Title>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={t('hr.chart.label', { partner: partner.name })}
        focusable="false"
      >
        <text x={LEFT - 6} y={TOP + 4} textAnchor="end" fontSize="11" fill="currentColor">
          {hours(max)}
        </text>
        <text x={LEFT - 6} y={middle + 4} textAnchor="end" fontSize="11" fill="currentColor">
          0
        </text>
        <text x={LEFT - 6} y={middle + HALF + 4} textAnchor="end" fontSize="11" fill="currentColor">
          {hours(max)}
        </text>
        {periods.map((period, i) => {
          const x = LEFT + i * slot + (slot - bar) / 2;
          const up = (partner.lent[i] / max) * HALF;
          const down = (partner.borrowed[i] / max) * HALF;
          return (
            <g key={period}>
              {up > 0 && <rect x={x} y={middle - up} width={bar} height={up} fill={LENT} />}
              {down > 0 && <rect x={x} y={middle} width={bar} height={down} fill={BORROWED} />}
              {i % step === 0 && (
                <text
                  x={x + bar / 2}
                  y={height - BOTTOM + 18}
                  textAnchor="middle"
                  fontSize="11"
                  fill="currentColor"
                >
                  {period}
                </text>
              )}
            </g>
          );
        })}
        <line x1={LEFT} x2={WIDTH} y1={middle} y2={middle} stroke="currentColor" strokeWidth="1" />
      </svg>
      <VisuallyHidden>
        <Table>
          <Table.Caption>{t('hr.chart.tableCaption', { partner: partner.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('hr.chart.period')}</Table.Th>
              <Table.Th scope="col">{t('hr.chart.hoursLent')}</Table.Th>
              <Table.Th scope="col">{t('hr.chart.hoursBorrowed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((period, i) => (
              <Table.Tr key={period}>
                <Table.Th scope="row">{period}</Table.Th>
                <Table.Td>{hours(partner.lent[i])}</Table.Td>
                <Table.Td>{hours(partner.borrowed[i])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Card>
  );
}
