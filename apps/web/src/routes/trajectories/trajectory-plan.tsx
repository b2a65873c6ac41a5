import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { occupationLabel, OccupationPicker } from '@web/components/occupation-picker';
import type { PickedOption } from '@web/components/search-multi-select';
import { useFormat } from '@web/format/use-format';
import type {
  PlanActionOwner,
  TrajectoryDetailPartsFragment as Trajectory,
  TrajectoryModule,
} from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { enumOptions } from '@web/i18n/use-shared-text';
import {
  AddPlanActionMutation,
  CompletePlanActionMutation,
  SaveTrajectoryPlanMutation,
} from './trajectory.graphql';
import { TrajectoryForm } from './trajectory-form';
import { RefusalAlert } from '@web/components/refusal-alert';
import { regionToday, useTrajectoryText } from './use-trajectory-text';

type Plan = Trajectory['plan'];

/**
 * The trajectory plan: goals, search directions, modules and the agreed time, which the counsellor keeps; and the
 * actions, each ticked off by the counsellor or by the one it is for.
 */
export function TrajectoryPlan({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const mayEdit = trajectory.viewerMay.guide && trajectory.status === 'OPEN';
  const plan = trajectory.plan;
  return (
    <Card withBorder component="section" aria-labelledby="trajectory-plan">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="trajectory-plan">
            {t('trajectory.plan.title')}
          </Title>
          {plan.updatedOn && (
            <Text size="sm" c="dimmed">
              {t('trajectory.plan.updatedOn', { date: format.date(plan.updatedOn) })}
            </Text>
          )}
        </Group>
        {editing ? (
          <PlanForm trajectory={trajectory} onDone={() => setEditing(false)} />
        ) : (
          <>
            <PlanSummary plan={plan} />
            {mayEdit && (
              <Group>
                <Button variant="default" onClick={() => setEditing(true)}>
                  {t('trajectory.plan.edit')}
                </Button>
              </Group>
            )}
          </>
        )}
        <Title order={3} size="h4" mt="sm">
          {t('trajectory.plan.actions')}
        </Title>
        <PlanActions trajectory={trajectory} />
        {mayEdit && <ActionForm trajectory={trajectory} />}
      </Stack>
    </Card>
  );
}

function PlanSummary({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const empty = !plan.goals && plan.searchDirections.length === 0 && plan.modules.length === 0;
  if (empty && !plan.hoursPerWeek) return <Text size="sm">{t('trajectory.plan.empty')}</Text>;
  const rows: [string, ReactNode][] = [
    [t('trajectory.plan.goals'), plan.goals ?? '—'],
    [
      t('trajectory.plan.searchDirections'),
      plan.searchDirections.length === 0 ? (
        '—'
      ) : (
        <Group gap={6} component="span">
          {plan.searchDirections.map((d) => (
            <Badge key={d.occupationId} variant="light" tt="none">
              {occupationLabel(d, language)}
            </Badge>
          ))}
        </Group>
      ),
    ],
    [
      t('trajectory.plan.modules'),
      plan.modules.map((m) => t(`trajectory.plan.moduleNames.${m}`)).join('; ') || '—',
    ],
    [
      t('trajectory.plan.hoursPerWeek'),
      plan.hoursPerWeek ? t('trajectory.plan.hoursValue', { count: plan.hoursPerWeek }) : '—',
    ],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs">
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function PlanForm({ trajectory, onDone }: { trajectory: Trajectory; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const texts = useTrajectoryText();
  const language = currentLanguage(i18n.language);
  const plan = trajectory.plan;
  const [goals, setGoals] = useState(plan.goals ?? '');
  const [directions, setDirections] = useState<PickedOption[]>(
    plan.searchDirections.map((d) => ({ id: d.occupationId, label: occupationLabel(d, language) })),
  );
  const [modules, setModules] = useState<string[]>(plan.modules);
  const [hours, setHours] = useState<number | string>(plan.hoursPerWeek ?? '');
  const [saving, save] = useMutation(SaveTrajectoryPlanMutation);
  const submit = async (confirmPossibleNames = false) => {
    const result = await save({
      id: trajectory.id,
      input: {
        goals: goals.trim() || null,
        searchDirectionIds: directions.map((d) => d.id),
        modules: modules as TrajectoryModule[],
        hoursPerWeek: typeof hours === 'number' ? hours : null,
        confirmPossibleNames,
      },
    });
    if (result.data) onDone();
  };
  return (
    <TrajectoryForm
      onSubmit={submit}
      state={saving}
      submitLabel={t('trajectory.plan.save')}
      extra={
        <Button variant="default" onClick={onDone}>
          {t('trajectory.plan.cancel')}
        </Button>
      }
    >
      <Textarea
        label={t('trajectory.plan.goals')}
        description={t('trajectory.plan.goalsHelp')}
        autosize
        minRows={2}
        maxLength={2000}
        value={goals}
        onChange={(event) => setGoals(event.currentTarget.value)}
      />
      <OccupationPicker
        label={t('trajectory.plan.searchDirections')}
        description={t('trajectory.plan.searchDirectionsHelp')}
        value={directions}
        onChange={(value) => setDirections(value.slice(0, 10))}
      />
      <Checkbox.Group label={t('trajectory.plan.modules')} value={modules} onChange={setModules}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
          {enumOptions(texts.plan.moduleNames).map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <NumberInput
        label={t('trajectory.plan.hoursPerWeek')}
        min={1}
        max={40}
        allowDecimal={false}
        w={320}
        value={hours}
        onChange={setHours}
      />
    </TrajectoryForm>
  );
}

function PlanActions({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [completing, complete] = useMutation(CompletePlanActionMutation);
  const today = regionToday();
  const actions = trajectory.plan.actions;
  if (actions.length === 0) return <Text size="sm">{t('trajectory.plan.actionsEmpty')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>{t('trajectory.plan.actionsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('trajectory.plan.action')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.plan.owner')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.plan.dueOn')}</Table.Th>
              <Table.Th scope="col">{t('trajectory.plan.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {actions.map((action) => (
              <Table.Tr key={action.id}>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{action.description}</Table.Td>
                <Table.Td>{t(`trajectory.plan.owners.${action.owner}`)}</Table.Td>
                <Table.Td>{format.date(action.dueOn)}</Table.Td>
                <Table.Td>
                  {action.doneOn ? (
                    t('trajectory.plan.done', { date: format.date(action.doneOn) })
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      {action.dueOn < today ? (
                        <Badge color="red.9" variant="light">
                          {t('trajectory.plan.overdue')}
                        </Badge>
                      ) : (
                        <Text size="sm">{t('trajectory.plan.open')}</Text>
                      )}
                      {action.viewerMayComplete && (
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={t('trajectory.plan.markDoneLabel', { action: action.description })}
                          loading={
                            completing.fetching && completing.operation?.variables.actionId === action.id
                          }
                          onClick={() => void complete({ actionId: action.id })}
                        >
                          {t('trajectory.plan.markDone')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {completing.error && <RefusalAlert error={completing.error} />}
    </>
  );
}

function ActionForm({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const texts = useTrajectoryText();
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<PlanActionOwner>('CANDIDATE');
  const [dueOn, setDueOn] = useState('');
  const [adding, add] = useMutation(AddPlanActionMutation);
  const submit = async (confirmPossibleNames = false) => {
    const result = await add({
      id: trajectory.id,
      input: { description, owner, dueOn, confirmPossibleNames },
    });
    if (result.data) {
      setDescription('');
      setDueOn('');
    }
  };
  return (
    <TrajectoryForm
      onSubmit={submit}
      state={adding}
      submitLabel={t('trajectory.plan.addAction')}
      submitProps={{ variant: 'default' }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('trajectory.plan.action')}
          required
          maxLength={500}
          style={{ flex: '1 1 16rem' }}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('trajectory.plan.owner')}
          value={owner}
          onChange={(event) => setOwner(event.currentTarget.value as PlanActionOwner)}
          data={enumOptions(texts.plan.owners)}
        />
        <TextInput
          type="date"
          label={t('trajectory.plan.dueOn')}
          required
          min={trajectory.startedOn}
          value={dueOn}
          onChange={(event) => setDueOn(event.currentTarget.value)}
        />
      </Group>
    </TrajectoryForm>
  );
}
