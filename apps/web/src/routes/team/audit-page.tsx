import { useTranslation } from 'react-i18next';
import { AuditTrailTable } from '@web/components/audit-trail';
import { PageHeading } from '@web/components/page-heading';

export function TeamAuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('team.audit.title')} intro={t('team.audit.intro')} />
      <AuditTrailTable />
    </>
  );
}
