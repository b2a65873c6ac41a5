import i18next from 'i18next';

/**
 * A skill's (or occupation's) name in the language shown. In Dutch: the Dutch label, or — for the few skills
 * outside Werkbrug's sectors without one — the English label, marked as English so nobody takes it for Dutch.
 */
export function skillName(
  skill: { labelNl?: string | null; labelEn: string },
  language: 'nl' | 'en',
): string {
  if (language === 'en') return skill.labelEn;
  return skill.labelNl ?? i18next.t('shared.englishName', { name: skill.labelEn });
}
