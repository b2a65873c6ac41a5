import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@web/components/page-heading';
import { useSession } from '@web/session/viewer-context';

/** Mobility teams and administrators, whose screens come in a later slice. */
export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  return (
    <>
      <PageHeading title={t('home.title', { name: viewer.displayName })} intro={t('home.intro')} />
      <Text>{t('home.comingSoon')}</Text>
    </>
  );
}
