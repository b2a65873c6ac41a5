import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { currentLanguage } from '@web/i18n/i18n';
import { MyProfileQuery } from './profile.graphql';
import { skillName } from '@web/i18n/skill-name';

/** "Mijn profiel", read-only: what employers see, anonymised. */
export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [{ data, error, fetching }] = useQuery({ query: MyProfileQuery });
  const profile = data?.myCandidateProfile;
  const dutch = currentLanguage(i18n.language) === 'nl';
  const label = (skill: { labelNl?: string | null; labelEn: string }) =>
    skillName(skill, dutch ? 'nl' : 'en');

  return (
    <>
      <PageHeading title={t('profile.title')} intro={t('profile.intro')} />
      {fetching && !profile && <QueryLoading />}
      {error && !profile && <QueryError error={error} />}
      {profile && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label={t('profile.publicCode')}>{profile.publicCode}</Fact>
            <Fact label={t('profile.status')}>{t(`enums.candidateStatus.${profile.status}`)}</Fact>
            <Fact label={t('profile.hours')}>
              {t('suggestions.hours', { min: profile.hoursMin, max: profile.hoursMax })}
            </Fact>
            <Fact label={t('profile.travel')}>{t('profile.travelValue', { km: profile.maxTravelKm })}</Fact>
            <Fact label={t('profile.contractEnd')}>
              {profile.contractEndDate ? format.date(profile.contractEndDate) : t('profile.notSet')}
            </Fact>
          </SimpleGrid>
          <Section title={t('profile.strengths')}>
            <Text>{profile.sketchStrengths}</Text>
          </Section>
          <Section title={t('profile.attentionPoints')}>
            <Text>{profile.sketchAttentionPoints}</Text>
          </Section>
          <Section title={t('profile.skills')}>
            <List>
              {profile.strengths.map((strength) => (
                <List.Item key={strength.skillId}>
                  {strength.skill ? label(strength.skill) : strength.skillId} —{' '}
                  {t('profile.skillLevel', { level: strength.level })}
                </List.Item>
              ))}
            </List>
          </Section>
          <Section title={t('profile.development')}>
            {profile.developmentSkills.length === 0 ? (
              <Text>{t('profile.notSet')}</Text>
            ) : (
              <List>
                {profile.developmentSkills.map((skill) => (
                  <List.Item key={skill.id}>{label(skill)}</List.Item>
                ))}
              </List>
            )}
          </Section>
        </Stack>
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{children}</Text>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}
