import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import {
  ParticipationStatus,
  SessionLateArrivalsService,
  SessionMovesService,
  SessionOutcomesService,
  SessionParticipationService,
  SessionsService,
  SessionSuggestionsService,
  SessionViewsService,
} from '@werkbrug/sessions';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { nameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe, parseId } from '@werkbrug/gateway/graphql/parse-id.pipe';
import {
  InviteToSessionInput,
  MeetingOutcomeInput,
  MoveSessionMeetingInput,
  ParticipantInput,
  SessionAnswerInput,
  SessionSetupInput,
  SessionWishInput,
  UpdateSessionSetupInput,
} from './dto/session.input';
import {
  InvitationResult,
  MeetingOutcomeResult,
  SessionAgenda,
  SessionCandidate,
  SessionEmployer,
  SessionInviteeSuggestions,
  SessionMeeting,
  SessionTablePlan,
  SessionWish,
  UnmetWish,
} from './models/participation.model';
import { MeetAndGreetSession } from './models/session.model';
import {
  toAgendaModel,
  toParticipant,
  toSessionModel,
  toSetup,
  toSetupChanges,
  toSlotIndices,
  toSlotNumbers,
  toTablePlanModel,
  toUnmetWishModel,
} from './session.mapper';

const SessionId = () => Args('sessionId', { type: () => ID }, ParseIdPipe);

@Resolver(() => MeetAndGreetSession)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly participation: SessionParticipationService,
    private readonly views: SessionViewsService,
    private readonly outcomes: SessionOutcomesService,
    private readonly suggestions: SessionSuggestionsService,
    private readonly moves: SessionMovesService,
    private readonly lateArrivals: SessionLateArrivalsService,
  ) {}

  @Query(() => SessionInviteeSuggestions, {
    description: 'Mobility team: whom to invite, from the match lists',
  })
  async sessionInviteeSuggestions(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('limit', { type: () => Int, defaultValue: 25 }) limit: number,
  ): Promise<SessionInviteeSuggestions> {
    const capped = Math.max(1, Math.min(limit, 200));
    const [candidates, employers] = await Promise.all([
      this.suggestions.candidates(viewer, id, capped),
      this.suggestions.employers(viewer, id, capped),
    ]);
    return { candidates, employers };
  }

  @Query(() => [MeetAndGreetSession], { description: 'Sessions the viewer runs or takes part in' })
  async meetAndGreetSessions(@CurrentViewer() viewer: Viewer): Promise<MeetAndGreetSession[]> {
    return (await this.sessions.list(viewer)).map(toSessionModel);
  }

  @Query(() => MeetAndGreetSession)
  async meetAndGreetSession(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<MeetAndGreetSession> {
    return toSessionModel(await this.sessions.get(viewer, id));
  }

  @Mutation(() => MeetAndGreetSession, { description: 'Mobility teams set up a session in their region' })
  async createMeetAndGreetSession(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SessionSetupInput,
    @Args('networkId', {
      type: () => ID,
      nullable: true,
      description:
        'A session of an employer network of the region: only its active members and their candidates',
    })
    networkId: string | null,
  ): Promise<MeetAndGreetSession> {
    const network = networkId ? parseId(networkId, 'networkId') : null;
    return toSessionModel(await this.sessions.create(viewer, toSetup(input), new Date(), network));
  }

  @Mutation(() => MeetAndGreetSession)
  async updateMeetAndGreetSession(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('input') input: UpdateSessionSetupInput,
  ): Promise<MeetAndGreetSession> {
    return toSessionModel(await this.sessions.update(viewer, id, toSetupChanges(input)));
  }

  @Mutation(() => InvitationResult)
  inviteToSession(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('input') input: InviteToSessionInput,
  ): Promise<InvitationResult> {
    return this.participation.invite(viewer, id, input.candidateIds, input.employers);
  }

  @Mutation(() => Boolean, { description: 'Accept (with blocked slots) or decline an invitation' })
  async respondToSessionInvitation(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('participant') participant: ParticipantInput,
    @Args('answer') answer: SessionAnswerInput,
  ): Promise<boolean> {
    await this.participation.respond(viewer, id, toParticipant(participant), {
      attending: answer.attending,
      blockedSlots: toSlotIndices(answer.blockedSlots),
      representatives: answer.representatives ?? undefined,
    });
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'An accepted participant cannot come after all; re-plans a published session',
  })
  async cancelSessionParticipation(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('participant') participant: ParticipantInput,
  ): Promise<boolean> {
    await this.participation.withdraw(viewer, id, toParticipant(participant), ParticipationStatus.CANCELLED);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Mobility team: a participant did not turn up; their meetings are re-planned',
  })
  async markSessionNoShow(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('participant') participant: ParticipantInput,
  ): Promise<boolean> {
    await this.participation.withdraw(viewer, id, toParticipant(participant), ParticipationStatus.NO_SHOW);
    return true;
  }

  @Mutation(() => Int, {
    description:
      'Mobility team, on the day: a participant arrives only for a later round; their meetings before it are released and the rest of the day re-planned. Returns how many meetings were released',
  })
  markSessionLateArrival(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('participant') participant: ParticipantInput,
    @Args('arrivesForSlot', { type: () => Int, description: 'The first round (1-based) they can attend' })
    arrivesForSlot: number,
  ): Promise<number> {
    return this.lateArrivals.markLateArrival(viewer, id, toParticipant(participant), arrivesForSlot - 1);
  }

  @Mutation(() => SessionWish, {
    nullable: true,
    description: 'Set (or with kind null remove) a wish about the other side',
  })
  async setSessionWish(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('input') input: SessionWishInput,
  ): Promise<SessionWish | null> {
    return this.participation.setWish(viewer, id, { ...input, kind: input.kind ?? null });
  }

  @Query(() => [SessionWish])
  sessionWishes(@CurrentViewer() viewer: Viewer, @SessionId() id: string): Promise<SessionWish[]> {
    return this.participation.wishes(viewer, id);
  }

  @Query(() => [SessionCandidate])
  async sessionCandidates(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<SessionCandidate[]> {
    return (await this.participation.candidates(viewer, id)).map((c) => ({
      ...c,
      blockedSlots: toSlotNumbers(c.blockedSlots),
    }));
  }

  @Query(() => [SessionEmployer])
  async sessionEmployers(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<SessionEmployer[]> {
    return (await this.participation.employers(viewer, id)).map((e) => ({
      ...e,
      blockedSlots: toSlotNumbers(e.blockedSlots),
    }));
  }

  @Mutation(() => MeetAndGreetSession, {
    description: 'Ask the worker for a plan (fewest changes once published)',
  })
  async planMeetAndGreetSession(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<MeetAndGreetSession> {
    return toSessionModel(await this.sessions.requestPlan(viewer, id));
  }

  @Mutation(() => MeetAndGreetSession)
  async publishMeetAndGreetSession(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<MeetAndGreetSession> {
    return toSessionModel(await this.sessions.publish(viewer, id));
  }

  @Mutation(() => MeetAndGreetSession)
  async unpublishMeetAndGreetSession(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<MeetAndGreetSession> {
    return toSessionModel(await this.sessions.unpublish(viewer, id));
  }

  @Mutation(() => MeetAndGreetSession)
  async closeMeetAndGreetSession(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<MeetAndGreetSession> {
    return toSessionModel(await this.sessions.close(viewer, id));
  }

  @Mutation(() => SessionMeeting, {
    description: 'Mobility team: keep a meeting where it is through every re-plan',
  })
  async lockSessionMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('meetingId', { type: () => ID }, ParseIdPipe) meetingId: string,
    @Args('locked') locked: boolean,
  ): Promise<SessionMeeting> {
    const m = await this.sessions.lockMeeting(viewer, meetingId, locked);
    return { id: m.id, slot: m.slot + 1, table: m.tableNo + 1, locked: m.locked };
  }

  @Mutation(() => SessionMeeting, {
    description:
      'Mobility team: move a meeting to another round and table (both sides and the table free); locks it there',
  })
  async moveSessionMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MoveSessionMeetingInput,
  ): Promise<SessionMeeting> {
    const m = await this.moves.move(viewer, input.meetingId, {
      slot: input.slot - 1,
      table: input.table - 1,
    });
    return { id: m.id, slot: m.slot + 1, table: m.tableNo + 1, locked: m.locked };
  }

  @Query(() => SessionAgenda, {
    description: 'A participant’s agenda: their own, or any for the mobility team',
  })
  async sessionAgenda(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('participant') participant: ParticipantInput,
  ): Promise<SessionAgenda> {
    return toAgendaModel(await this.views.agenda(viewer, id, toParticipant(participant)));
  }

  @Mutation(() => SessionAgenda, { description: 'The owner has seen the latest changes to their agenda' })
  async markSessionAgendaSeen(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
    @Args('participant') participant: ParticipantInput,
  ): Promise<SessionAgenda> {
    return toAgendaModel(await this.views.markAgendaSeen(viewer, id, toParticipant(participant)));
  }

  @Query(() => SessionTablePlan, { description: 'Mobility team: the venue’s table plan' })
  async sessionTablePlan(
    @CurrentViewer() viewer: Viewer,
    @SessionId() id: string,
  ): Promise<SessionTablePlan> {
    return toTablePlanModel(await this.views.tablePlan(viewer, id));
  }

  @Query(() => [UnmetWish], { description: 'Wishes the plan could not meet, and why' })
  async sessionUnmetWishes(@CurrentViewer() viewer: Viewer, @SessionId() id: string): Promise<UnmetWish[]> {
    return (await this.views.unmetWishes(viewer, id)).map(toUnmetWishModel);
  }

  @Mutation(() => MeetingOutcomeResult, {
    description: 'What came of a meeting; moves the match workflow on',
  })
  async recordMeetingOutcome(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MeetingOutcomeInput,
  ): Promise<MeetingOutcomeResult> {
    const { meeting, matchState } = await this.outcomes.record(
      viewer,
      input.meetingId,
      input.outcome,
      input.note ?? null,
      nameCheck(input.confirmPossibleNames),
    );
    return { meetingId: meeting.id, outcome: input.outcome, matchState };
  }
}
