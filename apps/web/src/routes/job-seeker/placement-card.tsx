import { Badge, Card, Group, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { MyPlacementsQuery } from '@web/graphql/generated/graphql';
import { jobSeekerNl } from '@web/i18n/areas/job-seeker.nl';
import { PlacementConsent } from './placement-consent';
import { PlacementEvaluation } from './placement-evaluation';

export type MyPlacement = MyPlacementsQuery['placements'][number];
type Weekday = keyof typeof jobSeekerNl.placements.weekdays;
const isWeekday = (day: string): day is Weekday => Object.hasOwn(jobSeekerNl.placements.weekdays, day);

/** One placement in plain words: where, when, how many hours, who pays, who agreed; and what the person can do. */
export function PlacementCard({ placement: p, host }: { placement: MyPlacement; host: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `placement-${p.id}`;
  const payer = (who: MyPlacement['salaryPaidBy']) => t(`jobSeeker.placements.payer.${who}`, { host });
  const days = p.workDays.filter(isWeekday).map((day) => t(`jobSeeker.placements.weekdays.${day}`));
  const agreement = (agreed: boolean) =>
    agreed ? t('jobSeeker.placements.agreed') : t('jobSeeker.placements.notYet');

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={titleId}>
            {t('jobSeeker.placements.heading', { kind: t(`shared.enums.placementKind.${p.kind}`), host })}
          </Title>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`shared.enums.placementStatus.${p.status}`)}
          </Badge>
        </Group>
        <Title order={3} size="h5">
          {t('jobSeeker.placements.terms')}
        </Title>
        <List spacing={4} size="sm">
          <List.Item>
            {p.startDate && p.endDate
              ? t('jobSeeker.placements.period', {
                  from: format.date(p.startDate),
                  to: format.date(p.endDate),
                })
              : t('jobSeeker.placements.noDates')}
          </List.Item>
          {p.hoursPerWeek !== null && p.hoursPerWeek !== undefined && (
            <List.Item>
              {t('jobSeeker.placements.hours', { hours: format.number(p.hoursPerWeek), host })}
              {days.length > 0 && ` · ${t('jobSeeker.placements.workDays', { days: days.join(', ') })}`}
            </List.Item>
          )}
          {p.ownWorkHoursPerWeek > 0 && (
            <List.Item>
              {t('jobSeeker.placements.ownWork', { hours: format.number(p.ownWorkHoursPerWeek) })}
            </List.Item>
          )}
          <List.Item>
            {t('jobSeeker.placements.purpose', { purpose: t(`jobSeeker.placements.purposes.${p.purpose}`) })}
          </List.Item>
          <List.Item>{t('jobSeeker.placements.salary', { payer: payer(p.salaryPaidBy) })}</List.Item>
          <List.Item>
            {p.travelCostsReimbursed
              ? t('jobSeeker.placements.travelPaid', { payer: payer(p.travelCostsPaidBy) })
              : t('jobSeeker.placements.travelNotPaid')}
          </List.Item>
          <List.Item>
            {p.returnOption ? t('jobSeeker.placements.returnYes') : t('jobSeeker.placements.returnNo')}
          </List.Item>
          {p.insuranceNote && (
            <List.Item>{t('jobSeeker.placements.insurance', { note: p.insuranceNote })}</List.Item>
          )}
          {p.subsidyNote && (
            <List.Item>{t('jobSeeker.placements.subsidy', { note: p.subsidyNote })}</List.Item>
          )}
          <List.Item>{t('jobSeeker.placements.lendingContact', { name: p.lendingContact })}</List.Item>
          <List.Item>{t('jobSeeker.placements.hostContact', { host, name: p.hostContact })}</List.Item>
        </List>
        <Title order={3} size="h5">
          {t('jobSeeker.placements.agreements')}
        </Title>
        <List spacing={4} size="sm">
          <List.Item>
            {t('jobSeeker.placements.you')}: {agreement(p.candidateConsented)}
          </List.Item>
          <List.Item>
            {t('jobSeeker.placements.yourEmployer')}: {agreement(p.lenderAgreed)}
          </List.Item>
          <List.Item>
            {host}: {agreement(p.hostAgreed)}
          </List.Item>
        </List>
        <PlacementConsent placement={p} host={host} />
        {p.availableActions.includes('EVALUATE') && <PlacementEvaluation placement={p} />}
      </Stack>
    </Card>
  );
}
