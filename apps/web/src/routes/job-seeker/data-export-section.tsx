import { Alert, Anchor, Button, List, Loader, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { DataExportPartsFragment } from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';
import { RequestMyDataExportMutation } from './my-data.graphql';
import { SectionCard } from './section-card';

export const isBuilding = (e: DataExportPartsFragment) => !e.readyAt && !e.failed;

type Format = 'json' | 'html';

/**
 * The two links exist only in the answer to the request (the server keeps their hash), so they live in this
 * component's state: shown now, once, and gone after a reload.
 */
export function DataExportSection({ exports }: { exports: DataExportPartsFragment[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [{ fetching, error }, request] = useMutation(RequestMyDataExportMutation);
  const [links, setLinks] = useState<{ id: string; json: string; html: string } | null>(null);
  const [used, setUsed] = useState<Record<Format, boolean>>({ json: false, html: false });
  const current = links && exports.find((e) => e.id === links.id);
  const canAskAgain = !current || current.failed || (used.json && used.html);

  const ask = async () => {
    const result = await request({});
    const answer = result.data?.requestMyDataExport;
    if (!answer) return;
    setLinks({ id: answer.export.id, json: answer.jsonPath, html: answer.htmlPath });
    setUsed({ json: false, html: false });
  };

  return (
    <SectionCard title={t('jobSeeker.myData.export.title')} intro={t('jobSeeker.myData.export.intro')}>
      {error && (
        <Alert color="red" role="alert">
          {actionMessage(error, i18n.language, t)}
        </Alert>
      )}
      {links && current ? (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text fw={600} component="h3">
              {t('jobSeeker.myData.export.linksTitle')}
            </Text>
            <Text size="sm">
              {t('jobSeeker.myData.export.linksOnce', { date: format.dateTime(current.expiresAt) })}
            </Text>
            {isBuilding(current) ? (
              <Text size="sm" role="status">
                <Loader size="xs" mr="xs" />
                {t('jobSeeker.myData.export.preparing')}
              </Text>
            ) : (
              <Text size="sm" role="status">
                {current.failed
                  ? t('jobSeeker.myData.export.stateFailed')
                  : t('jobSeeker.myData.export.ready')}
              </Text>
            )}
            {current.readyAt &&
              (['json', 'html'] as const).map((kind) =>
                used[kind] ? null : (
                  <Anchor
                    key={kind}
                    href={links[kind]}
                    onClick={() => setUsed((u) => ({ ...u, [kind]: true }))}
                  >
                    {t(`jobSeeker.myData.export.${kind}`)}
                  </Anchor>
                ),
              )}
          </Stack>
        </Paper>
      ) : null}
      {canAskAgain && (
        <Button onClick={() => void ask()} loading={fetching} style={{ alignSelf: 'flex-start' }}>
          {t('jobSeeker.myData.export.request')}
        </Button>
      )}
      {exports.length > 0 && (
        <>
          <Text fw={600} size="sm" component="h3">
            {t('jobSeeker.myData.export.history')}
          </Text>
          <List size="sm" spacing={4}>
            {exports.map((e) => (
              <List.Item key={e.id}>
                {t('jobSeeker.myData.export.requestedAt', { date: format.dateTime(e.requestedAt) })}
                {' · '}
                {exportState(e, format.dateTime, t)}
                {e.jsonDownloadedAt &&
                  ` · ${t('jobSeeker.myData.export.jsonDownloaded', { date: format.dateTime(e.jsonDownloadedAt) })}`}
                {e.htmlDownloadedAt &&
                  ` · ${t('jobSeeker.myData.export.htmlDownloaded', { date: format.dateTime(e.htmlDownloadedAt) })}`}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </SectionCard>
  );
}

function exportState(e: DataExportPartsFragment, dateTime: (value: string) => string, t: TFunction): string {
  if (e.failed) return t('jobSeeker.myData.export.stateFailed');
  if (!e.readyAt) return t('jobSeeker.myData.export.statePreparing');
  if (Date.parse(e.expiresAt) < Date.now())
    return t('jobSeeker.myData.export.stateExpired', { date: dateTime(e.expiresAt) });
  return t('jobSeeker.myData.export.stateReady', { date: dateTime(e.expiresAt) });
}
