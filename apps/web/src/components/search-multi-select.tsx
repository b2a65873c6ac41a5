import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickedOption {
  id: string;
  label: string;
}

/** The options the server returns for a search of at least two letters. */
export type UseSearchHits = (query: string, paused: boolean) => { hits: PickedOption[]; fetching: boolean };

export interface SearchMultiSelectProps {
  label: string;
  description?: string;
  value: PickedOption[];
  onChange(value: PickedOption[]): void;
  /** Options chosen in another list of the same form: offered there, not here. */
  exclude?: readonly string[];
  error?: ReactNode;
}

const MIN_QUERY = 2;

/**
 * A taxonomy search in Mantine's MultiSelect: the server filters (Dutch and English), so the widget shows what it
 * returns. Chosen options keep their labels across searches and stay in the order they were picked.
 */
export function SearchMultiSelect({
  label,
  description,
  value,
  onChange,
  exclude = [],
  error,
  useHits,
  nothingFoundText,
}: SearchMultiSelectProps & { useHits: UseSearchHits; nothingFoundText: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const paused = query.length < MIN_QUERY;
  const { hits, fetching } = useHits(query, paused);
  const chosen = new Set(value.map((s) => s.id));
  const offered = (paused ? [] : hits).filter((hit) => !chosen.has(hit.id) && !exclude.includes(hit.id));
  const byId = new Map([...hits, ...value].map((s) => [s.id, s]));
  const nothingFound = paused
    ? t('shared.skillPicker.typeMore')
    : fetching
      ? t('app.loading')
      : nothingFoundText;

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
