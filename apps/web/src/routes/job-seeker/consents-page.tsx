import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import { ConsentRecordCard, type ConsentStatementItem } from './consent-record-card';
import { ConsentSwitches } from './consent-switches';
import { MyConsentsPageQuery, RevokeConsentStatementMutation } from './consents.graphql';
import { useLabels } from './use-labels';

/** "Mijn toestemmingen": the e-mail and target-group switches, and the register of every consent given. */
export function ConsentsPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: MyConsentsPageQuery });
  const statementsById = new Map(data?.myConsentStatements.map((s) => [s.id, s]));
  const covered = new Set(data?.myConsents.map((r) => r.statementId));
  const otherStatements = data?.myConsentStatements.filter((s) => !covered.has(s.id)) ?? [];

  return (
    <>
      <PageHeading title={t('jobSeeker.consents.title')} intro={t('jobSeeker.consents.intro')} />
      {fetching && !data && <QueryLoading />}
      {error && !data && <QueryError error={error} />}
      {data && (
        <Stack gap="lg">
          <ConsentSwitches
            candidateId={data.myCandidateProfile.id}
            emailOn={data.myCandidateProfile.emailNotifications ?? false}
            targetGroupShared={data.myCandidateProfile.targetGroupShared ?? false}
          />
          <Stack gap="sm" component="section" aria-labelledby="consent-register">
            <Title order={2} size="h4" id="consent-register">
              {t('jobSeeker.consents.register')}
            </Title>
            {data.myConsents.length === 0 && <Text>{t('jobSeeker.consents.empty')}</Text>}
            {data.myConsents.map((record) => (
              <ConsentRecordCard
                key={record.id}
                record={record}
                statement={record.statementId ? statementsById.get(record.statementId) : undefined}
              />
            ))}
          </Stack>
          {otherStatements.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="consent-statements">
              <Title order={2} size="h4" id="consent-statements">
                {t('jobSeeker.consents.otherStatements')}
              </Title>
              {otherStatements.map((statement) => (
                <StatementCard key={statement.id} statement={statement} />
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </>
  );
}

/** A statement an HR lead recorded that no consent record points to (recorded before the register). */
function StatementCard({ statement }: { statement: ConsentStatementItem }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { pick } = useLabels();
  const [{ fetching, error }, revoke] = useMutation(RevokeConsentStatementMutation);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>
            {t('jobSeeker.consents.statement', {
              name: statement.givenToName,
              method: t(`jobSeeker.enums.consentMethod.${statement.method}`),
              date: format.date(statement.givenOn),
            })}
          </Text>
          <Badge color={statement.inForce ? 'teal.9' : 'gray.7'} variant="filled">
            {statement.inForce ? t('jobSeeker.consents.inForce') : t('jobSeeker.consents.notInForce')}
          </Badge>
        </Group>
        <Text size="sm">{pick({ nl: statement.textNl, en: statement.textEn })}</Text>
        {statement.revokedAt && (
          <Text size="sm">
            {t('jobSeeker.consents.revoked', { date: format.dateTime(statement.revokedAt) })}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {actionMessage(error, i18n.language, t)}
          </Alert>
        )}
        {statement.inForce && (
          <Group justify="flex-end">
            <Button
              variant="outline"
              color="red.9"
              loading={fetching}
              onClick={() => void revoke({ id: statement.id })}
            >
              {t('jobSeeker.consents.revoke')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
