import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '@web/components/page-heading';
import { PATHS } from '@web/navigation';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('errors.notFound')} />
      <Alert color="gray">
        <Anchor component={Link} to={PATHS.home}>
          {t('errors.backHome')}
        </Anchor>
      </Alert>
    </>
  );
}
