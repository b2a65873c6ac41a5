import { Alert, Button, NativeSelect, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormCard } from '@web/components/form-card';
import { userMessage } from '@web/graphql/errors';
import type { Role } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { CreateStaffAccountMutation } from './staff-accounts.graphql';

type RequestRole = 'MOBILITY_TEAM' | 'HR_LEAD' | 'COUNSELLOR';

/**
 * What each staff role may ask for: administrators any staff account below their own; the mobility team HR leads of
 * its region's employers and the external counsellors who guide its region's trajectories.
 */
const REQUESTABLE: Partial<Record<Role, readonly RequestRole[]>> = {
  ADMINISTRATOR: ['MOBILITY_TEAM', 'HR_LEAD', 'COUNSELLOR'],
  MOBILITY_TEAM: ['COUNSELLOR', 'HR_LEAD'],
};

/** Mobility-team members and counsellors belong to a region, HR leads to an employer. */
const inRegion = (role: RequestRole) => role !== 'HR_LEAD';

interface Props {
  regions: { code: string; name: string }[];
  employers: { id: string; name: string; regionCode: string }[];
  onRequested(name: string): void;
}

/** Ask for a staff account: for a region or for an employer; a second person approves. */
export function StaffRequestForm({ regions, employers, onRequested }: Props) {
  const { t, i18n } = useTranslation();
  const roles = REQUESTABLE[useSession().viewer.role] ?? [];
  const empty = { role: roles[0], displayName: '', email: '', scope: null as string | null };
  const [values, setValues] = useState(empty);
  const [tried, setTried] = useState(false);
  const [{ fetching, error }, create] = useMutation(CreateStaffAccountMutation);
  const team = inRegion(values.role);
  // A mobility team asks only for its own region: that one choice is made for them.
  const scope = values.scope ?? (team && regions.length === 1 ? regions[0].code : null);
  const missing = (value: string | null) => (tried && !value?.trim() ? t('admin.staff.required') : undefined);

  const submit = async () => {
    setTried(true);
    if (!values.displayName.trim() || !values.email.trim() || !scope) return;
    const result = await create({
      input: {
        role: values.role,
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        ...(team ? { regionCode: scope } : { employerId: scope }),
      },
    });
    if (result.error) return;
    onRequested(values.displayName.trim());
    setValues(empty);
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
          data={roles.map((role) => ({ value: role, label: t(`admin.staff.roles.${role}`) }))}
        />
        <Select
          label={team ? t('admin.staff.region') : t('admin.staff.employer')}
          searchable
          required
          value={scope}
          onChange={(chosen) => setValues({ ...values, scope: chosen })}
          data={
            team
              ? regions.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))
              : employers.map((e) => ({ value: e.id, label: e.name }))
          }
          error={missing(scope)}
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
