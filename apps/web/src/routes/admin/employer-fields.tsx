import { Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sector } from '@web/graphql/generated/graphql';
import { sharedNl } from '@web/i18n/areas/shared.nl';
import type { EmployerForm } from './employer-form-state';

const SECTORS = Object.keys(sharedNl.enums.sector) as Sector[];

interface Props {
  form: EmployerForm;
  /** Choosing a region only when adding: an employer's region never changes. */
  regions: { code: string; name: string }[] | null;
  /** Prefixes the inputs' ids, so two forms on one page keep their labels apart. */
  idPrefix: string;
}

/** Name, sector, region and the locations of an employer, each with our check or the server's refusal. */
export function EmployerFields({ form, regions, idPrefix }: Props) {
  const { t } = useTranslation();
  const { values, errors } = form;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: regions ? 3 : 2 }}>
        <TextInput
          id={`${idPrefix}-name`}
          label={t('admin.employers.name')}
          required
          maxLength={200}
          value={values.name}
          error={errors.name}
          onChange={(event) => form.set({ name: event.currentTarget.value })}
        />
        <Select
          id={`${idPrefix}-sector`}
          label={t('admin.employers.sector')}
          required
          searchable
          value={values.sector}
          error={errors.sector}
          onChange={(sector) => form.set({ sector })}
          data={SECTORS.map((value) => ({ value, label: t(`shared.enums.sector.${value}`) }))}
          comboboxProps={{ withinPortal: false }}
        />
        {regions && (
          <Select
            id={`${idPrefix}-region`}
            label={t('admin.employers.region')}
            required
            searchable
            value={values.regionCode}
            error={errors.regionCode}
            onChange={(regionCode) => form.set({ regionCode })}
            data={regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
            comboboxProps={{ withinPortal: false }}
          />
        )}
      </SimpleGrid>
      <Fieldset legend={t('admin.employers.locationsLegend')}>
        <Stack gap="sm">
          <Text size="sm">{t('admin.employers.locationsHelp')}</Text>
          {values.locations.map((location, index) => {
            const number = index + 1;
            return (
              <Paper key={location.key} withBorder p="sm">
                <Group justify="space-between" mb="xs">
                  <Text fw={700}>{t('admin.employers.location', { number })}</Text>
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    onClick={() => form.removeLocation(index)}
                  >
                    {t('admin.employers.removeLocation', { number })}
                  </Button>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    id={`${idPrefix}-pc4-${location.key}`}
                    label={t('admin.employers.pc4', { number })}
                    description={t('admin.employers.pc4Help')}
                    required
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={4}
                    value={location.pc4}
                    error={errors[`locations.${index}.pc4`]}
                    onChange={(event) => form.setLocation(index, { pc4: event.currentTarget.value })}
                  />
                  <TextInput
                    id={`${idPrefix}-label-${location.key}`}
                    label={t('admin.employers.label', { number })}
                    description={t('admin.employers.labelHelp')}
                    maxLength={100}
                    value={location.label}
                    error={errors[`locations.${index}.label`]}
                    onChange={(event) => form.setLocation(index, { label: event.currentTarget.value })}
                  />
                </SimpleGrid>
              </Paper>
            );
          })}
          {errors.locations && (
            <Text c="red.9" size="sm" role="alert">
              {errors.locations}
            </Text>
          )}
          <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={form.addLocation}>
            {t('admin.employers.addLocation')}
          </Button>
        </Stack>
      </Fieldset>
    </>
  );
}
