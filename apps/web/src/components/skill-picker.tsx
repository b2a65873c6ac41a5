import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '@web/i18n/i18n';
import {
  type PickedOption,
  SearchMultiSelect,
  type SearchMultiSelectProps,
  type UseSearchHits,
} from './search-multi-select';
import { SearchSkillsQuery } from './skill-picker.graphql';
import { skillName } from '@web/i18n/skill-name';

export type SkillOption = PickedOption;

/** ESCO skills by autocomplete (Dutch and English, typo-tolerant on the server). */
export function SkillPicker(props: SearchMultiSelectProps) {
  const { t } = useTranslation();
  return (
    <SearchMultiSelect
      {...props}
      useHits={useSkillHits}
      nothingFoundText={t('shared.skillPicker.nothingFound')}
    />
  );
}

const useSkillHits: UseSearchHits = (query, paused) => {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const [{ data, fetching }] = useQuery({
    query: SearchSkillsQuery,
    variables: { query, limit: 10 },
    pause: paused,
    requestPolicy: 'cache-first',
  });
  const hits = useMemo(
    () =>
      (data?.searchSkills ?? []).map((hit) => ({
        id: hit.skillId,
        label: skillName({ labelNl: hit.preferredLabelNl, labelEn: hit.preferredLabelEn }, language),
      })),
    [data, language],
  );
  return { hits, fetching };
};
