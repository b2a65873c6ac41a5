import { LocalisedText } from '@werkbrug/gateway/matches/models/match-explanation.model';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlacementActionKind } from '@werkbrug/placements/placement-lifecycle';
import {
  PlacementFollowUp,
  PlacementKind,
  PlacementPayer,
  PlacementPurpose,
  PlacementStatus,
} from '@werkbrug/placements/placement.enums';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

registerEnumType(PlacementActionKind, {
  name: 'PlacementActionKind',
  description: 'A step in a placement’s lifecycle that a party may take',
});

@ObjectType('PlacementConflict')
export class PlacementConflictModel {
  @Field({
    description:
      'INVALID_PERIOD, OVERLAPPING_PLACEMENTS, EXCEEDS_CONTRACT_HOURS, HOST_CAPACITY_EXCEEDED, ENDS_AFTER_CONTRACT_END, STARTS_TOO_LATE',
  })
  kind!: string;
  @Field({ description: 'Blocking conflicts must be resolved; STARTS_TOO_LATE is a warning' })
  blocking!: boolean;
  @Field(() => [ID]) placementIds!: string[];
  @Field(() => LocalDate, { nullable: true }) from!: string | null;
  @Field(() => LocalDate, { nullable: true }) to!: string | null;
  @Field() explanation!: string;
  @Field() explanationNl!: string;
}

@ObjectType()
export class Placement {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Empty once the candidate had their data erased' })
  candidateId!: string | null;
  @Field(() => ID) lendingEmployerId!: string;
  @Field(() => ID) hostEmployerId!: string;
  @Field(() => ID, { nullable: true }) matchCaseId!: string | null;
  @Field(() => PlacementKind) kind!: PlacementKind;
  @Field(() => PlacementPurpose) purpose!: PlacementPurpose;
  @Field(() => PlacementStatus) status!: PlacementStatus;
  @Field(() => Int) requestedHoursPerWeek!: number;
  @Field(() => Int) durationWeeks!: number;
  @Field(() => LocalDate, { nullable: true }) notBefore!: string | null;
  @Field(() => LocalDate, { nullable: true }) startDate!: string | null;
  @Field(() => LocalDate, { nullable: true }) endDate!: string | null;
  @Field(() => Int, { nullable: true }) hoursPerWeek!: number | null;
  @Field(() => [String]) workDays!: string[];
  @Field(() => Int) contractHoursPerWeek!: number;
  @Field(() => Int) ownWorkHoursPerWeek!: number;
  @Field(() => PlacementPayer) salaryPaidBy!: PlacementPayer;
  @Field() travelCostsReimbursed!: boolean;
  @Field(() => PlacementPayer) travelCostsPaidBy!: PlacementPayer;
  @Field(() => String, { nullable: true }) insuranceNote!: string | null;
  @Field(() => String, { nullable: true }) subsidyNote!: string | null;
  @Field() returnOption!: boolean;
  @Field() lendingContact!: string;
  @Field() hostContact!: string;
  @Field() lenderAgreed!: boolean;
  @Field() hostAgreed!: boolean;
  @Field() candidateConsented!: boolean;
  @Field(() => [String], {
    description: "The worker's remarks on its proposal (e.g. FEWER_HOURS_THAN_ASKED)",
  })
  planWarnings!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'Why the worker could not propose dates, in English (planProblemText has both languages)',
  })
  planProblem!: string | null;
  @Field(() => LocalisedText, {
    nullable: true,
    description:
      'Why the worker could not propose dates, in Dutch and English, with the figures that decide it (the ' +
      'contract end only for those who may know it)',
  })
  planProblemText!: LocalisedText | null;
  @Field(() => [PlacementConflictModel], {
    description: 'Conflicts with other placements, contract hours or end, host capacity',
  })
  conflicts!: PlacementConflictModel[];
  @Field(() => String, { nullable: true }) hostEvaluation!: string | null;
  @Field(() => String, { nullable: true }) candidateEvaluation!: string | null;
  @Field(() => PlacementFollowUp, { nullable: true }) followUp!: PlacementFollowUp | null;
  @Field(() => [PlacementActionKind], {
    description:
      'What the viewer may do now for their side (lender, host, candidate or mobility team), by the placement rules; ' +
      'blocking conflicts can still refuse completing the agreement or the start',
  })
  availableActions!: PlacementActionKind[];
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType()
export class PlacementEvent {
  @Field() event!: string;
  @Field(() => PlacementStatus) fromStatus!: PlacementStatus;
  @Field(() => PlacementStatus) toStatus!: PlacementStatus;
  @Field() actorRole!: string;
  @Field(() => String, { nullable: true, description: 'The note as written (the worker writes in Dutch)' })
  note!: string | null;
  @Field(() => LocalisedText, {
    nullable: true,
    description:
      "The note in the reader's language: the worker writes both; a person's note reads the same in both",
  })
  noteText!: LocalisedText | null;
  @Field(() => DateTimeScalar) occurredAt!: Date;
}

@ObjectType()
export class HostCapacityModel {
  @Field(() => ID) id!: string;
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate, { nullable: true }) to!: string | null;
  @Field(() => Int) hoursPerWeek!: number;
}

@ObjectType()
export class LedgerEmployerRow {
  @Field() period!: string;
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field(() => Float) hoursLent!: number;
  @Field(() => Float) hoursBorrowed!: number;
  @Field(() => Int) placementsLent!: number;
  @Field(() => Int) placementsBorrowed!: number;
  @Field(() => Float, { description: 'Lent minus borrowed' }) balance!: number;
  @Field(() => Float, {
    description: 'Balance summed over this and the earlier periods asked for: the trend',
  })
  cumulativeBalance!: number;
}

@ObjectType()
export class LedgerPairRow {
  @Field() period!: string;
  @Field(() => ID) lendingEmployerId!: string;
  @Field() lendingEmployerName!: string;
  @Field(() => ID) hostEmployerId!: string;
  @Field() hostEmployerName!: string;
  @Field(() => Float) hours!: number;
  @Field(() => Int) placements!: number;
}

@ObjectType({
  description: 'Give-and-take between employers: own employer for HR leads, the region for mobility teams',
})
export class ReciprocityLedgerModel {
  @Field(() => LocalDate) from!: string;
  @Field(() => LocalDate) to!: string;
  @Field(() => [String]) periods!: string[];
  @Field(() => [LedgerEmployerRow]) employers!: LedgerEmployerRow[];
  @Field(() => [LedgerPairRow]) pairs!: LedgerPairRow[];
  @Field({ description: 'CSV download (relative URL, same bearer token)' }) csvUrl!: string;
}
