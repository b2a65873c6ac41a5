import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@web/format/use-format';
import type { CollegialRequestPartsFragment, NetworkPartsFragment } from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { AnswerForm, CloseForm } from './network-answer-forms';
import { AskForm } from './network-ask-form';
import { OfferAnswer } from './network-offer';

/** The network's requests for help, newest first, and (for an active member's HR lead) asking a new one. */
export function Requests({
  network,
  requests,
}: {
  network: NetworkPartsFragment;
  requests: readonly CollegialRequestPartsFragment[];
}) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="network-requests">
      <Title order={2} id="network-requests" mb="sm">
        {t('network.requests.title')}
      </Title>
      <Stack gap="md">
        {requests.length === 0 && <Text>{t('network.requests.empty')}</Text>}
        {requests.map((request) => (
          <RequestCard key={request.id} network={network} request={request} />
        ))}
        {viewer.role === 'HR_LEAD' &&
          network.myStatus === 'ACTIVE' &&
          (asking ? (
            <AskForm network={network} onAsked={() => setAsking(false)} />
          ) : (
            <div>
              <Button onClick={() => setAsking(true)}>{t('network.requests.ask')}</Button>
            </div>
          ))}
      </Stack>
    </section>
  );
}

function RequestCard({
  network,
  request,
}: {
  network: NetworkPartsFragment;
  request: CollegialRequestPartsFragment;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { viewer } = useSession();
  const waiting = request.recipients.filter((r) => !r.answered).map((r) => r.employerName);
  const recipient = request.recipients.some((r) => r.employerId === viewer.employerId);
  const mine = request.employerId === viewer.employerId;
  return (
    <Card withBorder component="article" aria-labelledby={`request-${request.id}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} id={`request-${request.id}`}>
            {t('network.requests.byEmployer', {
              employer: request.employerName,
              sought: t(`network.sought.${request.sought}`),
              code: request.candidatePublicCode,
            })}
          </Text>
          <Badge variant={request.status === 'OPEN' ? 'filled' : 'outline'} color="gray.8">
            {t(request.status === 'OPEN' ? 'network.requests.statusOpen' : 'network.requests.statusClosed')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('network.requests.details', {
            from: format.date(request.startFrom),
            months: request.durationMonths,
            hours: request.hoursPerWeek,
          })}
        </Text>
        {request.lenderOffer && (
          <Text size="sm">{t('network.requests.offer', { offer: request.lenderOffer })}</Text>
        )}
        {request.note && <Text size="sm">{request.note}</Text>}
        {request.hoursToFirstAnswer !== null && (
          <Text size="sm">
            {t('network.requests.firstAnswerAfter', { hours: format.number(request.hoursToFirstAnswer, 1) })}
          </Text>
        )}
        {request.status === 'OPEN' && waiting.length > 0 && (
          <Text size="sm">{t('network.requests.waitingFor', { employers: waiting.join(', ') })}</Text>
        )}
        {request.closedAt && (
          <Text size="sm">
            {t('network.requests.closed', {
              date: format.date(request.closedAt),
              note: request.closingNote ?? '',
            })}
          </Text>
        )}
        <Title order={3} size="h5">
          {t('network.requests.answers')}
        </Title>
        {request.answers.length === 0 && <Text size="sm">{t('network.requests.noAnswers')}</Text>}
        {request.answers.map((answer) => (
          <OfferAnswer key={answer.employerId} network={network} request={request} answer={answer} />
        ))}
        {recipient && request.status === 'OPEN' && <AnswerForm request={request} />}
        {mine && request.status === 'OPEN' && <CloseForm requestId={request.id} />}
      </Stack>
    </Card>
  );
}
