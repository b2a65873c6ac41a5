import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccountsModule,
  JobSeekerInvitationsService,
  PasswordHasher,
  StaffAccountsService,
} from '@werkbrug/accounts';
import {
  CandidateIdentityService,
  CandidatesModule,
  CandidatesService,
  CandidateStatus,
  CandidateTrack,
  SharingScope,
  SupportNeed,
} from '@werkbrug/candidates';
import { ContractType, Role, Shift, TravelMode, Viewer, Weekday } from '@werkbrug/core';
import { AppConfig } from '@werkbrug/config';
import { DatabaseModule } from '@werkbrug/database';
import { MailDelivery, mailDirectory, mailsTo, MailModule } from '@werkbrug/mail';
import { EmployersModule, EmployersService } from '@werkbrug/employers';
import { GeoModule } from '@werkbrug/geo';
import { QueueModule } from '@werkbrug/queue';
import { VacanciesModule, VacanciesService, VacancyKind, VacancyStatus } from '@werkbrug/vacancies';
import { TrajectoriesModule } from '@werkbrug/trajectories';
import { MobilityPlansModule } from '@werkbrug/mobility-plans';
import { NetworksModule } from '@werkbrug/networks';
import { DataSource } from 'typeorm';
import {
  ATTENTION_SKETCHES,
  DEMO_COUNSELLOR,
  DEMO_EMPLOYERS,
  DEMO_JOB_SEEKER_EMAIL,
  DEMO_PASSWORD,
  DEMO_REGION,
  DEMO_SEED_VERSION,
  DemoEmployer,
  FIRST_NAMES,
  LAST_NAMES,
  SECTOR_SKETCHES,
  STRENGTH_SKETCHES,
} from './demo-region';
import { DemoCases } from './demo-cases';
import { DemoMobilityPlan } from './demo-mobility-plan';
import { DemoNetwork } from './demo-network';
import { PlacementsModule } from '@werkbrug/placements';
import { DemoHistory } from './demo-history';
import { SeededRandom } from './random';

export interface DemoAccount {
  role: string;
  email: string;
  what: string;
}

interface Occupation {
  id: string;
  labelNl: string | null;
  essential: string[];
  optional: string[];
}

const TRACKS = [
  CandidateTrack.WORK_TO_WORK,
  CandidateTrack.WORK_TO_WORK,
  CandidateTrack.LABOUR_DISABILITY,
  CandidateTrack.SICKNESS_REINTEGRATION,
  CandidateTrack.VOLUNTARY_MOBILITY,
];
const KINDS = [
  VacancyKind.JOB,
  VacancyKind.JOB,
  VacancyKind.JOB,
  VacancyKind.SECONDMENT,
  VacancyKind.TRIAL_PLACEMENT,
  VacancyKind.WORK_EXPERIENCE,
];

/**
 * Loads the demo region through the same services the API uses (validation, privacy guard, outbox included),
 * so the demo data is data the product itself accepted. Runs once: a marker row makes a second run a no-op.
 */
@Injectable()
export class DemoSeeder {
  private readonly random = new SeededRandom(20261123);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly staff: StaffAccountsService,
    private readonly employers: EmployersService,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
    private readonly invitations: JobSeekerInvitationsService,
    private readonly identities: CandidateIdentityService,
    private readonly mail: MailDelivery,
    private readonly config: AppConfig,
    private readonly history: DemoHistory,
    private readonly cases: DemoCases,
    private readonly mobilityPlan: DemoMobilityPlan,
    private readonly network: DemoNetwork,
  ) {}

  async seed(): Promise<'seeded' | 'already-present'> {
    const region = await this.seedRegion();
    // The region's past comes separately, so a demo database from before it gets it too.
    const rmt = await this.bootstrapMobilityTeam();
    await this.externalCounsellor(rmt);
    const pc4s = (
      await this.db.query<{ pc4: string }[]>(
        `SELECT pc4 FROM postcode_area WHERE region_code = $1 ORDER BY pc4`,
        [DEMO_REGION],
      )
    ).map((r) => r.pc4);
    const history = await this.history.seed(rmt, async (hr, employerIndex, index) => {
      const spec = DEMO_EMPLOYERS[employerIndex];
      return this.createCandidate(hr, spec, await this.occupations(spec), pc4s, index, { active: true });
    });
    const cases = await this.cases.seed(pc4s);
    const plan = await this.mobilityPlan.seed();
    const network = await this.network.seed(rmt);
    return [region, history, cases, plan, network].includes('seeded') ? 'seeded' : 'already-present';
  }

  private async seedRegion(): Promise<'seeded' | 'already-present'> {
    const marker: unknown[] = await this.db.query(`SELECT 1 FROM reference_data_version WHERE name = $1`, [
      DEMO_SEED_VERSION,
    ]);
    if (marker.length > 0) return 'already-present';
    const admin = await this.bootstrapAdministrator();
    const rmt = await this.bootstrapMobilityTeam();
    const areas: { pc4: string }[] = await this.db.query(
      `SELECT pc4 FROM postcode_area WHERE region_code = $1 ORDER BY pc4`,
      [DEMO_REGION],
    );
    const pc4s = areas.map((r) => r.pc4);
    let firstCandidate: { id: string; hr: Viewer } | undefined;
    const occupationsOf = new Map<DemoEmployer, Occupation[]>();
    const alsoHiresOf = new Map<DemoEmployer, Occupation[]>();
    for (const spec of DEMO_EMPLOYERS) {
      occupationsOf.set(spec, await this.occupations(spec));
      alsoHiresOf.set(spec, await this.occupations(spec, spec.alsoHires));
    }
    for (const spec of DEMO_EMPLOYERS) {
      const employer = await this.employers.create(admin, {
        name: spec.name,
        sector: spec.sector,
        regionCode: DEMO_REGION,
        locations: [{ pc4: this.random.pick(pc4s), label: 'Hoofdlocatie' }],
      });
      // As for a real new employer: the administrator requests its first HR lead, the region's mobility team
      // approves as the second person, and that HR lead becomes the employer's administrator HR lead.
      const { account: requested } = await this.staff.create(admin, {
        role: Role.HR_LEAD,
        employerId: employer.id,
        email: `hr.${spec.slug}@werkbrug.demo`,
        displayName: `HR ${spec.name}`,
      });
      const { account: hrUser, activation } = await this.staff.approve(rmt, requested.id);
      // The approver hands the one-time code to the new HR lead, who chooses their own password with it.
      await this.staff.activateFromClient(
        { code: activation!.code, email: hrUser.email, password: DEMO_PASSWORD },
        'demo-seeder',
      );
      const hr: Viewer = {
        role: Role.HR_LEAD,
        userId: hrUser.id,
        employerId: employer.id,
        regionCode: DEMO_REGION,
      };
      const occupations = occupationsOf.get(spec)!;
      // Half of each employer's vacancies are jobs its own people do; the other half are other jobs that fit it (a
      // care home hires cooks and cleaners too), done by other employers' people: moves between employers.
      const hiresFor = (i: number) => (i % 2 === 0 ? occupations : alsoHiresOf.get(spec)!);
      for (let i = 0; i < spec.candidates; i++) {
        const id = await this.createCandidate(hr, spec, occupations, pc4s, i);
        firstCandidate ??= { id, hr };
      }
      for (let i = 0; i < spec.vacancies; i++) await this.createVacancy(hr, spec, hiresFor(i), pc4s, i);
    }
    if (firstCandidate) await this.claimJobSeekerAccount(firstCandidate.hr, firstCandidate.id);
    await this.db.query(`INSERT INTO reference_data_version (name, sha256) VALUES ($1, repeat('0', 64))`, [
      DEMO_SEED_VERSION,
    ]);
    return 'seeded';
  }

  private async bootstrapAdministrator(): Promise<Viewer> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO user_account (email, password_hash, display_name, role) VALUES ('admin@werkbrug.demo', $1, 'Beheerder', 'ADMINISTRATOR')
       ON CONFLICT (email) DO UPDATE SET display_name = excluded.display_name RETURNING id`,
      [await this.hasher.hash(DEMO_PASSWORD)],
    );
    return { role: Role.ADMINISTRATOR, userId: row.id };
  }

  /** The region's team is put in directly too: the demo has no second administrator to approve it. */
  private async bootstrapMobilityTeam(): Promise<Viewer> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO user_account (email, password_hash, display_name, role, region_code)
       VALUES ('rmt@werkbrug.demo', $1, 'Mobiliteitsteam Noordoost-Brabant', 'MOBILITY_TEAM', $2)
       ON CONFLICT (email) DO UPDATE SET display_name = excluded.display_name RETURNING id`,
      [await this.hasher.hash(DEMO_PASSWORD), DEMO_REGION],
    );
    return { role: Role.MOBILITY_TEAM, userId: row.id, regionCode: DEMO_REGION };
  }

  /**
   * The region's external re-integration adviser, as a real one comes in: the mobility team requests the account,
   * the administrator approves it as the second person and hands over the code, with which the adviser chooses
   * their password. Once: a demo database from before gets it on its next start.
   */
  private async externalCounsellor(rmt: Viewer): Promise<void> {
    const present: unknown[] = await this.db.query(`SELECT 1 FROM user_account WHERE email = $1`, [
      DEMO_COUNSELLOR.email,
    ]);
    if (present.length > 0) return;
    const admin = await this.bootstrapAdministrator();
    const { account: requested } = await this.staff.create(rmt, {
      role: Role.COUNSELLOR,
      regionCode: DEMO_REGION,
      ...DEMO_COUNSELLOR,
    });
    const { activation } = await this.staff.approve(admin, requested.id);
    await this.staff.activateFromClient(
      { code: activation!.code, email: DEMO_COUNSELLOR.email, password: DEMO_PASSWORD },
      'demo-seeder',
    );
  }

  private async occupations(spec: DemoEmployer, labels = spec.occupations): Promise<Occupation[]> {
    const rows: {
      id: string;
      label_en: string;
      label_nl: string | null;
      essential: string[];
      optional: string[];
    }[] = await this.db.query(
      `SELECT o.id, o.label_en, o.label_nl,
              array_agg(s.skill_id) FILTER (WHERE s.essential) AS essential,
              coalesce(array_agg(s.skill_id) FILTER (WHERE NOT s.essential), '{}') AS optional
       FROM esco_occupation o JOIN esco_occupation_skill s ON s.occupation_id = o.id
       WHERE o.label_en = ANY($1) GROUP BY o.id ORDER BY o.label_en`,
      [labels],
    );
    if (rows.length === 0) throw new Error(`No ESCO occupations found for ${spec.name}`);
    return rows.map((r) => ({ id: r.id, labelNl: r.label_nl, essential: r.essential, optional: r.optional }));
  }

  private async createCandidate(
    hr: Viewer,
    spec: DemoEmployer,
    occupations: Occupation[],
    pc4s: string[],
    index: number,
    { active }: { active?: boolean } = {},
  ): Promise<string> {
    const r = this.random;
    // Most demo candidates have consented; a few are still drafts the HR lead is preparing.
    const consented = active === true || index % 5 !== 4;
    const occupation = r.pick(occupations);
    const hoursMin = r.pick([12, 16, 20, 24, 28, 32]);
    const monthsLeft = r.int(1, 9);
    const view = await this.candidates.create(hr, {
      track: r.pick(TRACKS),
      // Mostly in the words HR advisers use for that work, sometimes a general one.
      sketchStrengths: r.pick([...(SECTOR_SKETCHES[spec.sector] ?? []), ...STRENGTH_SKETCHES.slice(0, 3)]),
      sketchAttentionPoints: r.pick(ATTENTION_SKETCHES),
      hoursMin,
      hoursMax: Math.min(40, hoursMin + r.pick([4, 8, 12])),
      homePc4: r.pick(pc4s),
      maxTravelKm: r.pick([8, 12, 15, 20, 25, 35]),
      travelMode: r.pick([TravelMode.BICYCLE, TravelMode.CAR, TravelMode.PUBLIC_TRANSPORT, TravelMode.CAR]),
      sectorsOpen: [
        spec.sector,
        ...r.sample(
          DEMO_EMPLOYERS.map((e) => e.sector),
          2,
        ),
      ],
      contractTypes: [ContractType.PERMANENT, ContractType.FIXED_TERM],
      availableFrom: isoDate(addMonths(new Date(), 1)),
      contractEndDate: isoDate(addMonths(new Date(), monthsLeft)),
      supportNeeds: r.next() < 0.3 ? r.sample(Object.values(SupportNeed), r.int(1, 2)) : [],
      sharingScope: SharingScope.REGION,
      // Someone who has done a job for years has most of its essential skills.
      strengths: r
        .sample(occupation.essential, r.int(8, 12))
        .map((skillId) => ({ skillId, level: r.int(2, 4), evidenceNote: null })),
      developmentSkillIds: r.sample(occupation.optional, r.int(1, 3)),
      identity: {
        fullName: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
        email: `kandidaat.${spec.slug}.${index + 1}@voorbeeld.nl`,
        phone: null,
        dateOfBirth: null,
      },
      consentGiven: consented,
    });
    if (consented) await this.candidates.changeStatus(hr, view.profile.id, CandidateStatus.ACTIVE);
    return view.profile.id;
  }

  /**
   * The demo job seeker gets their account the way every person does: their HR lead enters their own address and
   * invites them, the code is mailed (to the development mail directory), and they claim it with that address.
   */
  private async claimJobSeekerAccount(hr: Viewer, candidateId: string): Promise<void> {
    await this.identities.update(hr, candidateId, { email: DEMO_JOB_SEEKER_EMAIL });
    await this.invitations.create(hr, candidateId);
    await this.mail.deliverDue();
    const [invitation] = (await mailsTo(mailDirectory(this.config.MAIL_URL), DEMO_JOB_SEEKER_EMAIL)).slice(
      -1,
    );
    const code = /(?:uitnodigingscode|invitation code): ([A-Z0-9-]+)/i.exec(invitation?.text ?? '')?.[1];
    if (!code) throw new Error(`No invitation mail for ${DEMO_JOB_SEEKER_EMAIL} in ${this.config.MAIL_URL}`);
    await this.invitations.claimFromClient(
      { code, email: DEMO_JOB_SEEKER_EMAIL, password: DEMO_PASSWORD, displayName: 'Demo werkzoekende' },
      'demo-seeder',
    );
  }

  private async createVacancy(
    hr: Viewer,
    spec: DemoEmployer,
    occupations: Occupation[],
    pc4s: string[],
    index: number,
  ): Promise<void> {
    const r = this.random;
    const occupation = index % 2 === 0 ? occupations[(index / 2) % occupations.length] : r.pick(occupations);
    const [required, nice, trained] = [
      r.sample(occupation.essential, r.int(3, 6)),
      r.sample(occupation.optional, 2),
      r.sample(occupation.optional.slice(2), 2),
    ];
    const hoursMin = r.pick([16, 20, 24, 32]);
    const startMonths = r.pick([null, 1, 1, 2, 3, 4, 6]);
    const vacancy = await this.vacancies.create(hr, {
      // ESCO names both forms ("medewerker groenvoorziening/medewerkster groenvoorziening"); a job ad uses one.
      title: capitalise((occupation.labelNl ?? 'medewerker').split('/')[0]),
      escoOccupationId: occupation.id,
      description: spec.vacancyText,
      locationPc4: r.pick(pc4s),
      hoursMin,
      hoursMax: Math.min(40, hoursMin + 8),
      workDays: r.sample(
        [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI, Weekday.SAT],
        r.int(3, 5),
      ),
      shifts: [r.pick([Shift.DAY, Shift.DAY, Shift.EVENING])],
      contractType: r.pick([ContractType.PERMANENT, ContractType.FIXED_TERM]),
      contractDurationMonths: null,
      kind: r.pick(KINDS),
      // Some as soon as possible, most in the coming months, one now and then half a year ahead.
      startDate: startMonths === null ? null : isoDate(addMonths(new Date(), startMonths)),
      positions: r.int(1, 3),
      requiredSkillIds: required,
      niceToHaveSkillIds: nice.filter((id) => !required.includes(id)),
      trainedOnTheJobSkillIds: trained.filter((id) => !required.includes(id) && !nice.includes(id)),
    });
    if (index % 4 !== 3) await this.vacancies.changeStatus(hr, vacancy.id, VacancyStatus.OPEN);
  }
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

@Module({
  imports: [
    DatabaseModule,
    QueueModule,
    AccountsModule,
    GeoModule,
    EmployersModule,
    CandidatesModule,
    VacanciesModule,
    MailModule,
    TrajectoriesModule,
    MobilityPlansModule,
    NetworksModule,
    PlacementsModule,
  ],
  providers: [DemoSeeder, DemoHistory, DemoCases, DemoMobilityPlan, DemoNetwork],
})
export class DemoSeedModule {}
