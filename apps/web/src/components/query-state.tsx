import { Alert, Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** A spinner that screen readers announce as "loading". */
export function QueryLoading({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" mih={fullPage ? '100vh' : undefined} role="status">
      <Loader />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}

/** Faults are never shown as they come: the network, or a generic message. */
export function QueryError({ error }: { error: CombinedError }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert">
      {error.networkError ? t('errors.network') : t('errors.generic')}
    </Alert>
  );
}
