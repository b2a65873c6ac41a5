import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '@web/i18n/i18n';
import { SearchMultiSelect, type SearchMultiSelectProps, type UseSearchHits } from './search-multi-select';
import { SearchOccupationsQuery } from './skill-picker.graphql';
import { skillName } from '@web/i18n/skill-name';

/** ESCO occupations by autocomplete, on their Dutch or English label. */
export function OccupationPicker(props: SearchMultiSelectProps) {
  const { t } = useTranslation();
  return (
    <SearchMultiSelect
      {...props}
      useHits={useOccupationHits}
      nothingFoundText={t('shared.occupationPicker.nothingFound')}
    />
  );
}

const useOccupationHits: UseSearchHits = (query, paused) => {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const [{ data, fetching }] = useQuery({
    query: SearchOccupationsQuery,
    variables: { query, limit: 10 },
    pause: paused,
    requestPolicy: 'cache-first',
  });
  const hits = useMemo(
    () =>
      (data?.searchOccupations ?? []).map((hit) => ({
        id: hit.id,
        label: occupationLabel(hit, language),
      })),
    [data, language],
  );
  return { hits, fetching };
};

/** An occupation's label in the language shown; the English one where ESCO has no Dutch label yet. */
export function occupationLabel(
  o: { labelNl?: string | null; labelEn: string },
  language: 'nl' | 'en',
): string {
  return skillName(o, language);
}
