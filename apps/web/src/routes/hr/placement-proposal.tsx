import { Alert, Badge, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { PlacementDetailPartsFragment as Placement } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { useHrText } from './use-hr-text';

/** Werkbrug's proposal of dates and hours with its remarks, or why it could not make one, and the conflicts. */
export function PlacementProposal(props: {
  placement: Placement;
  byWorker: boolean;
  /** The page stopped waiting for the worker's proposal. */
  slow: boolean;
}) {
  const { placement, byWorker, slow } = props;
  const { t, i18n } = useTranslation();
  const hr = useHrText();
  const format = useFormat();
  const english = currentLanguage(i18n.language) === 'en';
  const waiting = placement.status === 'PROPOSED' && !placement.startDate && !placement.planProblem;
  const problem =
    placement.planProblemText && (english ? placement.planProblemText.en : placement.planProblemText.nl);
  const warnings = hr.placement.warning as Record<string, string>;
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {byWorker || waiting ? t('hr.placement.proposalTitle') : t('hr.placement.periodTitle')}
      </Title>
      {waiting && <Text role="status">{t(slow ? 'hr.placement.waitingLong' : 'hr.placement.waiting')}</Text>}
      {problem && (
        <Alert color="red.9" variant="outline" title={t('hr.placement.problemTitle')}>
          <Text size="sm">{capitalise(problem)}.</Text>
          <Text size="sm">{t('hr.placement.problemHelp')}</Text>
        </Alert>
      )}
      {placement.startDate && placement.endDate && placement.hoursPerWeek != null && (
        <Text>
          {t(byWorker ? 'hr.placement.proposed' : 'hr.placement.period', {
            from: format.date(placement.startDate),
            to: format.date(placement.endDate),
            hours: format.number(placement.hoursPerWeek),
          })}
        </Text>
      )}
      {placement.startDate && byWorker && (
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('hr.placement.remarksTitle')}
          </Title>
          {placement.planWarnings.length === 0 ? (
            <Text size="sm">{t('hr.placement.noRemarks')}</Text>
          ) : (
            <List size="sm">
              {placement.planWarnings.map((code) => (
                <List.Item key={code}>{warnings[code] ?? code}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      <Title order={2} size="h3">
        {t('hr.placement.conflictsTitle')}
      </Title>
      {placement.conflicts.length === 0 ? (
        <Text>{t('hr.placement.noConflicts')}</Text>
      ) : (
        <List spacing="xs">
          {placement.conflicts.map((conflict, index) => (
            <List.Item key={`${conflict.kind}-${index}`}>
              <Badge size="sm" color={conflict.blocking ? 'red.9' : 'gray'} variant="outline" mr={6}>
                {conflict.blocking ? t('shared.placements.blocking') : t('shared.placements.warning')}
              </Badge>
              {english ? conflict.explanation : conflict.explanationNl}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The worker's reason reads as a clause ("het contract …"); shown on its own it starts a sentence. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
