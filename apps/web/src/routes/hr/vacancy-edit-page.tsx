import { Alert, Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { errorCode } from '@web/graphql/errors';
import type { VacancyPartsFragment, VacancyStatus } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { PATHS } from '@web/navigation';
import { NotFoundPage } from '@web/routes/home/not-found-page';
import { BackLink } from './back-link';
import { actionMessage } from './form-problem';
import { HR_PATHS, type SavedState } from './hr-paths';
import { SavedNotice } from './saved-notice';
import { VacancyForm } from './vacancy-form';
import { updateVacancyInput, vacancyValues } from './vacancy-form-values';
import { ChangeVacancyStatusMutation, UpdateVacancyMutation, VacancyQuery } from './vacancy.graphql';

/** The gateway's transitions (libs/vacancies vacancy-access.ts), to offer only what it accepts. */
const NEXT: Record<VacancyStatus, VacancyStatus[]> = {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['FILLED', 'CLOSED'],
  FILLED: ['OPEN', 'CLOSED'],
  CLOSED: ['DRAFT'],
};

export function VacancyEditPage() {
  const { t } = useTranslation();
  const id = useParams().vacancyId ?? '';
  const [{ data, error, fetching }] = useQuery({ query: VacancyQuery, variables: { id } });
  if (['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(errorCode(error) ?? '')) return <NotFoundPage />;
  const vacancy = data?.vacancy;
  return (
    <>
      <BackLink to={PATHS.vacancies}>{t('vacancyMatches.back')}</BackLink>
      {fetching && !vacancy && <QueryLoading />}
      {error && !vacancy && <QueryError error={error} />}
      {vacancy && <LoadedVacancy key={vacancy.id} vacancy={vacancy} />}
    </>
  );
}

/**
 * The form saves against the version it was opened with, so someone else's change in between is refused, not
 * overwritten; this page's own saves and status changes move that version on.
 */
function LoadedVacancy({ vacancy }: { vacancy: VacancyPartsFragment }) {
  const [version, setVersion] = useState(vacancy.version);
  return (
    <>
      <PageHeading title={vacancy.title} />
      <SavedNotice />
      <VacancyStatusActions vacancy={vacancy} onChanged={setVersion} />
      <EditVacancy vacancy={vacancy} version={version} onSaved={setVersion} />
    </>
  );
}

interface ChangeProps {
  vacancy: VacancyPartsFragment;
  onChanged(version: number): void;
}

function VacancyStatusActions({ vacancy, onChanged }: ChangeProps) {
  const { t, i18n } = useTranslation();
  const [{ fetching, error, operation }, change] = useMutation(ChangeVacancyStatusMutation);
  const changeTo = async (status: VacancyStatus) => {
    const result = await change({ id: vacancy.id, status });
    if (result.data) onChanged(result.data.changeVacancyStatus.version);
  };
  return (
    <Stack gap="sm" mb="lg">
      <Group gap="sm">
        <Badge variant="light" size="lg">
          {t(`enums.vacancyStatus.${vacancy.status}`)}
        </Badge>
        {NEXT[vacancy.status].map((next) => (
          <Button
            key={next}
            variant={next === 'OPEN' ? 'filled' : 'outline'}
            loading={fetching && operation?.variables.status === next}
            onClick={() => void changeTo(next)}
          >
            {t(`hr.vacancy.statusAction.${next}`)}
          </Button>
        ))}
        <Anchor component={Link} to={PATHS.vacancyMatches(vacancy.id)}>
          {t('vacancies.showMatches', { title: vacancy.title })}
        </Anchor>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {actionMessage(error, t, i18n.language)}
        </Alert>
      )}
    </Stack>
  );
}

interface EditProps {
  vacancy: VacancyPartsFragment;
  version: number;
  onSaved(version: number): void;
}

function EditVacancy({ vacancy, version, onSaved }: EditProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [, update] = useMutation(UpdateVacancyMutation);
  const [initial] = useState(() => vacancyValues(vacancy, currentLanguage(i18n.language)));
  return (
    <VacancyForm
      initial={initial}
      submitLabel={t('hr.form.save')}
      cancelTo={PATHS.vacancies}
      onSubmit={async (values, confirm, overVersion) => {
        const input = updateVacancyInput(values, confirm, overVersion ?? version);
        const result = await update({ id: vacancy.id, input });
        if (result.data) onSaved(result.data.updateVacancy.version);
        if (result.data)
          void navigate(HR_PATHS.vacancyEdit(vacancy.id), {
            replace: true,
            state: { saved: 'updated' } satisfies SavedState,
          });
        return result.error;
      }}
    />
  );
}
