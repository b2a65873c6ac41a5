import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@web/format/use-format';
import type { ShortagesPartsFragment as Shortages } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';

type Line = Shortages['bySector'][number] | Shortages['bySkill'][number];

/**
 * The region's shortages today, next to its results: open work against the active candidates for it, per sector
 * and for the skills asked most. Few candidates per open position is where people are short, or where training
 * would pay off.
 */
export function ShortagesSection({ shortages, ledgerPath }: { shortages: Shortages; ledgerPath: string }) {
  const { t, i18n } = useTranslation();
  const english = currentLanguage(i18n.language) === 'en';
  const definition = (d: { nl: string; en: string }) => (english ? d.en : d.nl);
  return (
    <Stack component="section" aria-labelledby="shortages" gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="shortages">
          {t('trajectory.shortages.title')}
        </Title>
        <Anchor href="/shortages.csv" download>
          {t('trajectory.shortages.csv')}
        </Anchor>
      </Group>
      <ShortageTable
        caption={t('trajectory.shortages.bySector')}
        definition={definition(shortages.bySectorDefinition)}
        firstColumn={t('trajectory.shortages.sector')}
        empty={t('trajectory.shortages.empty')}
        rows={shortages.bySector.map((line) => ({
          key: line.sector,
          label: t(`shared.enums.sector.${line.sector}`),
          line,
        }))}
      />
      <ShortageTable
        caption={t('trajectory.shortages.bySkill')}
        definition={definition(shortages.bySkillDefinition)}
        firstColumn={t('trajectory.shortages.skill')}
        empty={t('trajectory.shortages.empty')}
        rows={shortages.bySkill.map((line) => ({
          key: line.skillId,
          label: english ? line.labelEn : (line.labelNl ?? line.labelEn),
          line,
        }))}
      />
      <Text size="sm">
        {t('trajectory.shortages.reciprocity')}{' '}
        <Anchor component={Link} to={ledgerPath}>
          {t('nav.ledger')}
        </Anchor>
      </Text>
    </Stack>
  );
}

function ShortageTable({
  caption,
  definition,
  firstColumn,
  empty,
  rows,
}: {
  caption: string;
  definition: string;
  firstColumn: string;
  empty: string;
  rows: { key: string; label: string; line: Line }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const candidates = (line: Line) =>
    line.suppressed ? t('trajectory.results.hidden') : format.number(line.activeCandidates ?? 0);
  const perPosition = (line: Line) =>
    line.candidatesPerPosition === null || line.candidatesPerPosition === undefined
      ? '—'
      : format.number(line.candidatesPerPosition, 2);
  return (
    <div>
      <Text size="sm" c="dimmed" mb="xs">
        {definition}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{firstColumn}</Table.Th>
                <Table.Th scope="col">{t('trajectory.shortages.openVacancies')}</Table.Th>
                <Table.Th scope="col">{t('trajectory.shortages.openPositions')}</Table.Th>
                <Table.Th scope="col">{t('trajectory.shortages.activeCandidates')}</Table.Th>
                <Table.Th scope="col">{t('trajectory.shortages.perPosition')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ key, label, line }) => (
                <Table.Tr key={key}>
                  <Table.Th scope="row">{label}</Table.Th>
                  <Table.Td>{format.number(line.openVacancies)}</Table.Td>
                  <Table.Td>{format.number(line.openPositions)}</Table.Td>
                  <Table.Td>{candidates(line)}</Table.Td>
                  <Table.Td>{perPosition(line)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
