import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormCard } from '@web/components/form-card';
import { type EmployerValues, useEmployerForm } from './employer-form-state';
import { EmployerFields } from './employer-fields';
import { CreateEmployerMutation } from './employers.graphql';

const EMPTY: EmployerValues = { name: '', sector: null, regionCode: null, locations: [] };

interface Props {
  regions: { code: string; name: string }[];
  onCreated(name: string): void;
}

/** Adds an employer to a region, with its locations. */
export function EmployerCreateCard({ regions, onCreated }: Props) {
  const { t } = useTranslation();
  const form = useEmployerForm(EMPTY);
  const [{ fetching }, create] = useMutation(CreateEmployerMutation);

  const submit = async () => {
    if (!form.check(true)) return;
    const { values } = form;
    const result = await create({
      input: {
        name: values.name.trim(),
        sector: values.sector!,
        regionCode: values.regionCode!,
        locations: values.locations.map((l) => ({ pc4: l.pc4.trim(), label: l.label.trim() || null })),
      },
    });
    if (result.error) return form.refuse(result.error);
    if (result.data) {
      onCreated(result.data.createEmployer.name);
      form.reset(EMPTY);
    }
  };

  return (
    <FormCard id="create-employer" title={t('admin.employers.createTitle')} onSubmit={() => void submit()}>
      <Text size="sm">{t('admin.employers.createIntro')}</Text>
      {form.general && (
        <Alert color="red" role="alert">
          {form.general}
        </Alert>
      )}
      <EmployerFields form={form} regions={regions} idPrefix="create-employer" />
      <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
        {t('admin.employers.create')}
      </Button>
    </FormCard>
  );
}
