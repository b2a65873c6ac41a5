import { Alert, Button, NativeSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormCard } from '@web/components/form-card';
import { userMessage } from '@web/graphql/errors';
import { CreateStaffAccountMutation } from './staff-accounts.graphql';

const ROLES = ['MOBILITY_TEAM', 'HR_LEAD'] as const;
type RequestRole = (typeof ROLES)[number];

interface Props {
  regions: { code: string; name: string }[];
  employers: { id: string; name: string; regionCode: string }[];
  onRequested(name: string): void;
}

const EMPTY = {
  role: 'MOBILITY_TEAM' as RequestRole,
  displayName: '',
  email: '',
  scope: null as string | null,
};

/** Ask for a mobility team account (for a region) or an HR lead account (for an employer); a second person approves. */
export function StaffRequestForm({ regions, employers, onRequested }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const [{ fetching, error }, create] = useMutation(CreateStaffAccountMutation);
  const team = values.role === 'MOBILITY_TEAM';
  const missing = (value: string | null) => (tried && !value?.trim() ? t('admin.staff.required') : undefined);

  const submit = async () => {
    setTried(true);
    if (!values.displayName.trim() || !values.email.trim() || !values.scope) return;
    const result = await create({
      input: {
        role: values.role,
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        ...(team ? { regionCode: values.scope } : { employerId: values.scope }),
      },
    });
    if (result.error) return;
    onRequested(values.displayName.trim());
    setValues(EMPTY);
    setTried(false);
  };

  return (
    <FormCard id="request-account" title={t('admin.staff.requestTitle')} onSubmit={() => void submit()}>
      <Text size="sm">{t('admin.staff.requestIntro')}</Text>
      {error && (
        <Alert color="red" role="alert">
          {userMessage(error, i18n.language) ?? t('errors.generic')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('admin.staff.role')}
          value={values.role}
          onChange={(event) =>
            setValues({ ...values, role: event.currentTarget.value as RequestRole, scope: null })
          }
          data={ROLES.map((role) => ({ value: role, label: t(`admin.staff.roles.${role}`) }))}
        />
        <Select
          label={team ? t('admin.staff.region') : t('admin.staff.employer')}
          searchable
          required
          value={values.scope}
          onChange={(scope) => setValues({ ...values, scope })}
          data={
            team
              ? regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))
              : employers.map((e) => ({ value: e.id, label: e.name }))
          }
          error={missing(values.scope)}
        />
        <TextInput
          label={t('admin.staff.displayName')}
          required
          value={values.displayName}
          onChange={(event) => setValues({ ...values, displayName: event.currentTarget.value })}
          error={missing(values.displayName)}
        />
        <TextInput
          label={t('admin.staff.email')}
          type="email"
          required
          value={values.email}
          onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
          error={missing(values.email)}
        />
      </SimpleGrid>
      <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
        {t('admin.staff.submit')}
      </Button>
    </FormCard>
  );
}
