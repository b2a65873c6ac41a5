import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanVersionPartsFragment } from '@web/graphql/generated/graphql';
import { usePlanText } from './use-plan-text';

/** The plan's information guide in plain language, printable as it stands (the menu and tabs are not printed). */
export function GuideSections({ version }: { version: PlanVersionPartsFragment }) {
  const { t } = useTranslation();
  const { pick } = usePlanText();
  if (version.guide.length === 0) return <Text>{t('mobilityPlan.guide.empty')}</Text>;
  return (
    <Stack gap="md">
      <div className="no-print">
        <Button variant="outline" onClick={() => window.print()}>
          {t('mobilityPlan.page.print')}
        </Button>
      </div>
      {version.guide.map((section, i) => (
        <section key={i}>
          <Title order={2} size="h4" mb={4}>
            {pick(section.title)}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{pick(section.body)}</Text>
        </section>
      ))}
    </Stack>
  );
}
