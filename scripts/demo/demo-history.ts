import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContractType, Role, type Viewer } from '@werkbrug/core';
import {
  addDays,
  AssessmentDomain,
  ContactKind,
  HireSource,
  HiresService,
  regionToday,
  ScreeningAdvice,
  TrajectoriesService,
  TrajectoryKind,
  TrajectoryOutcome,
} from '@werkbrug/trajectories';
import { DataSource } from 'typeorm';
import { DEMO_EMPLOYERS, DEMO_REGION } from './demo-region';
import { SeededRandom } from './random';

export const DEMO_HISTORY_VERSION = 'demo-history-v1';
const PEOPLE_PER_EMPLOYER = 14;

/** Creates one more active candidate of an employer and returns its id (the demo seeder's own profiles). */
export type CandidateFactory = (hr: Viewer, employerIndex: number, index: number) => Promise<string>;

/**
 * A year and a half of the region's past, through the same services the API uses, each step dated when it happened: people
 * registered, their trajectories from intake to a hire or another ending, contacts, and the follow-ups three and
 * six months later — answered by the HR lead or counsellor, or left open. The figures on *Resultaten* are computed
 * from this by the worker, as from real work. Registration times are set back in the database: the only step the
 * API cannot date in the past.
 */
@Injectable()
export class DemoHistory {
  private readonly random = new SeededRandom(20261205);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trajectories: TrajectoriesService,
    private readonly hires: HiresService,
  ) {}

  async seed(counsellor: Viewer, newCandidate: CandidateFactory): Promise<'seeded' | 'already-present'> {
    const marker: unknown[] = await this.db.query(`SELECT 1 FROM reference_data_version WHERE name = $1`, [
      DEMO_HISTORY_VERSION,
    ]);
    if (marker.length > 0) return 'already-present';
    const today = regionToday();
    for (const [e, spec] of DEMO_EMPLOYERS.entries()) {
      const hr = await this.hrOf(spec.slug);
      for (let i = 0; i < PEOPLE_PER_EMPLOYER; i++) {
        const candidateId = await newCandidate(hr, e, 100 + i);
        await this.livePast(counsellor, hr, candidateId, today);
      }
    }
    await this.db.query(`INSERT INTO reference_data_version (name, sha256) VALUES ($1, repeat('0', 64))`, [
      DEMO_HISTORY_VERSION,
    ]);
    return 'seeded';
  }

  /** One person's story: intake 60–540 days ago, screening, contacts, then most find work elsewhere. */
  private async livePast(counsellor: Viewer, hr: Viewer, candidateId: string, today: string): Promise<void> {
    const r = this.random;
    const startedOn = addDays(today, -r.int(60, 540));
    const [{ track }]: { track: string }[] = await this.db.query(
      `UPDATE candidate_profile SET created_at = $2::date - interval '30 days' WHERE id = $1 RETURNING track`,
      [candidateId, startedOn],
    );
    const spoor2 = track === 'SICKNESS_REINTEGRATION';
    const trajectory = await this.trajectories.open(counsellor, {
      candidateId,
      kind: spoor2 ? TrajectoryKind.SICKNESS_REINTEGRATION : TrajectoryKind.WORK_TO_WORK,
      counsellorUserId: counsellor.userId,
      startedOn,
      firstSicknessDay: spoor2 ? addDays(startedOn, -r.int(200, 500)) : null,
    });
    const screenedOn = addDays(startedOn, r.int(5, 20));
    if (screenedOn <= today)
      await this.trajectories.saveScreening(
        counsellor,
        trajectory.id,
        {
          items: [
            {
              domain: AssessmentDomain.MOTIVATION,
              score: r.int(3, 5),
              note: 'Wil graag verder in ander werk.',
            },
            {
              domain: AssessmentDomain.WORK,
              score: r.int(2, 5),
              note: 'Ruime werkervaring in de eigen sector.',
            },
            { domain: AssessmentDomain.NETWORK, score: r.int(2, 4), note: null },
          ],
          conclusionPeriod: 'Binnen zes maanden.',
          advice: ScreeningAdvice.START_TRAJECTORY,
          screenedOn,
        },
        {},
      );
    for (let c = 0; c < r.int(1, 3); c++) {
      const occurredOn = addDays(startedOn, 7 + c * r.int(14, 35));
      if (occurredOn > today) break;
      await this.trajectories.logContact(
        counsellor,
        trajectory.id,
        {
          occurredOn,
          kind: r.pick([ContactKind.TALK, ContactKind.PHONE, ContactKind.VIDEO]),
          durationMinutes: r.pick([30, 45, 60]),
          summary: r.pick([
            'Voortgang besproken; twee vacatures bekeken.',
            'Sollicitatie voorbereid met de kandidaat.',
            'Terugblik op het kennismakingsgesprek bij de werkgever.',
          ]),
        },
        {},
      );
    }
    await this.ending(counsellor, hr, candidateId, trajectory.id, startedOn, today);
  }

  private async ending(
    counsellor: Viewer,
    hr: Viewer,
    candidateId: string,
    trajectoryId: string,
    startedOn: string,
    today: string,
  ): Promise<void> {
    const r = this.random;
    const roll = r.next();
    const hiredOn = addDays(startedOn, r.int(25, 240));
    if (roll < 0.68 && hiredOn <= today) {
      const hire = await this.hires.record(
        hr,
        {
          candidateId,
          employerName: r.pick([
            'Gemeente Oss',
            'Bouwbedrijf Van Lith',
            'Distributiecentrum Veghel',
            'Zorgcentrum Nistelrode',
          ]),
          contractType: r.pick([ContractType.PERMANENT, ContractType.FIXED_TERM, ContractType.FIXED_TERM]),
          durationMonths: r.pick([null, 12, 12, 6]),
          startedOn: hiredOn,
          source: r.pick([HireSource.MATCH, HireSource.MATCH, HireSource.PLACEMENT, HireSource.OUTSIDE]),
        },
        { allowPossibleNames: true },
      );
      await this.trajectories.close(
        counsellor,
        trajectoryId,
        { outcome: TrajectoryOutcome.EXTERNAL_JOB, closedOn: hiredOn },
        {},
      );
      for (const followUp of hire.followUps) {
        const answeredOn = addDays(followUp.dueOn, r.int(0, 10));
        // Some follow-ups are still open: nobody has asked yet, and Werkbrug does not assume an answer.
        if (answeredOn > today || r.next() < 0.12) continue;
        await this.hires.answerFollowUp(
          followUp.months === 6 ? counsellor : hr,
          followUp.id,
          { stillEmployed: r.next() < 0.82, sameEmployer: true },
          {},
          answeredOn,
        );
      }
      return;
    }
    const closedOn = addDays(startedOn, r.int(90, 300));
    if (roll > 0.9 && closedOn <= today)
      await this.trajectories.close(
        counsellor,
        trajectoryId,
        {
          outcome: TrajectoryOutcome.STOPPED_BY_CANDIDATE,
          closedOn,
          note: 'Kandidaat koos voor een opleiding.',
        },
        {},
      );
  }

  private async hrOf(slug: string): Promise<Viewer> {
    const [row]: { id: string; employer_id: string }[] = await this.db.query(
      `SELECT id, employer_id FROM user_account WHERE email = $1`,
      [`hr.${slug}@werkbrug.demo`],
    );
    return { role: Role.HR_LEAD, userId: row.id, employerId: row.employer_id, regionCode: DEMO_REGION };
  }
}
