import { Anchor, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { regionToday } from '@web/format/region-today';
import { useFormat } from '@web/format/use-format';
import type { NetworkPartsFragment, NetworkReviewPartsFragment } from '@web/graphql/generated/graphql';
import { currentLanguage } from '@web/i18n/i18n';
import { useSession } from '@web/session/viewer-context';
import { NotesForm, ReviewNotes } from './network-review-notes';
import { NetworkReviewQuery } from './network-review.graphql';
import { NETWORK_CHANGES } from './networks.graphql';
import { notesOpen, recentQuarters, reviewPeriod } from './review-quarters';
import { useQuarterLabel } from './use-quarter-label';

/**
 * The network's review of a quarter (this one, which comes with the requests, or one of the three before): the
 * figures, each member's counts and hours, the members' notes and the own employer's, and the review to print,
 * as a PDF or as CSV.
 */
export function NetworkReviewSection({
  network,
  current,
}: {
  network: NetworkPartsFragment;
  current: NetworkReviewPartsFragment | undefined;
}) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const label = useQuarterLabel();
  const today = regionToday();
  const quarters = recentQuarters(today);
  const [chosen, setChosen] = useState(quarters[0].start);
  const quarter = quarters.find((q) => q.start === chosen) ?? quarters[0];
  const isCurrent = quarter.start === quarters[0].start;
  const [earlier] = useQuery({
    query: NetworkReviewQuery,
    variables: { networkId: network.id, ...reviewPeriod(quarter, today) },
    pause: isCurrent,
    context: NETWORK_CHANGES,
  });
  const review = isCurrent ? current : earlier.data?.networkReview;
  const writes = viewer.role === 'HR_LEAD' && network.myStatus === 'ACTIVE' && notesOpen(quarter, today);
  return (
    <section aria-labelledby="network-review">
      <Title order={2} id="network-review" mb="xs">
        {t('network.review.title')}
      </Title>
      <NativeSelect
        label={t('network.review.quarter')}
        value={quarter.start}
        onChange={(event) => setChosen(event.currentTarget.value)}
        data={quarters.map((q) => ({ value: q.start, label: label(q) }))}
        maw={320}
        mb="md"
      />
      {!review && earlier.fetching && <QueryLoading />}
      {!review && earlier.error && <QueryError error={earlier.error} />}
      {review && (
        <Stack gap="lg">
          <ReviewFigures review={review} quarter={label(quarter)} />
          <ReviewDocuments review={review} />
          <ReviewNotes notes={review.notes} />
          {writes && (
            <NotesForm
              key={quarter.start}
              networkId={network.id}
              quarterStart={quarter.start}
              quarter={label(quarter)}
              note={review.notes.find(
                (n) => n.employerId === viewer.employerId && n.quarterStart === quarter.start,
              )}
            />
          )}
        </Stack>
      )}
    </section>
  );
}

function ReviewFigures({ review, quarter }: { review: NetworkReviewPartsFragment; quarter: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (n: number | null) => (n === null ? t('network.review.fewer') : format.number(n));
  // Hidden for an HR lead when 1 to 4 of another member's placements are behind them.
  const hours = (n: number | null) =>
    n === null ? t('network.review.fewerPlacements') : format.number(n, 1);
  const totals: [string, string][] = [
    [t('network.review.requests'), format.number(review.requests)],
    [t('network.review.answered'), format.number(review.answered)],
    [t('network.review.closed'), format.number(review.closed)],
    [t('network.review.offers'), format.number(review.offers)],
    [t('network.review.placementsStarted'), format.number(review.placementsStarted)],
    [
      t('network.review.median'),
      review.medianHoursToFirstAnswer === null
        ? t('network.review.none')
        : t('network.review.medianValue', { hours: format.number(review.medianHoursToFirstAnswer, 1) }),
    ],
  ];
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('network.review.intro', { from: format.date(review.from), to: format.date(review.to) })}
      </Text>
      <Group gap="xl">
        {totals.map(([name, value]) => (
          <Stack gap={0} key={name}>
            <Text size="sm">{name}</Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </Stack>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Caption>{t('network.review.caption', { quarter })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('network.review.employer')}</Table.Th>
              <Table.Th scope="col">{t('network.review.asked')}</Table.Th>
              <Table.Th scope="col">{t('network.review.received')}</Table.Th>
              <Table.Th scope="col">{t('network.review.answeredBy')}</Table.Th>
              <Table.Th scope="col">{t('network.review.offersBy')}</Table.Th>
              <Table.Th scope="col">{t('network.review.hoursLent')}</Table.Th>
              <Table.Th scope="col">{t('network.review.hoursBorrowed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.members.map((member) => (
              <Table.Tr key={member.employerId}>
                <Table.Th scope="row">{member.employerName}</Table.Th>
                <Table.Td>{count(member.asked)}</Table.Td>
                <Table.Td>{count(member.received)}</Table.Td>
                <Table.Td>{count(member.answered)}</Table.Td>
                <Table.Td>{count(member.offers)}</Table.Td>
                <Table.Td>{hours(member.hoursLent)}</Table.Td>
                <Table.Td>{hours(member.hoursBorrowed)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The gateway's links open with the session's cookie; print and PDF in the reader's language. */
function ReviewDocuments({ review }: { review: NetworkReviewPartsFragment }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language) === 'en' ? '&lang=en' : '';
  return (
    <Group gap="md" role="group" aria-labelledby="network-review-documents">
      <Text size="sm" id="network-review-documents">
        {t('network.review.documents')}
      </Text>
      <Anchor href={`${review.printUrl}${lang}`} target="_blank" rel="noopener" size="sm">
        {t('network.review.print')}
      </Anchor>
      <Anchor href={`${review.pdfUrl}${lang}`} target="_blank" rel="noopener" size="sm">
        {t('network.review.pdf')}
      </Anchor>
      <Anchor href={review.csvUrl} download size="sm">
        {t('network.review.csv')}
      </Anchor>
    </Group>
  );
}
