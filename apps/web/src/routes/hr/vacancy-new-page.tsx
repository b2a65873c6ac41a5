import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { PATHS } from '@web/navigation';
import { BackLink } from './back-link';
import { HR_PATHS, type SavedState } from './hr-paths';
import { VacancyForm } from './vacancy-form';
import { createVacancyInput, emptyVacancy } from './vacancy-form-values';
import { CreateVacancyMutation } from './vacancy.graphql';

export function VacancyNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [, create] = useMutation(CreateVacancyMutation);
  return (
    <>
      <BackLink to={PATHS.vacancies}>{t('vacancyMatches.back')}</BackLink>
      <PageHeading title={t('hr.vacancy.newTitle')} intro={t('hr.vacancy.newIntro')} />
      <VacancyForm
        initial={emptyVacancy()}
        submitLabel={t('hr.vacancy.create')}
        cancelTo={PATHS.vacancies}
        onSubmit={async (values, confirm) => {
          const result = await create({ input: createVacancyInput(values, confirm) });
          const created = result.data?.createVacancy;
          if (created)
            void navigate(HR_PATHS.vacancyEdit(created.id), {
              state: { saved: 'created' } satisfies SavedState,
            });
          return result.error;
        }}
      />
    </>
  );
}
