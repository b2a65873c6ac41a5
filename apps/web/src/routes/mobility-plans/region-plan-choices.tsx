import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@web/format/use-format';
import type { MobilityPathKind, RegionPlanFiguresPartsFragment } from '@web/graphql/generated/graphql';
import { mobilityPlanPath } from './mobility-plan-paths';
import { addMobilityPlanTexts } from './mobility-plan-texts';
import { usePlanText } from './use-plan-text';

type Figures = RegionPlanFiguresPartsFragment;

/** Each kind's total over every plan, in the order plans usually list their paths. */
const KIND_ORDER: MobilityPathKind[] = ['TAKEOVER', 'NEW_EMPLOYER', 'GUIDANCE', 'OWN_WAY', 'OTHER'];

/**
 * The regional dashboard's part of the mobility plans: per published plan how many chose each path, and the totals
 * per kind of path over the region, so the team sees how many people will need guidance to work. Counts only:
 * who chose is their employer's to know.
 */
export function RegionPlanChoices({ figures }: { figures: readonly Figures[] }) {
  addMobilityPlanTexts(); // before the first text is read: the plan pages, which add them, may not have loaded
  const { t } = useTranslation();
  const { pick } = usePlanText();
  const byKind = new Map<MobilityPathKind, number>();
  for (const row of figures)
    for (const path of row.plan.published?.paths ?? [])
      byKind.set(
        path.kind,
        (byKind.get(path.kind) ?? 0) + (row.paths.find((p) => p.pathId === path.id)?.count ?? 0),
      );
  return (
    <section aria-labelledby="region-plan-choices">
      <Title order={2} id="region-plan-choices" mb="xs">
        {t('mobilityPlan.regionChoices.heading')}
      </Title>
      <Text mb="md">{t('mobilityPlan.regionChoices.intro')}</Text>
      {figures.length === 0 ? (
        <Text>{t('mobilityPlan.regionChoices.empty')}</Text>
      ) : (
        <Stack gap="lg">
          <CountTable
            caption={t('mobilityPlan.regionChoices.byKind')}
            header={t('mobilityPlan.regionChoices.kind')}
            rows={KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => ({
              key: kind,
              label: t(`mobilityPlan.kinds.${kind}`),
              count: byKind.get(kind) ?? 0,
            }))}
          />
          {figures.map((row) => (
            <PlanFigures key={row.plan.id} row={row} pick={pick} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function PlanFigures({ row, pick }: { row: Figures; pick: (text: { nl: string; en: string }) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const version = row.plan.published;
  if (!version) return null;
  const rows = version.paths.map((path) => ({
    key: path.id,
    label: pick(path.name),
    count: row.paths.find((p) => p.pathId === path.id)?.count ?? 0,
  }));
  if (row.chosenDroppedPaths > 0)
    rows.push({ key: 'dropped', label: t('mobilityPlan.choices.dropped'), count: row.chosenDroppedPaths });
  rows.push({ key: 'total', label: t('mobilityPlan.regionChoices.total'), count: row.chosen });
  return (
    <CountTable
      caption={
        <>
          <Anchor component={Link} to={mobilityPlanPath('MOBILITY_TEAM', row.plan.id)}>
            {pick(version.title)}
          </Anchor>
          {' · '}
          {t('mobilityPlan.regionChoices.planCaption', {
            employer: row.plan.employerName,
            date: format.date(version.choiceDeadline),
          })}
        </>
      }
      header={t('mobilityPlan.choices.path')}
      rows={rows}
    />
  );
}

/** A table of counts: one labelled row each, the count aligned right. */
function CountTable({
  caption,
  header,
  rows,
}: {
  caption: ReactNode;
  header: string;
  rows: readonly { key: string; label: string; count: number }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{header}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('mobilityPlan.choices.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{row.label}</Table.Th>
              <Table.Td style={{ textAlign: 'right' }}>{format.number(row.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
