import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NetworksService } from '@werkbrug/networks';
import { parseId } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { definedFields, Viewer } from '@werkbrug/core';
import {
  HostCapacityService,
  PlacementFollowUp,
  PlacementKind,
  PlacementsService,
  PlacementStatus,
  ReciprocityLedgerService,
} from '@werkbrug/placements';
import { CandidateNotFoundError } from '@werkbrug/candidates/candidates.errors';
import { HireSource, HiresService } from '@werkbrug/trajectories';
import { HireTermsNotForThisOutcomeError } from '@werkbrug/trajectories/trajectories.errors';
import { toTerms } from './placement-terms.mapper';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import {
  ConfirmPossibleNames,
  nameCheck,
  splitNameCheck,
} from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import {
  ChangePlacementTermsInput,
  HostCapacityInput,
  PlacementFollowUpArgs,
  PlacementTermsInput,
  ProposePlacementInput,
} from './dto/placement.input';
import {
  HostCapacityModel,
  Placement,
  PlacementEvent,
  ReciprocityLedgerModel,
} from './models/placement.model';
import { toPlacementModel } from './placement.mapper';

const PlacementId = () => Args('id', { type: () => ID }, ParseIdPipe);
const OnBehalf = () =>
  Args('onBehalfOfCandidate', {
    defaultValue: false,
    description: 'HR leads of the candidate’s employer, for people without an account',
  });

@Resolver(() => Placement)
export class PlacementsResolver {
  constructor(
    private readonly placementService: PlacementsService,
    private readonly ledger: ReciprocityLedgerService,
    private readonly capacity: HostCapacityService,
    private readonly hires: HiresService,
    private readonly networks: NetworksService,
  ) {}

  @Query(() => [Placement], {
    description: 'Placements the viewer is a party to; the region’s for its mobility team',
  })
  async placements(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => PlacementStatus, nullable: true }) status?: PlacementStatus | null,
  ): Promise<Placement[]> {
    return (await this.placementService.list(viewer, status ?? null)).map((p) => toPlacementModel(viewer, p));
  }

  @Query(() => Placement)
  async placement(@CurrentViewer() viewer: Viewer, @PlacementId() id: string): Promise<Placement> {
    return toPlacementModel(viewer, await this.placementService.get(viewer, id));
  }

  @Query(() => [PlacementEvent], { description: 'Every transition with who (role) and when' })
  async placementHistory(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() id: string,
  ): Promise<PlacementEvent[]> {
    return (await this.placementService.history(viewer, id)).map((e) => ({
      ...e,
      noteText: e.note === null ? null : { nl: e.note, en: e.noteEn ?? e.note },
    }));
  }

  @Mutation(() => Placement, { description: 'Propose a placement; without dates the worker proposes them' })
  async proposePlacement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProposePlacementInput,
  ): Promise<Placement> {
    return toPlacementModel(
      viewer,

      await this.placementService.propose(
        viewer,
        input.candidateId,
        input.hostEmployerId,
        toTerms(input, input.kind),
        null,
        nameCheck(input.confirmPossibleNames),
      ),
    );
  }

  @Mutation(() => Placement, {
    description:
      'Propose a placement from an introduced match for a secondment, trial placement or work experience',
  })
  async proposePlacementFromMatch(
    @CurrentViewer() viewer: Viewer,
    @Args('matchCaseId', { type: () => ID }, ParseIdPipe) matchCaseId: string,
    @Args('input') input: PlacementTermsInput,
  ): Promise<Placement> {
    const { kind: _kind, ...terms } = toTerms(input, PlacementKind.TRIAL_PLACEMENT);
    return toPlacementModel(
      viewer,

      await this.placementService.proposeFromMatch(
        viewer,
        matchCaseId,
        {
          ...terms,
          requestedHoursPerWeek: input.requestedHoursPerWeek ?? undefined,
          durationWeeks: input.durationWeeks ?? undefined,
        },
        nameCheck(input.confirmPossibleNames),
      ),
    );
  }

  @Mutation(() => Placement, {
    description: 'Change terms before the start; everyone is asked again, conflicts re-checked',
  })
  async changePlacementTerms(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() id: string,
    @Args('input') input: ChangePlacementTermsInput,
  ): Promise<Placement> {
    const [changes, check] = splitNameCheck(input);
    return toPlacementModel(
      viewer,

      await this.placementService.changeTerms(viewer, id, definedFields(changes), check),
    );
  }

  @Mutation(() => Placement, { description: 'Agree as lending or host HR lead, or consent as the candidate' })
  async agreeToPlacement(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() id: string,
    @OnBehalf() onBehalf: boolean,
  ): Promise<Placement> {
    return toPlacementModel(viewer, await this.placementService.agree(viewer, id, onBehalf));
  }

  @Mutation(() => Placement)
  async declinePlacement(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() id: string,
    @Args('reason') reason: string,
    @OnBehalf() onBehalf: boolean,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<Placement> {
    return toPlacementModel(
      viewer,

      await this.placementService.decline(viewer, id, reason, onBehalf, nameCheck(confirmed)),
    );
  }

  @Mutation(() => Placement)
  async startPlacement(@CurrentViewer() viewer: Viewer, @PlacementId() id: string): Promise<Placement> {
    return toPlacementModel(viewer, await this.placementService.start(viewer, id));
  }

  @Mutation(() => Placement)
  async endPlacement(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() id: string,
    @ConfirmPossibleNames() confirmed: boolean | null,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<Placement> {
    return toPlacementModel(
      viewer,
      await this.placementService.end(viewer, id, note ?? null, nameCheck(confirmed)),
    );
  }

  @Mutation(() => Placement)
  async cancelPlacement(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() id: string,
    @Args('reason') reason: string,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<Placement> {
    return toPlacementModel(
      viewer,
      await this.placementService.cancel(viewer, id, reason, nameCheck(confirmed)),
    );
  }

  @Mutation(() => Placement, { description: 'The host or the candidate evaluates the placement' })
  async evaluatePlacement(
    @CurrentViewer() viewer: Viewer,
    @PlacementId() id: string,
    @Args('evaluation') evaluation: string,
    @OnBehalf() onBehalf: boolean,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<Placement> {
    return toPlacementModel(
      viewer,

      await this.placementService.evaluate(viewer, id, evaluation, onBehalf, nameCheck(confirmed)),
    );
  }

  @Mutation(() => Placement, {
    description:
      'What followed the placement; HIRED records the hire at the host with it (its terms in `hire`), which takes the candidate out of the active pool and schedules the follow-ups',
  })
  async recordPlacementFollowUp(
    @CurrentViewer() viewer: Viewer,
    @Args() { id, followUp, hire }: PlacementFollowUpArgs,
  ): Promise<Placement> {
    if (hire && followUp !== PlacementFollowUp.HIRED) throw new HireTermsNotForThisOutcomeError();
    const alongside =
      followUp === PlacementFollowUp.HIRED
        ? async (tx: EntityManager, placement: { candidateId: string | null; hostEmployerId: string }) => {
            if (!placement.candidateId) throw new CandidateNotFoundError();
            const origin = {
              source: HireSource.PLACEMENT,
              candidateId: placement.candidateId,
              employerId: placement.hostEmployerId,
              matchCaseId: null,
            } as const;
            await this.hires.recordAlongside(tx, viewer, origin, hire);
          }
        : undefined;
    return toPlacementModel(
      viewer,
      await this.placementService.recordFollowUp(viewer, id, followUp, alongside),
    );
  }

  @Mutation(() => HostCapacityModel, {
    description: 'HR leads: placement hours per week the employer can host in a period',
  })
  async declareHostCapacity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: HostCapacityInput,
  ): Promise<HostCapacityModel> {
    const c = await this.capacity.declare(viewer, input.from, input.to ?? null, input.hoursPerWeek);
    return { id: c.id, from: c.fromDate, to: c.toDate, hoursPerWeek: c.hoursPerWeek };
  }

  @Query(() => [HostCapacityModel])
  async hostCapacity(@CurrentViewer() viewer: Viewer): Promise<HostCapacityModel[]> {
    return (await this.capacity.list(viewer)).map((c) => ({
      id: c.id,
      from: c.fromDate,
      to: c.toDate,
      hoursPerWeek: c.hoursPerWeek,
    }));
  }

  @Query(() => ReciprocityLedgerModel)
  async reciprocityLedger(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => LocalDate }) from: string,
    @Args('to', { type: () => LocalDate }) to: string,
    @Args('byQuarter', { defaultValue: false }) byQuarter: boolean,
    @Args('networkId', {
      type: () => ID,
      nullable: true,
      description: "Only placements between the network's active members",
    })
    networkId: string | null,
  ): Promise<ReciprocityLedgerModel> {
    const period = byQuarter ? 'QUARTER' : 'MONTH';
    const among = networkId
      ? await this.networks.activeMemberIds(viewer, parseId(networkId, 'networkId'))
      : null;
    const ledger = await this.ledger.ledger(viewer, from, to, period, among);
    return {
      from,
      to,
      periods: [...ledger.periods],
      employers: ledger.employers.map((r) => ({ ...r, employerName: ledger.names.get(r.employerId) ?? '' })),
      pairs: ledger.pairs.map((r) => ({
        ...r,
        lendingEmployerName: ledger.names.get(r.lendingEmployerId) ?? '',
        hostEmployerName: ledger.names.get(r.hostEmployerId) ?? '',
      })),
      csvUrl: `/reciprocity-ledger.csv?from=${from}&to=${to}&period=${period}${networkId ? `&networkId=${networkId}` : ''}`,
    };
  }
}
