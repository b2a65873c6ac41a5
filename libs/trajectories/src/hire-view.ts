import type { ContractType } from '@werkbrug/core';
import { followUpStatus } from './follow-up-schedule';
import type { FollowUpEntity, HireEntity } from './hire.entities';
import type { FollowUpStatus, HireSource } from './trajectory.enums';

export interface FollowUpView {
  readonly id: string;
  readonly hireId: string;
  readonly candidateId: string;
  readonly candidatePublicCode: string;
  readonly months: number;
  readonly dueOn: string;
  readonly status: FollowUpStatus;
  readonly counsellorUserId: string | null;
  readonly answeredOn: string | null;
  readonly stillEmployed: boolean | null;
  readonly sameEmployer: boolean | null;
  readonly note: string | null;
  readonly reminderCount: number;
}

export interface HireView {
  readonly id: string;
  readonly candidateId: string;
  readonly candidatePublicCode: string;
  /** The hiring employer's name; null for self-employment. */
  readonly employerName: string | null;
  readonly selfEmployed: boolean;
  readonly external: boolean;
  readonly contractType: ContractType | null;
  readonly startedOn: string;
  readonly durationMonths: number | null;
  readonly hoursPerWeek: number | null;
  readonly source: HireSource;
  /** The match whose HIRED outcome recorded it. */
  readonly matchCaseId: string | null;
  readonly followUps: FollowUpView[];
  readonly createdAt: Date;
}

export function presentFollowUp(
  followUp: FollowUpEntity,
  hire: HireEntity,
  candidatePublicCode: string,
  today: string,
): FollowUpView {
  return {
    id: followUp.id,
    hireId: hire.id,
    candidateId: hire.candidateId,
    candidatePublicCode,
    months: followUp.months,
    dueOn: followUp.dueOn,
    status: followUpStatus(followUp, today),
    counsellorUserId: followUp.counsellorUserId,
    answeredOn: followUp.answeredOn,
    stillEmployed: followUp.stillEmployed,
    sameEmployer: followUp.sameEmployer,
    note: followUp.note,
    reminderCount: followUp.reminderCount,
  };
}

export function presentHire(
  hire: HireEntity,
  followUps: FollowUpEntity[],
  names: { candidateCodes: ReadonlyMap<string, string>; employers: ReadonlyMap<string, string> },
  today: string,
): HireView {
  const code = names.candidateCodes.get(hire.candidateId) ?? '?';
  return {
    id: hire.id,
    candidateId: hire.candidateId,
    candidatePublicCode: code,
    employerName: hire.employerId ? (names.employers.get(hire.employerId) ?? null) : hire.employerName,
    selfEmployed: hire.selfEmployed,
    external: hire.external,
    contractType: hire.contractType,
    startedOn: hire.startedOn,
    durationMonths: hire.durationMonths,
    hoursPerWeek: hire.hoursPerWeek,
    source: hire.source,
    matchCaseId: hire.matchCaseId,
    followUps: followUps
      .filter((f) => f.hireId === hire.id)
      .map((f) => presentFollowUp(f, hire, code, today)),
    createdAt: hire.createdAt,
  };
}
