import { randomUUID } from 'node:crypto';
import { AuthService, PasswordHasher } from '@werkbrug/accounts';
import { addDays, regionToday, Role, Sector } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

export const PASSWORD = 'correct-horse-battery-staple';

export interface Actor {
  userId: string;
  email: string;
  token: string;
}

export interface EmployerFixture {
  id: string;
  name: string;
  regionCode: string;
}

/** Test data goes in through SQL only where the API has no way in (accounts of every role, skills to use). */
export class Fixtures {
  private readonly db: DataSource;
  // Letters only: an all-digit suffix with the counter can pass the 11-check and be refused as a BSN in free text.
  private readonly suffix = randomUUID()
    .slice(0, 8)
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]);
  private counter = 0;

  constructor(private readonly t: TestApp) {
    this.db = t.app.get(DataSource);
  }

  unique(label: string): string {
    this.counter += 1;
    return `${label} ${this.suffix}-${this.counter}`;
  }

  async employer(regionCode = 'AM27', sector = Sector.CARE): Promise<EmployerFixture> {
    const name = this.unique('Werkgever');
    const [row] = await this.db.query(
      `INSERT INTO employer (name, sector, region_code) VALUES ($1, $2, $3) RETURNING id`,
      [name, sector, regionCode],
    );
    await this.db.query(
      `INSERT INTO employer_location (employer_id, pc4, label) SELECT $1, pc4, 'Hoofdlocatie' FROM postcode_area WHERE region_code = $2 ORDER BY pc4 LIMIT 1`,
      [row.id, regionCode],
    );
    return { id: row.id, name, regionCode };
  }

  async actor(
    role: Role,
    scope: { employerId?: string; regionCode?: string; candidateId?: string } = {},
  ): Promise<Actor> {
    const email = `${role.toLowerCase()}-${this.suffix}-${++this.counter}@test.werkbrug.nl`;
    const hash = await this.t.app.get(PasswordHasher).hash(PASSWORD);
    const [row] = await this.db.query(
      `INSERT INTO user_account (email, password_hash, display_name, role, employer_id, region_code, candidate_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        email,
        hash,
        `Test ${role}`,
        role,
        scope.employerId ?? null,
        scope.regionCode ?? null,
        scope.candidateId ?? null,
      ],
    );
    const user = { id: row.id, email } as never;
    const { accessToken } = await this.t.app.get(AuthService).issueToken(user);
    return { userId: row.id, email, token: accessToken };
  }

  async skillIds(count: number, offset = 0): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM esco_skill WHERE occupation_count > 20 ORDER BY id LIMIT $1 OFFSET $2`,
      [count, offset],
    );
    return rows.map((r) => r.id);
  }

  async pc4(regionCode = 'AM27', index = 0): Promise<string> {
    const rows: { pc4: string }[] = await this.db.query(
      `SELECT pc4 FROM postcode_area WHERE region_code = $1 ORDER BY pc4 LIMIT 1 OFFSET $2`,
      [regionCode, index],
    );
    return rows[0].pc4;
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.query(sql, params);
  }
}

export async function candidateInput(f: Fixtures, overrides: Record<string, unknown> = {}) {
  const skills = await f.skillIds(3);
  return {
    track: 'WORK_TO_WORK',
    sketchStrengths: 'Betrouwbaar, werkt graag met mensen, houdt van structuur.',
    sketchAttentionPoints: 'Heeft tijd nodig om te wennen aan nieuwe systemen.',
    hoursMin: 24,
    hoursMax: 32,
    homePc4: await f.pc4(),
    maxTravelKm: 20,
    travelMode: 'BICYCLE',
    sectorsOpen: ['CARE', 'RETAIL'],
    contractTypes: ['PERMANENT'],
    supportNeeds: ['FIXED_SCHEDULE'],
    sharingScope: 'REGION',
    strengths: skills.map((skillId, i) => ({
      skillId,
      level: (i % 4) + 1,
      evidenceNote: 'Laat dit dagelijks zien.',
    })),
    developmentSkillIds: await f.skillIds(1, 10),
    // About four months ahead, whatever the day: within the six months in which the move must start.
    contractEndDate: addDays(regionToday(), 115),
    identity: {
      fullName: 'Anna de Vries',
      email: 'anna@example.nl',
      phone: '0612345678',
      dateOfBirth: '1980-05-17',
    },
    consentGiven: true,
    ...overrides,
  };
}

export async function vacancyInput(f: Fixtures, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Medewerker zorg',
    description: 'Je ondersteunt bewoners bij dagelijkse activiteiten in een klein team.',
    locationPc4: await f.pc4(),
    hoursMin: 24,
    hoursMax: 32,
    workDays: ['MON', 'TUE', 'WED'],
    shifts: ['DAY'],
    contractType: 'FIXED_TERM',
    contractDurationMonths: 12,
    kind: 'JOB',
    startDate: '2027-01-01',
    positions: 2,
    requiredSkillIds: await f.skillIds(2),
    niceToHaveSkillIds: await f.skillIds(1, 5),
    trainedOnTheJobSkillIds: await f.skillIds(1, 6),
    ...overrides,
  };
}

export const CANDIDATE_FIELDS = `id publicCode visibility track status regionCode sketchStrengths hoursMin hoursMax homePc4
  employerId sharingScope sharedWithEmployerIds version consentStatus contractEndDate
  strengths { skillId level evidenceNote skill { id labelEn } } developmentSkillIds`;

export const VACANCY_FIELDS = `id employerId title status kind hoursMin hoursMax locationPc4 positions version
  requiredSkillIds niceToHaveSkillIds trainedOnTheJobSkillIds`;
