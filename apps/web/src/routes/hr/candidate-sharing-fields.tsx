import { Checkbox, Fieldset, MultiSelect, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '@web/session/viewer-context';
import type { SectionProps } from './candidate-form-sections';
import { RegionEmployersQuery } from './candidate.graphql';

/** With whom the anonymous profile is shared (the region's employers to choose from), and consent at creation. */
export function SharingFields({ values, set, errors, creating }: SectionProps & { creating: boolean }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [{ data }] = useQuery({ query: RegionEmployersQuery });
  const others = (data?.employers.nodes ?? []).filter((e) => e.id !== viewer.employerId);
  return (
    <Fieldset legend={t('hr.candidate.sharingLegend')}>
      <Stack gap="sm">
        <Radio.Group
          label={t('hr.candidate.sharingScope')}
          value={values.sharingScope}
          onChange={(v) => set('sharingScope', v)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="REGION" label={t('hr.candidate.shareRegion')} />
            <Radio value="SELECTED_EMPLOYERS" label={t('hr.candidate.shareSelected')} />
          </Stack>
        </Radio.Group>
        {values.sharingScope === 'SELECTED_EMPLOYERS' && (
          <MultiSelect
            label={t('hr.candidate.sharedWith')}
            data={others.map((e) => ({ value: e.id, label: e.name }))}
            value={values.sharedWithEmployerIds}
            onChange={(v) => set('sharedWithEmployerIds', v)}
            searchable
            comboboxProps={{ withinPortal: false }}
            required
            error={errors.sharedWithEmployerIds}
          />
        )}
        {creating && (
          <Checkbox
            label={t('hr.candidate.consentGiven')}
            description={t('hr.candidate.consentHelp')}
            checked={values.consentGiven}
            onChange={(event) => set('consentGiven', event.currentTarget.checked)}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
