import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { MatchExplanationPartsFragment } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { nl } from '@web/i18n/nl';
import { skillName } from '@web/i18n/skill-name';
import { MatchExplanationQuery } from './match-explanation.graphql';
import { QueryError, QueryLoading } from './query-state';

interface Localised {
  nl: string;
  en: string;
}

/** The score's parts the catalogues name; a part added to the model later shows its code until it is named. */
type Component = keyof typeof nl.explanation.components;
const isComponent = (value: string): value is Component => Object.hasOwn(nl.explanation.components, value);

/**
 * The explanation itself, read when the person first opens it. A module of its own: its tables (and the scrolling
 * and positioning code they bring) are not part of a page's first download.
 */
export function OpenedExplanation({ candidateId, vacancyId }: { candidateId: string; vacancyId: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: MatchExplanationQuery,
    variables: { candidateId, vacancyId },
  });
  if (fetching && !data) return <QueryLoading />;
  if (error) return <QueryError error={error} />;
  const explanation = data?.match?.explanation;
  // Gone from both lists since the page was read, or a side is no longer complete enough to explain.
  if (!explanation) return <Text size="sm">{t('explanation.unavailable')}</Text>;
  return <ExplanationParts explanation={explanation} />;
}

function ExplanationParts({ explanation }: { explanation: MatchExplanationPartsFragment }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = currentLanguage(i18n.language);
  const text = (value: Localised) => value[language];
  const skillLabel = (skill: { labelNl?: string | null; labelEn: string }) => skillName(skill, language);

  return (
    <Stack gap="md">
      <Table striped>
        <Table.Caption>{t('explanation.breakdown')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('explanation.component')}</Table.Th>
            <Table.Th scope="col">{t('explanation.contribution')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {explanation.breakdown.map((part) => (
            <Table.Tr key={part.component}>
              <Table.Td>
                <Text fw={600} size="sm">
                  {isComponent(part.component)
                    ? t(`explanation.components.${part.component}`)
                    : part.component}
                </Text>
                <Text size="sm">{text(part.explanation)}</Text>
              </Table.Td>
              <Table.Td>{format.number(part.contribution, 1)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm">{t('explanation.distance', { km: format.number(explanation.distanceKm, 1) })}</Text>
      <SkillList
        title={t('explanation.matchedSkills')}
        items={explanation.matchedSkills.map((m) => ({
          id: m.skill.skillId,
          label: skillLabel(m.skill),
        }))}
      />
      <SkillList
        title={t('explanation.missingSkills')}
        items={explanation.missingRequiredSkills.map((s) => ({ id: s.skillId, label: skillLabel(s) }))}
      />
      <SkillList
        title={t('explanation.improvements')}
        items={explanation.improvements.map((improvement) => ({
          id: improvement.skill.skillId,
          label: t('explanation.improvement', {
            text: text(improvement.explanation),
            gain: format.number(improvement.scoreGain, 1),
          }),
        }))}
      />
    </Stack>
  );
}

function SkillList({ title, items }: { title: string; items: { id: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('explanation.none')}</Text>
      ) : (
        <List size="sm">
          {items.map((item) => (
            <List.Item key={item.id}>{item.label}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
