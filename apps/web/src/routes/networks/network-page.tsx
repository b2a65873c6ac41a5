import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeading } from '@web/components/page-heading';
import { QueryError, QueryLoading } from '@web/components/query-state';
import { RefusalAlert } from '@web/components/refusal-alert';
import { regionToday } from '@web/format/region-today';
import { useFormat } from '@web/format/use-format';
import type {
  CollegialAnswerKind,
  CollegialRequestsQuery as CollegialRequestsResult,
  CollegialRequestPartsFragment,
  NetworkPartsFragment,
  SoughtKind,
} from '@web/graphql/generated/graphql';
import { useSession } from '@web/session/viewer-context';
import { CommitmentFields, useCommitment } from './commitment-fields';
import {
  AnswerCollegialRequestMutation,
  CloseCollegialRequestMutation,
  CollegialRequestsQuery,
  CreateCollegialRequestMutation,
  InviteToNetworkMutation,
  JoinNetworkMutation,
  LeaveNetworkMutation,
  NetworkEmployersQuery,
  NetworkQuery,
  OwnCandidatesQuery,
  OwnOpenVacanciesQuery,
} from './networks.graphql';

const SOUGHT: SoughtKind[] = [
  'TEMPORARY_EXPERIENCE',
  'SECONDMENT',
  'REINTEGRATION_PLACE',
  'PROJECT_WORK',
  'CAREER_STEP',
];
const ANSWER_KINDS: CollegialAnswerKind[] = [
  'CONVERSATION',
  'VACANCY',
  'SECONDMENT_PLACE',
  'PROJECT',
  'NOT_NOW',
];
const REQUESTS_CHANGED = { additionalTypenames: ['CollegialRequest'] };

/**
 * One network: its members with their commitment and contact, joining or leaving, and for members and the team
 * the requests for help, each with who answered what and how fast.
 */
export function NetworkPage() {
  const networkId = useParams().networkId!;
  const { viewer } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: NetworkQuery, variables: { id: networkId } });
  const network = data?.employerNetwork;
  // The requests are asked once the network says the viewer may read them (an invited HR lead may not yet).
  const [requests] = useQuery({
    query: CollegialRequestsQuery,
    variables: { networkId, ...currentQuarter() },
    pause: !network?.seesRequests,
    context: REQUESTS_CHANGED,
  });
  if (fetching && !network) return <QueryLoading />;
  if (error && !network) return <QueryError error={error} />;
  if (!network) return null;
  const hr = viewer.role === 'HR_LEAD';
  return (
    <>
      <PageHeading title={network.name} intro={network.description || undefined} />
      <Stack gap="xl">
        <Members network={network} />
        {hr && network.myStatus !== 'LEFT' && <Join network={network} />}
        {network.seesRequests && <InviteMore network={network} />}
        {network.seesRequests && (
          <Requests network={network} requests={requests.data?.collegialRequests ?? []} />
        )}
        {requests.data && <Review review={requests.data.networkReview} />}
        {hr && network.myStatus === 'ACTIVE' && <Leave networkId={network.id} />}
      </Stack>
    </>
  );
}

/** The quarter the region is in, up to today. */
function currentQuarter(): { from: string; to: string } {
  const today = regionToday();
  const month = Number(today.slice(5, 7));
  const first = String(month - ((month - 1) % 3)).padStart(2, '0');
  return { from: `${today.slice(0, 4)}-${first}-01`, to: today };
}

type ReviewFigures = CollegialRequestsResult['networkReview'];

function Review({ review }: { review: ReviewFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (n: number | null) => (n === null ? t('network.review.fewer') : format.number(n));
  const totals: [string, string][] = [
    [t('network.review.requests'), format.number(review.requests)],
    [t('network.review.answered'), format.number(review.answered)],
    [t('network.review.closed'), format.number(review.closed)],
    [t('network.review.offers'), format.number(review.offers)],
    [
      t('network.review.median'),
      review.medianHoursToFirstAnswer === null
        ? t('network.review.none')
        : t('network.review.medianValue', { hours: format.number(review.medianHoursToFirstAnswer, 1) }),
    ],
  ];
  return (
    <section aria-labelledby="network-review">
      <Title order={2} id="network-review" mb="xs">
        {t('network.review.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('network.review.intro', { from: format.date(review.from), to: format.date(review.to) })}
      </Text>
      <Group gap="xl" mb="md">
        {totals.map(([label, value]) => (
          <Stack gap={0} key={label}>
            <Text size="sm">{label}</Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </Stack>
        ))}
      </Group>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Caption>{t('network.review.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('network.review.employer')}</Table.Th>
              <Table.Th scope="col">{t('network.review.asked')}</Table.Th>
              <Table.Th scope="col">{t('network.review.received')}</Table.Th>
              <Table.Th scope="col">{t('network.review.answeredBy')}</Table.Th>
              <Table.Th scope="col">{t('network.review.offersBy')}</Table.Th>
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
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function Members({ network }: { network: NetworkPartsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="network-members">
      <Title order={2} id="network-members" mb="xs">
        {t('network.page.members')}
      </Title>
      <Text size="sm" mb="sm">
        {t('network.page.minimum', {
          count: network.minimumCommitmentMonths,
          days: network.reminderAfterDays,
        })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>{t('network.page.members')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('network.page.employer')}</Table.Th>
              <Table.Th scope="col">{t('network.page.status')}</Table.Th>
              <Table.Th scope="col">{t('network.page.period')}</Table.Th>
              <Table.Th scope="col">{t('network.page.contact')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {network.members.map((member) => (
              <Table.Tr key={member.employerId}>
                <Table.Th scope="row">{member.employerName}</Table.Th>
                <Table.Td>{t(`network.status.${member.status}`)}</Table.Td>
                <Table.Td>
                  {member.commitmentStart &&
                    member.commitmentEnd &&
                    t('network.page.periodValue', {
                      from: format.date(member.commitmentStart),
                      to: format.date(member.commitmentEnd),
                    })}
                </Table.Td>
                <Table.Td>
                  {[member.contactName, member.contactPhone, member.contactEmail].filter(Boolean).join(' · ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function Join({ network }: { network: NetworkPartsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const mine = network.members.find((m) => m.employerId === viewer.employerId);
  const commitment = useCommitment(network.minimumCommitmentMonths, mine?.status === 'ACTIVE' ? mine : null);
  const [saving, join] = useMutation(JoinNetworkMutation);
  const renewing = mine?.status === 'ACTIVE';
  return (
    <Card
      withBorder
      component="form"
      aria-label={t(renewing ? 'network.join.titleRenew' : 'network.join.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void join({ networkId: network.id, commitment: commitment.input });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t(renewing ? 'network.join.titleRenew' : 'network.join.title')}
        </Title>
        {!renewing && <Text>{t('network.join.intro', { count: network.minimumCommitmentMonths })}</Text>}
        <CommitmentFields commitment={commitment} />
        {saving.error && <RefusalAlert error={saving.error} />}
        <div role="status">{saving.data && !saving.error && <Text>{t('network.join.saved')}</Text>}</div>
        <div>
          <Button type="submit" variant={renewing ? 'outline' : 'filled'} loading={saving.fetching}>
            {t(renewing ? 'network.join.renew' : 'network.join.submit')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}

function InviteMore({ network }: { network: NetworkPartsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [{ data }] = useQuery({ query: NetworkEmployersQuery, pause: !open });
  const [saving, invite] = useMutation(InviteToNetworkMutation);
  const inNetwork = new Set(network.members.filter((m) => m.status !== 'LEFT').map((m) => m.employerId));
  if (!open)
    return (
      <div>
        <Button variant="outline" onClick={() => setOpen(true)}>
          {t('network.page.invite')}
        </Button>
      </div>
    );
  return (
    <Group align="flex-end">
      <MultiSelect
        label={t('network.page.invite')}
        searchable
        value={chosen}
        onChange={setChosen}
        data={(data?.employers.nodes ?? [])
          .filter((e) => !inNetwork.has(e.id))
          .map((e) => ({ value: e.id, label: e.name }))}
      />
      <Button
        loading={saving.fetching}
        disabled={chosen.length === 0}
        onClick={() => {
          void invite({ networkId: network.id, employerIds: chosen }).then(() => setChosen([]));
        }}
      >
        {t('network.page.inviteSubmit')}
      </Button>
      {saving.error && <RefusalAlert error={saving.error} />}
    </Group>
  );
}

function Leave({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const [leaving, leave] = useMutation(LeaveNetworkMutation);
  if (leaving.data?.leaveEmployerNetwork) return <Alert>{t('network.page.left')}</Alert>;
  return (
    <div>
      <Button
        variant="outline"
        color="red.9"
        loading={leaving.fetching}
        onClick={() => void leave({ networkId })}
      >
        {t('network.page.leave')}
      </Button>
    </div>
  );
}

function Requests({
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
          <RequestCard key={request.id} request={request} />
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

function RequestCard({ request }: { request: CollegialRequestPartsFragment }) {
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
          <Text size="sm" key={answer.employerId}>
            <strong>{answer.employerName}</strong>: {t(`network.answerKinds.${answer.kind}`)}
            {answer.note && ` — ${answer.note}`}
          </Text>
        ))}
        {recipient && request.status === 'OPEN' && <AnswerForm request={request} />}
        {mine && request.status === 'OPEN' && <CloseForm requestId={request.id} />}
      </Stack>
    </Card>
  );
}

function AskForm({ network, onAsked }: { network: NetworkPartsFragment; onAsked: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [{ data }] = useQuery({ query: OwnCandidatesQuery });
  const [saving, ask] = useMutation(CreateCollegialRequestMutation);
  const [candidateId, setCandidateId] = useState('');
  const [sought, setSought] = useState<SoughtKind>('TEMPORARY_EXPERIENCE');
  const [startFrom, setStartFrom] = useState(regionToday());
  const [months, setMonths] = useState<number | string>(6);
  const [hours, setHours] = useState<number | string>(24);
  const [lenderOffer, setLenderOffer] = useState('');
  const [note, setNote] = useState('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const others = network.members.filter((m) => m.status === 'ACTIVE' && m.employerId !== viewer.employerId);
  const candidates = data?.candidateProfiles.nodes ?? [];
  const submit = async (confirm = false) => {
    const result = await ask(
      {
        input: {
          networkId: network.id,
          candidateId,
          sought,
          startFrom,
          durationMonths: Number(months),
          hoursPerWeek: Number(hours),
          lenderOffer,
          note,
          recipientEmployerIds: recipients,
        },
        confirm,
      },
      REQUESTS_CHANGED,
    );
    if (!result.error) onAsked();
  };
  return (
    <Card
      withBorder
      component="form"
      aria-label={t('network.requests.ask')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('network.requests.ask')}
        </Title>
        <NativeSelect
          label={t('network.requests.candidate')}
          required
          value={candidateId}
          onChange={(event) => setCandidateId(event.currentTarget.value)}
          data={[{ value: '', label: '' }, ...candidates.map((c) => ({ value: c.id, label: c.publicCode }))]}
        />
        <NativeSelect
          label={t('network.requests.sought')}
          value={sought}
          onChange={(event) => setSought(event.currentTarget.value as SoughtKind)}
          data={SOUGHT.map((kind) => ({ value: kind, label: t(`network.sought.${kind}`) }))}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('network.requests.startFrom')}
            required
            value={startFrom}
            onChange={(event) => setStartFrom(event.currentTarget.value)}
          />
          <NumberInput
            label={t('network.requests.duration')}
            min={1}
            max={24}
            required
            value={months}
            onChange={setMonths}
          />
          <NumberInput
            label={t('network.requests.hours')}
            min={1}
            max={40}
            required
            value={hours}
            onChange={setHours}
          />
        </Group>
        <Textarea
          label={t('network.requests.lenderOffer')}
          description={t('network.requests.lenderOfferHelp')}
          value={lenderOffer}
          maxLength={2000}
          autosize
          onChange={(event) => setLenderOffer(event.currentTarget.value)}
        />
        <Textarea
          label={t('network.requests.note')}
          description={t('network.requests.noteHelp')}
          value={note}
          maxLength={2000}
          autosize
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <MultiSelect
          label={t('network.requests.recipients')}
          description={t('network.requests.recipientsHelp')}
          value={recipients}
          onChange={setRecipients}
          data={others.map((m) => ({ value: m.employerId, label: m.employerName }))}
        />
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => void submit(true)} />}
        <div>
          <Button type="submit" loading={saving.fetching} disabled={!candidateId}>
            {t('network.requests.submit')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}

function AnswerForm({ request }: { request: CollegialRequestPartsFragment }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [kind, setKind] = useState<CollegialAnswerKind>('CONVERSATION');
  const [vacancyId, setVacancyId] = useState('');
  const [note, setNote] = useState('');
  const [{ data }] = useQuery({
    query: OwnOpenVacanciesQuery,
    variables: { employerId: viewer.employerId ?? '' },
    pause: kind !== 'VACANCY',
  });
  const [saving, answer] = useMutation(AnswerCollegialRequestMutation);
  const submit = (confirm = false) =>
    void answer(
      {
        requestId: request.id,
        answer: { kind, vacancyId: kind === 'VACANCY' ? vacancyId : null, note },
        confirm,
      },
      REQUESTS_CHANGED,
    );
  return (
    <form
      aria-label={t('network.requests.answerTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('network.requests.answerTitle')}
        </Title>
        <NativeSelect
          label={t('network.requests.answerKind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as CollegialAnswerKind)}
          data={ANSWER_KINDS.map((k) => ({ value: k, label: t(`network.answerKinds.${k}`) }))}
        />
        {kind === 'VACANCY' && (
          <NativeSelect
            label={t('network.requests.vacancy')}
            required
            value={vacancyId}
            onChange={(event) => setVacancyId(event.currentTarget.value)}
            data={[
              { value: '', label: '' },
              ...(data?.vacancies.nodes ?? []).map((v) => ({ value: v.id, label: v.title })),
            ]}
          />
        )}
        <Textarea
          label={t('network.requests.answerNote')}
          description={t('network.requests.answerNoteHelp')}
          value={note}
          maxLength={2000}
          autosize
          required={kind === 'NOT_NOW'}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {saving.error && <RefusalAlert error={saving.error} onConfirmNoName={() => submit(true)} />}
        <div role="status">
          {saving.data && !saving.error && <Text size="sm">{t('network.requests.answered')}</Text>}
        </div>
        <div>
          <Button type="submit" variant="outline" loading={saving.fetching}>
            {t('network.requests.answerSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function CloseForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [saving, close] = useMutation(CloseCollegialRequestMutation);
  return (
    <Group align="flex-end">
      <TextInput
        label={t('network.requests.closingNote')}
        value={note}
        maxLength={500}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Button
        variant="outline"
        loading={saving.fetching}
        onClick={() => void close({ requestId, note }, REQUESTS_CHANGED)}
      >
        {t('network.requests.close')}
      </Button>
      {saving.error && <RefusalAlert error={saving.error} />}
    </Group>
  );
}
