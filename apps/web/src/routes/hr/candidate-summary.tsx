import { Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { CandidateProfilePartsFragment as Profile } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { skillOption } from './candidate-form-values';
import { RegionEmployersQuery } from './candidate.graphql';
import { useSharedText } from '@web/i18n/use-shared-text';
import { useHrText } from './use-hr-text';

/** The profile as its owner sees it, need-to-know fields included. */
export function CandidateSummary({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const hr = useHrText();
  const shared = useSharedText();
  const format = useFormat();
  const language = currentLanguage(i18n.language);
  const [{ data }] = useQuery({ query: RegionEmployersQuery });
  const employerName = (id: string) => data?.employers.nodes.find((e) => e.id === id)?.name ?? '';
  const list = (items: string[]) => (items.length ? items.join(', ') : t('profile.notSet'));
  const date = (value: string | null | undefined) => (value ? format.date(value) : t('profile.notSet'));
  const rows: [string, ReactNode][] = [
    [
      t('hr.candidate.track'),
      profile.track ? t(`enums.candidateTrack.${profile.track}`) : t('profile.notSet'),
    ],
    [t('profile.hours'), t('suggestions.hours', { min: profile.hoursMin, max: profile.hoursMax })],
    [t('hr.candidate.homePc4'), profile.homePc4],
    [
      t('profile.travel'),
      `${t('profile.travelValue', { km: format.number(profile.maxTravelKm) })} (${hr.enums.travelMode[profile.travelMode]})`,
    ],
    [t('hr.candidate.sectorsOpen'), list(profile.sectorsOpen.map((s) => shared.enums.sector[s]))],
    [t('hr.candidate.contractTypes'), list(profile.contractTypes.map((c) => hr.enums.contractType[c]))],
    [t('hr.candidate.availableFrom'), date(profile.availableFrom)],
    [t('hr.candidate.contractEndDate'), date(profile.contractEndDate)],
    [t('hr.candidate.supportNeeds'), list(profile.supportNeeds.map((s) => hr.enums.supportNeed[s]))],
    [t('hr.candidate.targetGroups'), list((profile.targetGroups ?? []).map((g) => hr.enums.targetGroup[g]))],
    [
      t('hr.candidate.sharingScope'),
      profile.sharingScope === 'SELECTED_EMPLOYERS'
        ? t('hr.candidate.sharedWithList', {
            names: (profile.sharedWithEmployerIds ?? []).map(employerName).join(', '),
          })
        : t('hr.candidate.shareRegion'),
    ],
    [
      t('hr.candidate.strengths'),
      list(
        profile.strengths.map((s) => {
          const label = s.skill ? skillOption(s.skill, language).label : s.skillId;
          return `${label} (${hr.enums.level[String(s.level) as keyof typeof hr.enums.level]})`;
        }),
      ),
    ],
    [
      t('hr.candidate.developmentSkills'),
      list(profile.developmentSkills.map((s) => skillOption(s, language).label)),
    ],
  ];
  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Caption>{t('hr.candidate.summaryCaption')}</Table.Caption>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w="30%">
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Sketch title={t('hr.candidate.sketchStrengths')} text={profile.sketchStrengths} />
      <Sketch title={t('hr.candidate.sketchAttentionPoints')} text={profile.sketchAttentionPoints} />
    </Stack>
  );
}

function Sketch({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Title order={2} size="h4" mb={4}>
        {title}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text || t('profile.notSet')}</Text>
    </div>
  );
}
