import { Alert, Badge, Button, Group, SegmentedControl, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { useFormat } from '@web/format/use-format';
import { actionMessage } from '@web/graphql/errors';
import { useSession } from '@web/session/viewer-context';
import { ComparisonPanel } from './comparison-panel';
import { DraftEditor } from './draft-editor';
import { GuideSections } from './guide-sections';
import { MobilityPlanQuery, StartMobilityPlanVersionMutation } from './mobility-plans.graphql';
import { PathCards } from './path-cards';
import { PathChoice } from './path-choice';
import { PlanChoices } from './plan-choices';
import { PlanQuestions } from './plan-questions';
import { ProportionalityPanel } from './proportionality-panel';
import { usePlanText } from './use-plan-text';

/**
 * One plan. Employees read the published version: compare its paths on their own figures, read each path and the
 * information guide. Its authors also write the draft, try it out on figures and check its balance before
 * publishing.
 */
export function MobilityPlanPage() {
  const { t } = useTranslation();
  const { pick } = usePlanText();
  const format = useFormat();
  const planId = useParams().planId!;
  const role = useSession().viewer.role;
  // A notification about a question opens the plan at its questions (`?tab=questions`).
  const [searchParams] = useSearchParams();
  const openTab = searchParams.get('tab') === 'questions' ? 'questions' : 'compare';
  const [{ data, error, fetching }] = useQuery({ query: MobilityPlanQuery, variables: { id: planId } });
  const plan = data?.mobilityPlan;
  const [shown, setShown] = useState<'published' | 'draft' | null>(null);
  const showing = shown ?? (plan?.published ? 'published' : 'draft');
  const version = plan
    ? showing === 'draft'
      ? (plan.draft ?? plan.published)
      : (plan.published ?? plan.draft)
    : null;

  if (fetching && !plan) return <QueryLoading />;
  if (error && !plan) return <QueryError error={error} />;
  if (!plan || !version) return null;
  return (
    <>
      <PageHeading title={pick(version.title)} intro={plan.employerName} />
      <Group gap="sm" mb="md">
        <Badge color={version.status === 'PUBLISHED' ? 'teal.9' : 'gray.8'} variant="filled">
          {t(
            version.status === 'PUBLISHED'
              ? 'mobilityPlan.page.publishedBadge'
              : 'mobilityPlan.page.draftBadge',
          )}
        </Badge>
        <Text size="sm">
          {t('mobilityPlan.page.version', { number: version.number })}
          {version.publishedAt &&
            ` · ${t('mobilityPlan.page.publishedOn', { date: format.date(version.publishedAt) })}`}
        </Text>
        <Text size="sm">
          {t('mobilityPlan.page.deadline', { date: format.date(version.choiceDeadline) })}
        </Text>
        <Text size="sm">
          {t('mobilityPlan.page.employmentEnd', { date: format.date(version.employmentEndDate) })}
        </Text>
      </Group>
      {plan.canEdit && plan.published && plan.draft && (
        <SegmentedControl
          mb="md"
          aria-label={t('mobilityPlan.page.showVersion')}
          value={showing}
          onChange={(value) => setShown(value)}
          data={[
            { value: 'published', label: t('mobilityPlan.page.showPublished') },
            { value: 'draft', label: t('mobilityPlan.page.showDraft') },
          ]}
        />
      )}
      {plan.canEdit && !plan.published && <Alert mb="md">{t('mobilityPlan.page.notPublished')}</Alert>}
      <Tabs defaultValue={plan.published ? openTab : 'compare'} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="compare">{t('mobilityPlan.page.tabs.compare')}</Tabs.Tab>
          <Tabs.Tab value="paths">{t('mobilityPlan.page.tabs.paths')}</Tabs.Tab>
          <Tabs.Tab value="guide">{t('mobilityPlan.page.tabs.guide')}</Tabs.Tab>
          {plan.published && <Tabs.Tab value="questions">{t('mobilityPlan.page.tabs.questions')}</Tabs.Tab>}
          {!plan.canEdit && <Tabs.Tab value="choose">{t('mobilityPlan.page.tabs.choose')}</Tabs.Tab>}
          {plan.canEdit && plan.published && (
            <Tabs.Tab value="choices">{t('mobilityPlan.page.tabs.choices')}</Tabs.Tab>
          )}
          {plan.canEdit && <Tabs.Tab value="edit">{t('mobilityPlan.page.tabs.edit')}</Tabs.Tab>}
          {plan.canEdit && (
            <Tabs.Tab value="proportionality">{t('mobilityPlan.page.tabs.proportionality')}</Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="compare">
          {/* A new version, or a saved draft, starts a new comparison: no result shown under other paths' names. */}
          <ComparisonPanel
            key={`${version.id}:${version.updatedAt}`}
            version={version}
            ownFigures={role === 'JOB_SEEKER'}
            kept={data?.myMobilityFigures ?? null}
          />
        </Tabs.Panel>
        <Tabs.Panel value="paths">
          <PathCards version={version} />
        </Tabs.Panel>
        <Tabs.Panel value="guide">
          <GuideSections version={version} />
        </Tabs.Panel>
        {plan.published && (
          <Tabs.Panel value="questions">
            <PlanQuestions planId={plan.id} author={plan.canEdit} />
          </Tabs.Panel>
        )}
        {!plan.canEdit && (
          <Tabs.Panel value="choose">
            <PathChoice planId={plan.id} version={version} />
          </Tabs.Panel>
        )}
        {plan.canEdit && plan.published && (
          <Tabs.Panel value="choices">
            <PlanChoices planId={plan.id} version={plan.published} />
          </Tabs.Panel>
        )}
        {plan.canEdit && (
          // Kept mounted: trying the draft on figures in another tab must not throw away unsaved edits.
          <Tabs.Panel value="edit" keepMounted>
            {plan.draft ? (
              <DraftEditor
                key={plan.draft.id}
                planId={plan.id}
                draft={plan.draft}
                onPublished={() => setShown(null)}
              />
            ) : (
              <NewVersion planId={plan.id} />
            )}
          </Tabs.Panel>
        )}
        {plan.canEdit && (
          <Tabs.Panel value="proportionality">
            <ProportionalityPanel version={version} />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}

function NewVersion({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const [starting, start] = useMutation(StartMobilityPlanVersionMutation);
  return (
    <>
      <Text mb="md">{t('mobilityPlan.edit.noDraft')}</Text>
      {starting.error && (
        <Alert color="red" role="alert" mb="md">
          {actionMessage(starting.error, i18n.language, t)}
        </Alert>
      )}
      <Button onClick={() => void start({ planId })} loading={starting.fetching}>
        {t('mobilityPlan.edit.newVersion')}
      </Button>
    </>
  );
}
