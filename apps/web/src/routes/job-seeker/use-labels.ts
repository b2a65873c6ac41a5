import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@web/i18n/i18n';
import { jobSeekerNl } from '@web/i18n/areas/job-seeker.nl';

type KnownActor = Exclude<keyof typeof jobSeekerNl.who, 'unknown'>;
const isKnownActor = (role: string): role is KnownActor =>
  role !== 'unknown' && Object.hasOwn(jobSeekerNl.who, role);

/** Texts the API sends in both languages, and "by whom" for the roles it names as plain strings. */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const dutch = currentLanguage(i18n.language) === 'nl';
  return {
    dutch,
    pick: (text: { nl: string; en: string }) => (dutch ? text.nl : text.en),
    who: (role: string) =>
      isKnownActor(role) ? t(`jobSeeker.who.${role}`) : t('jobSeeker.who.unknown', { role }),
  };
}
