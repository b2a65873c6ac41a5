import { Accordion, Alert, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type { MyConsentsPageQuery } from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';
import { WithdrawConsentMutation } from './consents.graphql';
import { useLabels } from './use-labels';

type Page = MyConsentsPageQuery;
export type ConsentRecordItem = Page['myConsents'][number];
export type ConsentStatementItem = Page['myConsentStatements'][number];

/** One consent: what, towards whom, given when and by whom, the text shown, and whether it still holds. */
export function ConsentRecordCard({
  record,
  statement,
}: {
  record: ConsentRecordItem;
  statement: ConsentStatementItem | undefined;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { pick, who } = useLabels();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, withdraw] = useMutation(WithdrawConsentMutation);
  const titleId = `consent-${record.id}`;
  const kind = t(`jobSeeker.enums.consentKind.${record.kind}`);

  const confirm = async () => {
    const result = await withdraw({ id: record.id });
    if (!result.error) setConfirming(false);
  };

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" id={titleId}>
            {kind}
          </Title>
          <Badge color={record.inForce ? 'teal.9' : 'gray.7'} variant="filled">
            {record.inForce ? t('jobSeeker.consents.inForce') : t('jobSeeker.consents.notInForce')}
          </Badge>
        </Group>
        <Fact label={t('jobSeeker.consents.towards')}>{towards(record, t)}</Fact>
        <Fact label={t('jobSeeker.consents.given')}>
          {t('jobSeeker.consents.givenOn', {
            date: format.dateTime(record.givenAt),
            who: who(record.givenByRole),
          })}
        </Fact>
        {statement && (
          <Text size="sm">
            {t('jobSeeker.consents.statement', {
              name: statement.givenToName,
              method: t(`jobSeeker.enums.consentMethod.${statement.method}`),
              date: format.date(statement.givenOn),
            })}
          </Text>
        )}
        {record.withdrawnAt && (
          <Fact label={t('jobSeeker.consents.ended')}>
            {t('jobSeeker.consents.endedOn', {
              date: format.dateTime(record.withdrawnAt),
              why: record.withdrawalReason
                ? t(`jobSeeker.enums.consentEnd.${record.withdrawalReason}`, {
                    who: who(record.withdrawnByRole ?? 'JOB_SEEKER'),
                  })
                : '',
            })}
          </Fact>
        )}
        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="text">
            <Accordion.Control>{t('jobSeeker.consents.text')}</Accordion.Control>
            <Accordion.Panel>
              {record.textNl ? (
                <Stack gap={4}>
                  <Text size="sm">{pick({ nl: record.textNl, en: record.textEn ?? record.textNl })}</Text>
                  {record.textVersion && (
                    <Text size="xs" c="dimmed">
                      {t('jobSeeker.consents.textVersion', { version: record.textVersion })}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Text size="sm">{t('jobSeeker.consents.noText')}</Text>
              )}
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        {record.inForce && (
          <Group justify="flex-end">
            <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
              {t('jobSeeker.consents.withdraw')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('jobSeeker.consents.withdrawTitle')}
        withinPortal={false}
        closeButtonProps={{ 'aria-label': t('jobSeeker.consents.cancel') }}
      >
        <Stack>
          <Text fw={600}>{kind}</Text>
          <Text>{t(`jobSeeker.consents.consequences.${record.kind}`)}</Text>
          {error && (
            <Alert color="red" role="alert">
              {actionMessage(error, i18n.language, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('jobSeeker.consents.cancel')}
            </Button>
            <Button color="red.9" loading={fetching} onClick={() => void confirm()}>
              {t('jobSeeker.consents.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function towards(record: ConsentRecordItem, t: TFunction): string {
  if (record.employers.length > 0) return record.employers.map((e) => e.name).join(', ');
  switch (record.kind) {
    case 'SHARE_WITH_REGION':
      return t('jobSeeker.consents.towardsRegion');
    case 'SHARE_TARGET_GROUP':
      return t('jobSeeker.consents.towardsEmployersWhoSee');
    default:
      return t('jobSeeker.consents.towardsWerkbrug');
  }
}

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <Text size="sm">
      <Text span fw={600} size="sm">
        {label}:
      </Text>{' '}
      {children}
    </Text>
  );
}
