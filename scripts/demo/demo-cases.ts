import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CandidatesService,
  CandidateStatus,
  CandidateTrack,
  SharingScope,
  SupportNeed,
} from '@werkbrug/candidates';
import { ContractType, Role, Sector, Shift, TravelMode, type Viewer, Weekday } from '@werkbrug/core';
import { VacanciesService, VacancyKind, VacancyStatus } from '@werkbrug/vacancies';
import { DataSource } from 'typeorm';
import { DEMO_REGION } from './demo-region';

const DEMO_CASES_VERSION = 'demo-cases-v1';

interface CaseVacancy {
  slug: string;
  title: string;
  occupation: string;
  kind: VacancyKind;
  contractType: ContractType;
  hours: [number, number];
  workDays: Weekday[];
  description: string;
}

/**
 * The cases every feature needs to show something on first use, added once (older demo databases get them on
 * their next start): a part-time combination (two 12–16 hour cleaning jobs on different days for someone who
 * wants 28–32 hours), a candidate who is hard to place (a fixed schedule, no nights, 5 km by bike, few hours,
 * permanent work only, contract ending in two months), and a secondment and a meeloopstage, which reach people
 * who want a permanent job because they keep their own contract.
 */
@Injectable()
export class DemoCases {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
  ) {}

  async seed(pc4s: readonly string[]): Promise<'seeded' | 'already-present'> {
    const marker: unknown[] = await this.db.query(`SELECT 1 FROM reference_data_version WHERE name = $1`, [
      DEMO_CASES_VERSION,
    ]);
    if (marker.length > 0) return 'already-present';
    const home = pc4s[0];
    const cleaning = await this.essentialSkills('domestic cleaner');
    // Two cleaning jobs that only add up together: Monday to Wednesday, and Thursday and Friday.
    const combination: CaseVacancy[] = [
      {
        slug: 'zorggroep',
        title: 'Huishoudelijk medewerker woongroep (ma–wo)',
        occupation: 'domestic cleaner',
        kind: VacancyKind.JOB,
        contractType: ContractType.PERMANENT,
        hours: [12, 16],
        workDays: [Weekday.MON, Weekday.TUE, Weekday.WED],
        description:
          'Je houdt de huiskamers en appartementen van een woongroep schoon en fris, in de ochtend. Bewoners kennen je en maken graag een praatje.',
      },
      {
        slug: 'thuiszorg',
        title: 'Huishoudelijke hulp in de wijk (do–vr)',
        occupation: 'domestic cleaner',
        kind: VacancyKind.JOB,
        contractType: ContractType.PERMANENT,
        hours: [12, 16],
        workDays: [Weekday.THU, Weekday.FRI],
        description:
          'Je helpt cliënten thuis met het huishouden: stofzuigen, de badkamer, de was. Vaste cliënten, vaste dagen.',
      },
    ];
    for (const vacancy of combination) await this.vacancy(vacancy, home, cleaning.slice(0, 3));
    const combiner = await this.hrOf('schoonmaak');
    await this.candidate(combiner, {
      name: 'Wendy Kuipers',
      strengths: cleaning.slice(0, 10),
      hours: [28, 32],
      home,
      maxTravelKm: 20,
      monthsLeft: 4,
      sketch: 'Werkt grondig en zelfstandig en zoekt weer een volle week, bij één of twee werkgevers.',
      supportNeeds: [],
      contractTypes: [ContractType.PERMANENT, ContractType.FIXED_TERM],
      sectorsOpen: [],
    });

    // Hard to place: the "why not" answer and the drop-out counts explain it.
    const warden = await this.essentialSkills('street warden');
    await this.candidate(await this.hrOf('gemeente'), {
      name: 'Gerrit Vos',
      strengths: warden.slice(0, 6),
      hours: [12, 16],
      home: pc4s[pc4s.length - 1],
      maxTravelKm: 5,
      monthsLeft: 2,
      sketch:
        'Kent de wijk op zijn duimpje en is geliefd bij bewoners; zoekt rustig, vast werk dicht bij huis.',
      supportNeeds: [SupportNeed.FIXED_SCHEDULE, SupportNeed.NO_NIGHT_SHIFTS],
      contractTypes: [ContractType.PERMANENT],
      sectorsOpen: [],
    });

    // A secondment and a meeloopstage: placements on the person's own contract.
    // Asking skills that people from other work bring along (shelf fillers, shop assistants, cleaners) is what makes
    // a secondment a way in: a warehouse's own-only skills would keep everyone else out.
    const warehouse = await this.sharedSkills('warehouse worker', [
      'shelf filler',
      'shop assistant',
      'cashier',
    ]);
    await this.vacancy(
      {
        slug: 'logistiek',
        title: 'Orderpicker (detachering, 6 maanden)',
        occupation: 'warehouse worker',
        kind: VacancyKind.SECONDMENT,
        contractType: ContractType.SECONDMENT,
        hours: [16, 24],
        workDays: [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU],
        description:
          'Een half jaar meedraaien in ons distributiecentrum, met behoud van je eigen contract. Orderpicken, laden en lossen; een heftruckcertificaat halen we samen.',
      },
      home,
      warehouse.slice(0, 3),
    );
    const care = await this.sharedSkills('healthcare assistant', [
      'home care aide',
      'care at home worker',
      'social work assistant',
      'domestic cleaner',
    ]);
    await this.vacancy(
      {
        slug: 'zorggroep',
        title: 'Meeloopstage zorg (twee weken)',
        occupation: 'healthcare assistant',
        kind: VacancyKind.WORK_EXPERIENCE,
        contractType: ContractType.TRAINEESHIP,
        hours: [12, 24],
        workDays: [Weekday.MON, Weekday.WED, Weekday.FRI],
        description:
          'Twee weken meelopen met een verzorgende op een woongroep: ontdekken of de zorg bij je past, zonder dat je je eigen baan opzegt.',
      },
      home,
      care.slice(0, 2),
    );
    await this.db.query(`INSERT INTO reference_data_version (name, sha256) VALUES ($1, repeat('0', 64))`, [
      DEMO_CASES_VERSION,
    ]);
    return 'seeded';
  }

  private async vacancy(spec: CaseVacancy, pc4: string, required: string[]): Promise<void> {
    const hr = await this.hrOf(spec.slug);
    const [occupation]: { id: string }[] = await this.db.query(
      `SELECT id FROM esco_occupation WHERE label_en = $1`,
      [spec.occupation],
    );
    const vacancy = await this.vacancies.create(hr, {
      title: spec.title,
      escoOccupationId: occupation?.id ?? null,
      description: spec.description,
      locationPc4: pc4,
      hoursMin: spec.hours[0],
      hoursMax: spec.hours[1],
      workDays: spec.workDays,
      shifts: [Shift.DAY],
      contractType: spec.contractType,
      contractDurationMonths: spec.kind === VacancyKind.SECONDMENT ? 6 : null,
      kind: spec.kind,
      startDate: null,
      positions: 1,
      requiredSkillIds: required,
      niceToHaveSkillIds: [],
      trainedOnTheJobSkillIds: [],
    });
    await this.vacancies.changeStatus(hr, vacancy.id, VacancyStatus.OPEN);
  }

  private async candidate(
    hr: Viewer,
    c: {
      name: string;
      strengths: string[];
      hours: [number, number];
      home: string;
      maxTravelKm: number;
      monthsLeft: number;
      sketch: string;
      supportNeeds: SupportNeed[];
      contractTypes: ContractType[];
      sectorsOpen: Sector[];
    },
  ): Promise<void> {
    const end = new Date();
    end.setUTCMonth(end.getUTCMonth() + c.monthsLeft);
    const view = await this.candidates.create(hr, {
      track: CandidateTrack.WORK_TO_WORK,
      sketchStrengths: c.sketch,
      sketchAttentionPoints: '',
      hoursMin: c.hours[0],
      hoursMax: c.hours[1],
      homePc4: c.home,
      maxTravelKm: c.maxTravelKm,
      travelMode: TravelMode.BICYCLE,
      sectorsOpen: c.sectorsOpen,
      contractTypes: c.contractTypes,
      availableFrom: null,
      contractEndDate: end.toISOString().slice(0, 10),
      supportNeeds: c.supportNeeds,
      sharingScope: SharingScope.REGION,
      strengths: c.strengths.map((skillId) => ({ skillId, level: 3, evidenceNote: null })),
      developmentSkillIds: [],
      identity: { fullName: c.name, email: null, phone: null, dateOfBirth: null },
      consentGiven: true,
    });
    await this.candidates.changeStatus(hr, view.profile.id, CandidateStatus.ACTIVE);
  }

  private async essentialSkills(occupation: string): Promise<string[]> {
    const rows: { skill_id: string }[] = await this.db.query(
      `SELECT s.skill_id FROM esco_occupation o JOIN esco_occupation_skill s ON s.occupation_id = o.id
        WHERE o.label_en = $1 AND s.essential ORDER BY s.skill_id`,
      [occupation],
    );
    if (rows.length === 0) throw new Error(`No ESCO skills for the demo occupation ${occupation}`);
    return rows.map((r) => r.skill_id);
  }

  /** The occupation's essential skills that the other occupations also list as essential, most shared first. */
  private async sharedSkills(occupation: string, others: string[]): Promise<string[]> {
    const rows: { skill_id: string }[] = await this.db.query(
      `SELECT s.skill_id FROM esco_occupation o JOIN esco_occupation_skill s ON s.occupation_id = o.id
        WHERE o.label_en = $1 AND s.essential
          AND EXISTS (SELECT 1 FROM esco_occupation p JOIN esco_occupation_skill t ON t.occupation_id = p.id
                       WHERE p.label_en = ANY($2) AND t.essential AND t.skill_id = s.skill_id)
        ORDER BY (SELECT count(*) FROM esco_occupation p JOIN esco_occupation_skill t ON t.occupation_id = p.id
                   WHERE p.label_en = ANY($2) AND t.essential AND t.skill_id = s.skill_id) DESC, s.skill_id`,
      [occupation, others],
    );
    return rows.length > 0 ? rows.map((r) => r.skill_id) : this.essentialSkills(occupation);
  }

  private async hrOf(slug: string): Promise<Viewer> {
    const [row]: { id: string; employer_id: string }[] = await this.db.query(
      `SELECT id, employer_id FROM user_account WHERE email = $1`,
      [`hr.${slug}@werkbrug.demo`],
    );
    return { role: Role.HR_LEAD, userId: row.id, employerId: row.employer_id, regionCode: DEMO_REGION };
  }
}
