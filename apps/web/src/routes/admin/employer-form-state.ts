import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { Sector } from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';

export interface LocationValues {
  /** Stable across removals, so React keeps each row's inputs with its own values. */
  key: number;
  pc4: string;
  label: string;
}

export interface EmployerValues {
  name: string;
  sector: Sector | null;
  regionCode: string | null;
  locations: LocationValues[];
}

/** `name`, `sector`, `regionCode`, `locations`, or a location's `locations.0.pc4` / `locations.0.label`. */
export type FieldErrors = Record<string, string>;

export interface EmployerForm {
  values: EmployerValues;
  errors: FieldErrors;
  general: string | undefined;
  set(change: Partial<EmployerValues>): void;
  setLocation(index: number, change: Partial<Omit<LocationValues, 'key'>>): void;
  addLocation(): void;
  removeLocation(index: number): void;
  /** Our own checks (filled in); false when one fails. */
  check(requireRegion: boolean): boolean;
  /** The server's refusal, at the field it names, else in the form's alert. */
  refuse(error: CombinedError): void;
  reset(values: EmployerValues): void;
}

let nextKey = 1;
export const newLocation = (pc4 = '', label = ''): LocationValues => ({ key: nextKey++, pc4, label });

const FIELDS = ['name', 'sector', 'regionCode', 'locations'] as const;
type Refused = (typeof FIELDS)[number] | 'pc4' | 'label';

/** The gateway's validation names the input's path: each path's problem in our own words. */
function ownText(path: string): Refused | undefined {
  if (/^locations\.\d+\.pc4$/.test(path)) return 'pc4';
  if (/^locations\.\d+\.label$/.test(path)) return 'label';
  return FIELDS.find((field) => field === path);
}

/** A form for an employer with its locations; the fields show both our checks and the server's refusals. */
export function useEmployerForm(initial: EmployerValues): EmployerForm {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();

  const clear = (...fields: string[]) =>
    setErrors((current) => {
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });

  return {
    values,
    errors,
    general,
    set(change) {
      setValues((v) => ({ ...v, ...change }));
      clear(...Object.keys(change));
    },
    setLocation(index, change) {
      setValues((v) => ({
        ...v,
        locations: v.locations.map((l, i) => (i === index ? { ...l, ...change } : l)),
      }));
      clear(...Object.keys(change).map((field) => `locations.${index}.${field}`));
    },
    addLocation() {
      setValues((v) => ({ ...v, locations: [...v.locations, newLocation()] }));
    },
    removeLocation(index) {
      setValues((v) => ({ ...v, locations: v.locations.filter((_, i) => i !== index) }));
      // Errors are kept by position: after a removal they would sit at the wrong row.
      setErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith('locations'))),
      );
    },
    check(requireRegion) {
      const found: FieldErrors = {};
      const required = t('admin.employers.required');
      if (!values.name.trim()) found.name = required;
      if (!values.sector) found.sector = required;
      if (requireRegion && !values.regionCode) found.regionCode = required;
      values.locations.forEach((l, i) => {
        if (!l.pc4.trim()) found[`locations.${i}.pc4`] = required;
      });
      setErrors(found);
      setGeneral(undefined);
      return Object.keys(found).length === 0;
    },
    refuse(error) {
      const extensions = error.graphQLErrors[0]?.extensions ?? {};
      const listed = Array.isArray(extensions.fields) ? (extensions.fields as { field?: unknown }[]) : [];
      const found: FieldErrors = {};
      if (listed.length > 0) {
        for (const { field } of listed) {
          const kind = typeof field === 'string' ? ownText(field) : undefined;
          if (kind && typeof field === 'string') found[field] = t(`admin.employers.refused.${kind}`);
        }
      } else if (typeof extensions.field === 'string' && ownText(extensions.field)) {
        // A refusal the service explains itself (an unknown postcode area, a name already taken).
        found[extensions.field] = actionMessage(error, i18n.language, t);
      }
      setErrors(found);
      setGeneral(
        Object.keys(found).length === 0
          ? actionMessage(error, i18n.language, t)
          : listed.length > 1
            ? t('admin.employers.invalid')
            : undefined,
      );
    },
    reset(next) {
      setValues(next);
      setErrors({});
      setGeneral(undefined);
    },
  };
}
