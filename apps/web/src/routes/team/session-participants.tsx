import { Alert, Anchor, Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionMessage } from '@web/graphql/errors';
import type { ParticipantInput, TeamSessionQuery as Session } from '@web/graphql/generated/graphql';
import { RegisterParticipantMutation } from './session-actions.graphql';

interface Props {
  sessionId: string;
  employers: Session['sessionEmployers'];
  candidates: Session['sessionCandidates'];
  /** Whether the team may still register people (the session is not closed). */
  open: boolean;
  onChanged(): void;
}

const REGISTRABLE = new Set(['INVITED', 'DECLINED']);

const agendaUrl = (sessionId: string, participant: 'employerId' | 'candidateId', id: string) =>
  `/sessions/${encodeURIComponent(sessionId)}/agenda.html?${new URLSearchParams({ [participant]: id })}`;

/**
 * Invited employers and candidates, their answers and blocked rounds, and each one's printable agenda. The team
 * registers someone who answered by phone or mail (also after the deadline: a late registration).
 */
export function SessionParticipants({ sessionId, employers, candidates, open, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [registration, register] = useMutation(RegisterParticipantMutation);
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
            }))}
          />
        )}
      </section>
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
                {row.register && (
                  <Button size="compact-sm" variant="light" onClick={() => void row.register?.()}>
                    {t('team.sessionInvite.register', { name: row.name })}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
