import {
  Accordion,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { useFormat } from '@web/format/use-format';
import type {
  CompareMobilityPathsQuery as Comparison,
  KeptFiguresPartsFragment,
  PlanVersionPartsFragment,
} from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';
import {
  CompareMobilityPathsQuery,
  ForgetMyMobilityFiguresMutation,
  KeepMyMobilityFiguresMutation,
} from './mobility-plans.graphql';
import { usePlanText } from './use-plan-text';

type Result = Comparison['compareMobilityPaths'];

/**
 * "Compare on your own figures": the employee types salary and years, and sees every path side by side over two
 * years. The figures live in this form only: sent for the one answer, kept nowhere, unless the employee (only they,
 * `ownFigures`) asks to keep them for next time; the form then starts with them.
 */
export function ComparisonPanel({
  version,
  ownFigures,
  kept,
}: {
  version: PlanVersionPartsFragment;
  /** The person compares for themselves (a job seeker), and so may keep their figures. */
  ownFigures: boolean;
  kept: KeptFiguresPartsFragment | null;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const [salary, setSalary] = useState<number | string>(kept?.grossMonthlySalaryEur ?? '');
  const [years, setYears] = useState<number | string>(kept?.yearsOfService ?? '');
  const [history, setHistory] = useState<number | string>(kept?.employmentHistoryYears ?? '');
  const [keep, setKeep] = useState(kept !== null);
  const [keptNow, setKeptNow] = useState(kept);
  const [forgotten, setForgotten] = useState(false);
  const [, keepFigures] = useMutation(KeepMyMobilityFiguresMutation);
  const [, forgetFigures] = useMutation(ForgetMyMobilityFiguresMutation);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = [salary, years, history].every((v) => typeof v === 'number');

  const compare = async () => {
    setBusy(true);
    setProblem(null);
    const figures = {
      grossMonthlySalaryEur: Number(salary),
      yearsOfService: Number(years),
      employmentHistoryYears: Number(history),
    };
    const answer = await client
      .query(CompareMobilityPathsQuery, { versionId: version.id, figures }, { requestPolicy: 'network-only' })
      .toPromise();
    if (answer.error) {
      setBusy(false);
      setProblem(actionMessage(answer.error, i18n.language, t));
      return;
    }
    setResult(answer.data?.compareMobilityPaths ?? null);
    // Kept or forgotten as the box says, once the figures proved valid.
    if (ownFigures && keep) {
      const saved = await keepFigures({ figures });
      if (saved.error) setProblem(actionMessage(saved.error, i18n.language, t));
      else setKeptNow(saved.data?.keepMyMobilityFigures ?? null);
    } else if (ownFigures && keptNow) {
      const dropped = await forgetFigures({});
      if (dropped.error) setProblem(actionMessage(dropped.error, i18n.language, t));
      else {
        setKeptNow(null);
        setForgotten(true);
      }
    }
    setBusy(false);
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('mobilityPlan.compare.heading')}
      </Title>
      <Text>{t(ownFigures ? 'mobilityPlan.compare.introOwn' : 'mobilityPlan.compare.intro')}</Text>
      {version.status === 'DRAFT' && (
        <Alert>{t('mobilityPlan.compare.draftPreview', { number: version.number })}</Alert>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void compare();
        }}
      >
        <Group align="flex-end" gap="md">
          <NumberInput
            label={t('mobilityPlan.compare.salary')}
            value={salary}
            onChange={setSalary}
            min={1}
            max={100_000}
            decimalScale={2}
            required
            autoComplete="off"
          />
          <NumberInput
            label={t('mobilityPlan.compare.years')}
            value={years}
            onChange={setYears}
            min={0}
            max={60}
            decimalScale={1}
            required
            autoComplete="off"
          />
          <NumberInput
            label={t('mobilityPlan.compare.history')}
            description={t('mobilityPlan.compare.historyHelp')}
            value={history}
            onChange={setHistory}
            min={0}
            max={60}
            required
            autoComplete="off"
          />
          <Button type="submit" loading={busy} disabled={!ready}>
            {t('mobilityPlan.compare.submit')}
          </Button>
        </Group>
        {ownFigures && (
          <Checkbox
            mt="sm"
            label={t('mobilityPlan.compare.keep')}
            description={t('mobilityPlan.compare.keepHelp')}
            checked={keep}
            onChange={(event) => setKeep(event.currentTarget.checked)}
          />
        )}
      </form>
      <div role="status">
        {keptNow && (
          <Text size="sm">{t('mobilityPlan.compare.kept', { date: format.dateTime(keptNow.savedAt) })}</Text>
        )}
        {forgotten && !keptNow && <Text size="sm">{t('mobilityPlan.compare.forgotten')}</Text>}
      </div>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {result && <ComparisonResult version={version} result={result} />}
    </Stack>
  );
}

function ComparisonResult({ version, result }: { version: PlanVersionPartsFragment; result: Result }) {
  const { t } = useTranslation();
  const { text, pick } = usePlanText();
  const format = useFormat();
  const nameOf = new Map(version.paths.map((p) => [p.id, pick(p.name)]));
  const pathOf = new Map(version.paths.map((p) => [p.id, p]));
  return (
    <Stack gap="md" role="region" aria-label={t('mobilityPlan.compare.totalsCaption')}>
      <Alert>{pick(result.notice)}</Alert>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>{t('mobilityPlan.compare.totalsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mobilityPlan.compare.path')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('mobilityPlan.compare.total')}
              </Table.Th>
              <Table.Th scope="col">{t('mobilityPlan.compare.help')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.paths.map((path) => {
              const offer = pathOf.get(path.pathId);
              return (
                <Table.Tr key={path.pathId}>
                  <Table.Th scope="row">{nameOf.get(path.pathId)}</Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>{format.money(path.totalEur)}</Table.Td>
                  <Table.Td>
                    {offer &&
                      t('mobilityPlan.compare.helpSummary', {
                        training: format.money(offer.trainingBudgetEur),
                        hours: format.number(offer.mediationHours + offer.coachingHours),
                      })}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Accordion variant="separated">
        {result.paths.map((path) => (
          <Accordion.Item key={path.pathId} value={path.pathId}>
            <Accordion.Control>
              {t('mobilityPlan.compare.detailsOf', { path: nameOf.get(path.pathId) })}
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {path.items.map((item, i) => (
                  <Stack key={i} gap={2}>
                    <Text fw={600}>
                      {text.elementKinds[item.kind]} — {pick(item.description)}: {format.money(item.totalEur)}
                    </Text>
                    <Text size="sm">
                      {t('mobilityPlan.compare.calculation')}: {pick(item.calculation)}
                    </Text>
                    {item.parameters.length > 0 && (
                      <List size="xs" spacing={2} aria-label={t('mobilityPlan.compare.sources')}>
                        {item.parameters.map((parameter) => (
                          <List.Item key={parameter.id}>
                            {pick(parameter.label)}: {format.number(parameter.value, 2)} (
                            {t('mobilityPlan.compare.validFrom', { date: format.date(parameter.validFrom) })};{' '}
                            <Anchor href={parameter.sourceUrl} target="_blank" rel="noreferrer" size="xs">
                              {parameter.sourceTitle}
                            </Anchor>
                            ){parameter.assumedToContinue && ` ${t('mobilityPlan.compare.assumed')}`}
                            {parameter.note && ` ${pick(parameter.note)}`}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Stack>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>

      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>{t('mobilityPlan.compare.monthsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mobilityPlan.compare.month')}</Table.Th>
              {result.paths.map((path) => (
                <Table.Th scope="col" key={path.pathId} style={{ textAlign: 'right' }}>
                  {nameOf.get(path.pathId)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.paths[0]?.months.map((month, i) => (
              <Table.Tr key={month.month}>
                <Table.Th scope="row">{format.month(month.startsOn)}</Table.Th>
                {result.paths.map((path) => (
                  <Table.Td key={path.pathId} style={{ textAlign: 'right' }}>
                    {format.money(path.months[i].totalEur)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {t('mobilityPlan.compare.reviewed', { date: format.date(result.parametersReviewedOn) })}
      </Text>
    </Stack>
  );
}
