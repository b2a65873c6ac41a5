import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  TrajectoryDetailPartsFragment as Trajectory,
  TrajectoryReportKind,
  TrajectoryReportPartsFragment as Report,
} from '@web/graphql/generated/graphql';
import { GenerateReportMutation } from './trajectory.graphql';
import { RefusalAlert } from '@web/components/refusal-alert';

/** The trajectory's report versions with who opened them; the counsellor makes new ones. */
export function TrajectoryReports({
  trajectory,
  reports,
  onChanged,
}: {
  trajectory: Trajectory;
  reports: Report[];
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [making, make] = useMutation(GenerateReportMutation);
  const kinds: { kind: TrajectoryReportKind; possible: boolean }[] = [
    { kind: 'INTAKE', possible: trajectory.advice !== null && trajectory.advice !== undefined },
    { kind: 'INTERIM', possible: true },
    { kind: 'FINAL', possible: trajectory.status === 'CLOSED' },
  ];
  const generate = async (kind: TrajectoryReportKind) => {
    const result = await make({ trajectoryId: trajectory.id, kind });
    if (result.data) onChanged();
  };
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-reports">
      <Stack gap="sm">
        <Title order={2} id="trajectory-reports">
          {t('trajectory.reports.title')}
        </Title>
        <Text size="sm">{t('trajectory.reports.intro')}</Text>
        {reports.length === 0 && <Text size="sm">{t('trajectory.reports.empty')}</Text>}
        <List spacing="xs" listStyleType="none" ml={0} pl={0}>
          {reports.map((report) => {
            const kind = t(`trajectory.reports.kinds.${report.kind}`);
            const names = report.receipts.map((r) => r.displayName ?? '—').join(', ');
            return (
              <List.Item key={report.id}>
                <Group gap="xs" wrap="wrap">
                  <Text size="sm">
                    {t('trajectory.reports.line', {
                      kind,
                      version: report.version,
                      name: report.generatedBy.displayName ?? '—',
                      date: format.dateTime(report.generatedAt),
                    })}
                  </Text>
                  {[
                    { href: report.url, label: 'open', text: 'openShort' } as const,
                    { href: report.pdfUrl, label: 'openPdf', text: 'pdfShort' } as const,
                  ].map((link) => (
                    <Anchor
                      key={link.href}
                      href={link.href}
                      target="_blank"
                      rel="noopener"
                      size="sm"
                      aria-label={t(`trajectory.reports.${link.label}`, { kind, version: report.version })}
                    >
                      {t(`trajectory.reports.${link.text}`)}
                    </Anchor>
                  ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('trajectory.reports.receipts', { count: report.receipts.length, names })}
                </Text>
              </List.Item>
            );
          })}
        </List>
        {trajectory.viewerMay.guide && (
          <Group>
            {kinds
              .filter((k) => k.possible)
              .map(({ kind }) => (
                <Button
                  key={kind}
                  variant="default"
                  loading={making.fetching}
                  onClick={() => void generate(kind)}
                >
                  {t('trajectory.reports.make', { kind: t(`trajectory.reports.kinds.${kind}`) })}
                </Button>
              ))}
          </Group>
        )}
        {making.error && <RefusalAlert error={making.error} />}
      </Stack>
    </Card>
  );
}
