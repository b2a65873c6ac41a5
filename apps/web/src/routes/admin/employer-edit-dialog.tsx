import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { AdminEmployerPartsFragment as Employer } from '@web/graphql/generated/graphql';
import { newLocation, useEmployerForm } from './employer-form-state';
import { EmployerFields } from './employer-fields';
import { UpdateEmployerMutation } from './employers.graphql';

interface Props {
  employer: Employer | null;
  onClose(): void;
  onSaved(name: string): void;
}

/** Changes an employer's name, sector and locations; its region stays. */
export function EmployerEditDialog({ employer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    // Inside the page's main landmark: a portal would add a second banner (the dialog's header) to the body.
    <Modal
      opened={employer !== null}
      onClose={onClose}
      size="xl"
      title={t('admin.employers.editTitle', { name: employer?.name ?? '' })}
      withinPortal={false}
      closeButtonProps={{ 'aria-label': t('admin.employers.cancel') }}
    >
      {employer && <EditForm key={employer.id} employer={employer} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function EditForm({ employer, onClose, onSaved }: Props & { employer: Employer }) {
  const { t } = useTranslation();
  const form = useEmployerForm({
    name: employer.name,
    sector: employer.sector,
    regionCode: employer.regionCode,
    locations: employer.locations.map((l) => newLocation(l.pc4, l.label)),
  });
  const [{ fetching }, update] = useMutation(UpdateEmployerMutation);

  const submit = async () => {
    if (!form.check(false)) return;
    const { values } = form;
    const result = await update({
      id: employer.id,
      input: {
        name: values.name.trim(),
        sector: values.sector!,
        locations: values.locations.map((l) => ({ pc4: l.pc4.trim(), label: l.label.trim() || null })),
      },
    });
    if (result.error) return form.refuse(result.error);
    if (result.data) onSaved(result.data.updateEmployer.name);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        {form.general && (
          <Alert color="red" role="alert">
            {form.general}
          </Alert>
        )}
        <Text size="sm">{t('admin.employers.regionFixed', { region: employer.regionCode })}</Text>
        <EmployerFields form={form} regions={null} idPrefix="edit-employer" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.employers.cancel')}
          </Button>
          <Button type="submit" loading={fetching}>
            {t('admin.employers.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
