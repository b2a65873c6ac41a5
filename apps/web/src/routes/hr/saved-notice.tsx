import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { SavedState } from './hr-paths';

/** "Saved" after the form that led here; a status, so screen readers announce it without moving focus. */
export function SavedNotice() {
  const { t } = useTranslation();
  const saved = (useLocation().state as SavedState | null)?.saved;
  if (!saved) return null;
  return (
    <Alert color="green" role="status" mb="md">
      {saved === 'created' ? t('hr.form.created') : t('hr.form.updated')}
    </Alert>
  );
}
