import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '@web/i18n/i18n';
import { SearchSkillsQuery } from './skill-picker.graphql';

export interface SkillOption {
  id: string;
  label: string;
}

interface Props {
  label: string;
  description?: string;
  value: SkillOption[];
  onChange(value: SkillOption[]): void;
  /** Skills chosen in another list of the same form: offered there, not here. */
  exclude?: readonly string[];
  error?: ReactNode;
}

const MIN_QUERY = 2;

/**
 * ESCO skills by autocomplete (Dutch and English, typo-tolerant on the server), in Mantine's MultiSelect: the
 * server filters, so the widget shows what it returns. Chosen skills keep their labels across searches.
 */
export function SkillPicker({ label, description, value, onChange, exclude = [], error }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const [{ data, fetching }] = useQuery({
    query: SearchSkillsQuery,
    variables: { query, limit: 10 },
    pause: query.length < MIN_QUERY,
    requestPolicy: 'cache-first',
  });
  const hits = useMemo(
    () =>
      (query.length < MIN_QUERY ? [] : (data?.searchSkills ?? [])).map((hit) => ({
        id: hit.skillId,
        label: language === 'nl' ? (hit.preferredLabelNl ?? hit.preferredLabelEn) : hit.preferredLabelEn,
      })),
    [data, language, query],
  );
  const chosen = new Set(value.map((s) => s.id));
  const offered = hits.filter((hit) => !chosen.has(hit.id) && !exclude.includes(hit.id));
  const byId = new Map([...hits, ...value].map((s) => [s.id, s]));
  const nothingFound =
    query.length < MIN_QUERY
      ? t('shared.skillPicker.typeMore')
      : fetching
        ? t('app.loading')
        : t('shared.skillPicker.nothingFound');

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={t('shared.skillPicker.placeholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...value, ...offered].map((s) => ({ value: s.id, label: s.label }))}
      value={value.map((s) => s.id)}
      onChange={(ids) => {
        onChange(ids.flatMap((id) => byId.get(id) ?? []));
        setSearch('');
      }}
      filter={({ options }) => options}
      hidePickedOptions
      nothingFoundMessage={nothingFound}
      error={error}
      maxDropdownHeight={280}
      comboboxProps={{ withinPortal: false }}
    />
  );
}
