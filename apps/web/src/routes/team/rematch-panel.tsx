import { Alert, Button, Card, Progress, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePolling } from '@web/components/use-polling';
import { useFormat } from '@web/format/use-format';
import type { RematchRunPartsFragment } from '@web/graphql/generated/graphql';
import { LatestRematchRunQuery, StartRegionRematchMutation } from './region.graphql';

const POLL_MS = 1500;
const running = (run: RematchRunPartsFragment | null | undefined) =>
  !!run && (run.status === 'QUEUED' || run.status === 'SCORING' || run.status === 'FINISHING');

/**
 * Start a rematch of the whole region and follow it until every list is stored. The latest run comes with the
 * page's own query; this panel asks again only while a run is going.
 */
export function RematchPanel({ latest }: { latest: RematchRunPartsFragment | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error }, refresh] = useQuery({ query: LatestRematchRunQuery, pause: true });
  const [started, start] = useMutation(StartRegionRematchMutation);
  const run = data ? data.latestRematchRun : (started.data?.startRegionRematch ?? latest);
  const busy = running(run);

  const ask = useCallback(() => refresh({ requestPolicy: 'network-only' }), [refresh]);
  usePolling(busy, ask, { everyMs: POLL_MS, giveUpAfterMs: 10 * 60_000 });

  return (
    <Card withBorder component="section" aria-labelledby="rematch-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id="rematch-title">
          {t('team.rematch.title')}
        </Title>
        <Text size="sm">{t('team.rematch.intro')}</Text>
        {(error || started.error) && (
          <Alert color="red" role="alert">
            {t('errors.generic')}
          </Alert>
        )}
        <div role="status" style={{ width: '100%' }}>
          {run ? (
            <Stack gap={4}>
              <Text fw={600}>
                {t('team.rematch.status', { status: t(`team.rematch.statuses.${run.status}`) })}
              </Text>
              <Text size="sm">
                {run.finishedAt
                  ? t('team.rematch.finishedAt', { date: format.dateTime(run.finishedAt) })
                  : t('team.rematch.requestedAt', { date: format.dateTime(run.requestedAt) })}
              </Text>
              <Text size="sm">
                {t('team.rematch.figures', {
                  candidates: format.number(run.candidates),
                  vacancies: format.number(run.vacancies),
                  pairs: format.number(run.pairsScored),
                })}
              </Text>
              {run.status === 'FAILED' && <Text c="red.9">{t('team.rematch.failed')}</Text>}
            </Stack>
          ) : (
            <Text size="sm">{t('team.rematch.never')}</Text>
          )}
        </div>
        {run && (
          <Progress
            w="100%"
            value={Math.round(run.progress * 100)}
            animated={busy}
            aria-label={t('team.rematch.progress')}
          />
        )}
        <Button
          loading={started.fetching}
          disabled={busy}
          onClick={() => void start({}).then(() => refresh({ requestPolicy: 'network-only' }))}
        >
          {t('team.rematch.start')}
        </Button>
      </Stack>
    </Card>
  );
}
