import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalisedText } from '@werkbrug/gateway/matches/models/match-explanation.model';

@ObjectType({
  description: 'A candidate whose contract ends within six months, with whom nothing has started yet',
})
export class EarlyStartEntry {
  @Field(() => ID) candidateId!: string;
  @Field() publicCode!: string;
  @Field({ description: 'The candidate’s track (need-to-know: their own HR leads and the mobility team)' })
  track!: string;
  @Field({ description: 'DRAFT, ACTIVE or PAUSED' }) status!: string;
  @Field({ description: 'When the contract (or the spoor-2 wage-continuation term) ends, as an ISO date' })
  contractEndDate!: string;
  @Field(() => Int, { description: 'Days from today (in the region) to the contract end' }) daysLeft!: number;
  @Field(() => Int, { description: 'Vacancies on the candidate’s current list' }) suggestions!: number;
  @Field({ description: 'COMPLETE_PROFILE, RESUME_PROFILE, NO_SUGGESTIONS or DISCUSS_SUGGESTIONS' })
  nextStep!: string;
  @Field(() => LocalisedText, { description: 'What to do first, in Dutch and English' })
  nextStepText!: LocalisedText;
}

@ObjectType({ description: 'Start six months ahead: the worklist, soonest contract end first' })
export class EarlyStartWorklist {
  @Field({ description: 'Today in the region (ISO date)' }) today!: string;
  @Field({ description: 'The list runs to this contract end date: six months from today' }) until!: string;
  @Field(() => [EarlyStartEntry]) entries!: EarlyStartEntry[];
}
