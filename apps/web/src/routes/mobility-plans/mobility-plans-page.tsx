import { Alert, Anchor, Badge, Button, Card, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import { useSession } from '@web/session/viewer-context';
import { type MobilityPlanRole, mobilityPlanPath } from './mobility-plan-paths';
import { CreateMobilityPlanMutation, MobilityPlansQuery, PlanEmployersQuery } from './mobility-plans.graphql';
import { planTemplate } from './plan-draft';
import { usePlanText } from './use-plan-text';

/** The plans the viewer may see; HR leads and the mobility team start a new one here. */
export function MobilityPlansPage() {
  const { t } = useTranslation();
  const { pick } = usePlanText();
  const format = useFormat();
  const role = useSession().viewer.role as MobilityPlanRole;
  const jobSeeker = role === 'JOB_SEEKER';
  const [{ data, error, fetching }] = useQuery({ query: MobilityPlansQuery });
  const plans = data?.mobilityPlans;
  return (
    <>
      <PageHeading
        title={t(jobSeeker ? 'mobilityPlan.list.titleJobSeeker' : 'mobilityPlan.list.title')}
        intro={t(jobSeeker ? 'mobilityPlan.list.introJobSeeker' : 'mobilityPlan.list.intro')}
      />
      {!jobSeeker && <NewPlanCard team={role === 'MOBILITY_TEAM'} />}
      {fetching && !plans && <QueryLoading />}
      {error && !plans && <QueryError error={error} />}
      {plans && plans.length === 0 && (
        <Text>{t(jobSeeker ? 'mobilityPlan.list.emptyJobSeeker' : 'mobilityPlan.list.empty')}</Text>
      )}
      {plans && plans.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>{t('mobilityPlan.list.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('mobilityPlan.list.plan')}</Table.Th>
                {!jobSeeker && <Table.Th scope="col">{t('mobilityPlan.list.employer')}</Table.Th>}
                <Table.Th scope="col">{t('mobilityPlan.list.status')}</Table.Th>
                <Table.Th scope="col">{t('mobilityPlan.list.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((plan) => {
                const version = plan.published ?? plan.draft;
                return (
                  <Table.Tr key={plan.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={mobilityPlanPath(role, plan.id)}>
                        {version ? pick(version.title) : plan.id}
                      </Anchor>
                    </Table.Th>
                    {!jobSeeker && <Table.Td>{plan.employerName}</Table.Td>}
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        {plan.published && (
                          <Badge color="teal.9" variant="filled">
                            {t('mobilityPlan.list.publishedVersion', { number: plan.published.number })}
                          </Badge>
                        )}
                        {plan.draft && (
                          <Badge color="gray.8" variant="outline">
                            {t('mobilityPlan.list.draftVersion', { number: plan.draft.number })}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>{plan.published ? format.date(plan.published.choiceDeadline) : ''}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

/** A new plan starts as a draft with the four common paths; the team chooses the employer it is for. */
function NewPlanCard({ team }: { team: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const role = useSession().viewer.role as MobilityPlanRole;
  const [{ data }] = useQuery({ query: PlanEmployersQuery, pause: !team });
  const [employerId, setEmployerId] = useState('');
  const [creating, create] = useMutation(CreateMobilityPlanMutation);
  const submit = async () => {
    const result = await create({ employerId: team ? employerId || null : null, input: planTemplate() });
    if (result.data) void navigate(mobilityPlanPath(role, result.data.createMobilityPlan.id));
  };
  return (
    <Card withBorder mb="lg" component="section" aria-label={t('mobilityPlan.list.newPlan')}>
      <Stack gap="sm">
        <Text fw={600}>{t('mobilityPlan.list.newPlan')}</Text>
        <Text size="sm">{t('mobilityPlan.list.newPlanHelp')}</Text>
        {team && (
          <NativeSelect
            label={t('mobilityPlan.list.chooseEmployer')}
            value={employerId}
            onChange={(event) => setEmployerId(event.currentTarget.value)}
            data={[
              { value: '', label: t('mobilityPlan.list.chooseNone') },
              ...(data?.employers.nodes ?? []).map((e) => ({ value: e.id, label: e.name })),
            ]}
          />
        )}
        {creating.error && (
          <Alert color="red" role="alert">
            {actionMessage(creating.error, i18n.language, t)}
          </Alert>
        )}
        <div>
          <Button onClick={() => void submit()} loading={creating.fetching} disabled={team && !employerId}>
            {t('mobilityPlan.list.create')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
