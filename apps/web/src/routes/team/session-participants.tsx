import { Alert, Anchor, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import type { ParticipantInput, TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { MarkNoShowMutation, RegisterParticipantMutation } from './session-actions.graphql';
import { arrivalRounds, SessionLateArrivalDialog, type LateComer } from './session-late-arrival-dialog';

interface Props {
  sessionId: string;
  employers: Session['sessionEmployers'];
  candidates: Session['sessionCandidates'];
  /** The session's rounds, for a late arrival. */
  slots: Session['meetAndGreetSession']['slots'];
  /** Whether the team may still register people (the session is not closed). */
  open: boolean;
  /** On the day: the plan is published, so a no-show or a late arrival re-plans the rest of the day. */
  published: boolean;
  onChanged(): void;
  /** A no-show or a late arrival is about to re-plan: keep the plan as it is now, to show what changes. */
  onReplanExpected(): void;
  onReplanCancelled(): void;
}

interface Absentee {
  participant: ParticipantInput;
  name: string;
}

const REGISTRABLE = new Set(['INVITED', 'DECLINED']);

const agendaUrl = (sessionId: string, participant: 'employerId' | 'candidateId', id: string) =>
  `/sessions/${encodeURIComponent(sessionId)}/agenda.html?${new URLSearchParams({ [participant]: id })}`;

/**
 * Invited employers and candidates, their answers and blocked rounds, and each one's printable agenda. The team
 * registers someone who answered by phone or mail (also after the deadline: a late registration).
 */
export function SessionParticipants(props: Props) {
  const { sessionId, employers, candidates, open, onChanged } = props;
  const { t, i18n } = useTranslation();
  const [registration, register] = useMutation(RegisterParticipantMutation);
  const [noShow, markNoShow] = useMutation(MarkNoShowMutation);
  const [absentee, setAbsentee] = useState<Absentee | null>(null);
  const [lateComer, setLateComer] = useState<LateComer | null>(null);
  const confirmNoShow = async () => {
    if (!absentee) return;
    props.onReplanExpected();
    const result = await markNoShow({ sessionId, participant: absentee.participant });
    if (result.error) return props.onReplanCancelled();
    setAbsentee(null);
    onChanged();
  };
  const absent = (participant: ParticipantInput, name: string, status: string) =>
    props.published && status === 'ACCEPTED' ? () => setAbsentee({ participant, name }) : undefined;
  const arrivesLater = (
    participant: ParticipantInput,
    name: string,
    p: { status: string; blockedSlots: number[] },
  ) =>
    props.published && p.status === 'ACCEPTED' && arrivalRounds(props.slots, p.blockedSlots).length > 0
      ? () => setLateComer({ participant, name, blockedSlots: p.blockedSlots })
      : undefined;
  const registrar = (participant: ParticipantInput, status: string) =>
    open && REGISTRABLE.has(status)
      ? async () => {
          const result = await register({
            sessionId,
            participant,
            answer: { attending: true, blockedSlots: [] },
          });
          if (!result.error) onChanged();
        }
      : undefined;
  const blocked = (slots: number[]) => (slots.length ? slots.join(', ') : t('team.sessions.none'));
  const status = (participant: { status: Session['sessionEmployers'][number]['status']; late: boolean }) =>
    [
      t(`team.sessions.participationStatuses.${participant.status}`),
      participant.late && t('team.sessions.late'),
    ]
      .filter(Boolean)
      .join(' · ');
  const employerRows = employers.map((e) => ({
    key: e.employerId,
    name: e.name,
    extra: String(e.representatives),
    status: status(e),
    blocked: blocked(e.blockedSlots),
    agenda: agendaUrl(sessionId, 'employerId', e.employerId),
    register: registrar({ employerId: e.employerId }, e.status),
    noShow: absent({ employerId: e.employerId }, e.name, e.status),
    late: arrivesLater({ employerId: e.employerId }, e.name, e),
  }));
  return (
    <>
      {registration.error && (
        <Alert color="red" role="alert">
          {actionMessage(registration.error, i18n.language, t)}
        </Alert>
      )}
      <section aria-labelledby="session-employers">
        <Title order={2} id="session-employers" mb="sm">
          {t('team.sessions.employers')}
        </Title>
        {employers.length === 0 ? (
          <Text>{t('team.sessions.noParticipants')}</Text>
        ) : (
          <ParticipantTable
            caption={t('team.sessions.employersCaption')}
            nameHeader={t('team.sessions.employer')}
            extraHeader={t('team.sessions.representatives')}
            rows={employerRows}
          />
        )}
      </section>
      <section aria-labelledby="session-candidates">
        <Title order={2} id="session-candidates" mb="sm">
          {t('team.sessions.candidates')}
        </Title>
        {candidates.length === 0 ? (
          <Text>{t('team.sessions.noParticipants')}</Text>
        ) : (
          <ParticipantTable
            caption={t('team.sessions.candidatesCaption')}
            nameHeader={t('team.sessions.candidate')}
            rows={candidates.map((c) => ({
              key: c.candidateId,
              name: c.publicCode,
              status: status(c),
              blocked: blocked(c.blockedSlots),
              agenda: agendaUrl(sessionId, 'candidateId', c.candidateId),
              register: registrar({ candidateId: c.candidateId }, c.status),
              noShow: absent({ candidateId: c.candidateId }, c.publicCode, c.status),
              late: arrivesLater({ candidateId: c.candidateId }, c.publicCode, c),
            }))}
          />
        )}
      </section>
      <Modal
        opened={absentee !== null}
        onClose={() => setAbsentee(null)}
        title={t('team.sessionNoShow.title', { name: absentee?.name ?? '' })}
        withinPortal={false}
        closeButtonProps={{ 'aria-label': t('team.sessionMove.close') }}
      >
        <Stack>
          <Text size="sm">{t('team.sessionNoShow.body')}</Text>
          {noShow.error && (
            <Alert color="red" role="alert">
              {actionMessage(noShow.error, i18n.language, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAbsentee(null)} data-autofocus>
              {t('team.sessionMove.cancel')}
            </Button>
            <Button color="red.9" onClick={() => void confirmNoShow()} loading={noShow.fetching}>
              {t('team.sessionNoShow.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {lateComer && (
        <SessionLateArrivalDialog
          sessionId={sessionId}
          slots={props.slots}
          lateComer={lateComer}
          onClose={() => setLateComer(null)}
          onReplanExpected={props.onReplanExpected}
          onReplanCancelled={props.onReplanCancelled}
          onRegistered={() => {
            setLateComer(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

interface Row {
  key: string;
  name: string;
  extra?: string;
  status: string;
  blocked: string;
  agenda: string;
  register?: () => Promise<void>;
  noShow?: () => void;
  late?: () => void;
}

function ParticipantTable(props: { caption: string; nameHeader: string; extraHeader?: string; rows: Row[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{props.nameHeader}</Table.Th>
            {props.extraHeader && <Table.Th scope="col">{props.extraHeader}</Table.Th>}
            <Table.Th scope="col">{t('team.sessions.participation')}</Table.Th>
            <Table.Th scope="col">{t('team.sessions.blocked')}</Table.Th>
            <Table.Th scope="col">{t('team.sessions.agenda')}</Table.Th>
            <Table.Th scope="col">{t('team.sessionInvite.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{row.name}</Table.Th>
              {props.extraHeader && <Table.Td>{row.extra}</Table.Td>}
              <Table.Td>{row.status}</Table.Td>
              <Table.Td>{row.blocked}</Table.Td>
              <Table.Td>
                <Anchor href={row.agenda} target="_blank" rel="noopener">
                  {t('team.sessions.printAgenda', { name: row.name })}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {row.register && (
                    <Button size="compact-sm" variant="light" onClick={() => void row.register?.()}>
                      {t('team.sessionInvite.register', { name: row.name })}
                    </Button>
                  )}
                  {row.noShow && (
                    <Button size="compact-sm" variant="default" onClick={row.noShow}>
                      {t('team.sessionNoShow.button', { name: row.name })}
                    </Button>
                  )}
                  {row.late && (
                    <Button size="compact-sm" variant="default" onClick={row.late}>
                      {t('team.sessionLateArrival.button', { name: row.name })}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
