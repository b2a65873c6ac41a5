import { useTranslation } from 'react-i18next';
import { AuditTrailTable } from '@web/components/audit-trail';
import { PageHeading } from '@web/components/page-heading';

export function AdminAuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('admin.audit.title')} intro={t('admin.audit.intro')} />
      <AuditTrailTable />
    </>
  );
}
