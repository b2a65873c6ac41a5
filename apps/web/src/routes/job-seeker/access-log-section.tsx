import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { MyDataPageQuery } from '@web/graphql/generated/graphql';
import { jobSeekerNl } from '@web/i18n/areas/job-seeker.nl';
import { SectionCard } from './section-card';
import { useLabels } from './use-labels';

type AccessEntry = MyDataPageQuery['identityAccessLog'][number];
type TrailEntry = MyDataPageQuery['auditTrail'][number];
type IdentityField = keyof typeof jobSeekerNl.enums.identityField;
const isIdentityField = (field: string): field is IdentityField =>
  Object.hasOwn(jobSeekerNl.enums.identityField, field);

/** "Wie heeft mijn gegevens bekeken": every read or change of the identity, by whom (how their account came to be), why. */
export function AccessLogSection({ entries }: { entries: AccessEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { pick } = useLabels();
  const fields = (names: string[]) =>
    names
      .map((name) => (isIdentityField(name) ? t(`jobSeeker.enums.identityField.${name}`) : name))
      .join(', ');
  return (
    <SectionCard title={t('jobSeeker.myData.access.title')} intro={t('jobSeeker.myData.access.intro')}>
      {entries.length === 0 ? (
        <Text size="sm">{t('jobSeeker.myData.access.empty')}</Text>
      ) : (
        <List spacing="sm" size="sm">
          {entries.map((entry) => (
            <List.Item key={entry.id}>
              <Text size="sm" fw={600}>
                {format.dateTime(entry.accessedAt)} ·{' '}
                {entry.action === 'READ'
                  ? t('jobSeeker.myData.access.READ')
                  : t('jobSeeker.myData.access.CHANGE', { fields: fields(entry.fields) })}
              </Text>
              <Text size="sm">
                {entry.accessorDescription
                  ? pick(entry.accessorDescription)
                  : [entry.accessorName, entry.accessorEmployerName].filter(Boolean).join(', ') ||
                    t('jobSeeker.myData.access.unknownAccessor', { role: entry.accessorRole })}
              </Text>
              <Text size="sm">{t('jobSeeker.myData.access.purpose', { purpose: entry.purpose })}</Text>
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}

/** The person's own lines of the audit trail: what was done about them, when, and by which kind of account. */
export function AuditTrailSection({ entries }: { entries: TrailEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { who } = useLabels();
  return (
    <SectionCard title={t('jobSeeker.myData.trail.title')} intro={t('jobSeeker.myData.trail.intro')}>
      {entries.length === 0 ? (
        <Text size="sm">{t('jobSeeker.myData.trail.empty')}</Text>
      ) : (
        <List spacing={4} size="sm">
          {entries.map((entry) => (
            <List.Item key={entry.id}>
              <Text span size="sm" fw={600}>
                {t(`jobSeeker.enums.auditAction.${entry.action}`)}
              </Text>{' '}
              —{' '}
              {t('jobSeeker.myData.trail.line', {
                date: format.dateTime(entry.at),
                who: who(entry.actorRole),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
