import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addMonths, regionToday, Role, type Viewer } from '@werkbrug/core';
import { CollegialRequestsService, NetworksService } from '@werkbrug/networks';
import { DataSource } from 'typeorm';
import { DEMO_JOB_SEEKER_EMAIL, DEMO_REGION } from './demo-region';

const DEMO_NETWORK_VERSION = 'demo-network-v1';

/** The network's members, by slug: the two care organisations and two employers who work with them daily. */
const MEMBERS = ['zorggroep', 'thuiszorg', 'schoonmaak', 'gemeente'] as const;
const CONTACTS: Record<(typeof MEMBERS)[number], { name: string; phone: string }> = {
  zorggroep: { name: 'Marieke van Dijk, HR-adviseur', phone: '073 612 40 00' },
  thuiszorg: { name: 'Jeroen Bos, P&O', phone: '073 614 22 10' },
  schoonmaak: { name: 'Fatima El Amrani, HR', phone: '0412 65 33 00' },
  gemeente: { name: 'Team Mobiliteit, gemeente', phone: '14 073' },
};

/**
 * A care and welfare network of four employers in the demo region, added once: the mobility team started it, every
 * member joined for a year with its HR contact, and the care group asked the network for help with one employee;
 * the home-care organisation offered a conversation and the municipality answered "not now" with its reason.
 */
@Injectable()
export class DemoNetwork {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly networks: NetworksService,
    private readonly requests: CollegialRequestsService,
  ) {}

  async seed(team: Viewer): Promise<'seeded' | 'already-present'> {
    const marker: unknown[] = await this.db.query(`SELECT 1 FROM reference_data_version WHERE name = $1`, [
      DEMO_NETWORK_VERSION,
    ]);
    if (marker.length > 0) return 'already-present';
    const hr = new Map<string, Viewer>();
    for (const slug of MEMBERS) {
      const [row]: { id: string; employer_id: string }[] = await this.db.query(
        `SELECT id, employer_id FROM user_account WHERE email = $1`,
        [`hr.${slug}@werkbrug.demo`],
      );
      hr.set(slug, {
        role: Role.HR_LEAD,
        userId: row.id,
        employerId: row.employer_id,
        regionCode: DEMO_REGION,
      });
    }
    const employerId = (slug: string) => (hr.get(slug) as { employerId: string }).employerId;
    const network = await this.networks.create(team, {
      name: 'Netwerk zorg en welzijn Meierij',
      description:
        'Twee zorgorganisaties, een schoonmaakbedrijf en de gemeente helpen elkaars medewerkers aan een andere werkervaring, een detachering of een volgende baan.',
      employerIds: MEMBERS.map(employerId),
    });
    const today = regionToday();
    for (const slug of MEMBERS)
      await this.networks.join(hr.get(slug)!, network.network.id, {
        commitmentStart: today,
        commitmentEnd: addMonths(today, 12),
        contactName: CONTACTS[slug].name,
        contactPhone: CONTACTS[slug].phone,
        contactEmail: `hr.${slug}@werkbrug.demo`,
      });
    // The care group's request is for an employee other than the demo job seeker, whose journeys stay their own.
    const [candidate]: { id: string }[] = await this.db.query(
      `SELECT c.id FROM candidate_profile c
        WHERE c.employer_id = $1 AND c.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.candidate_id = c.id AND u.email = $2)
        ORDER BY c.public_code LIMIT 1`,
      [employerId('zorggroep'), DEMO_JOB_SEEKER_EMAIL],
    );
    const request = await this.requests.createRequest(
      hr.get('zorggroep')!,
      {
        networkId: network.network.id,
        candidateId: candidate.id,
        sought: 'TEMPORARY_EXPERIENCE',
        startFrom: addMonths(today, 1),
        durationMonths: 6,
        hoursPerWeek: 24,
        lenderOffer:
          'Het salaris loopt door bij ons; reiskosten vergoeden wij. De eigen leidinggevende blijft coach.',
        note: 'Ervaren medewerker facilitair die na een reorganisatie graag een half jaar ander werk met cliëntcontact wil proberen.',
        recipientEmployerIds: [],
      },
      { allowPossibleNames: true },
    );
    await this.requests.answer(hr.get('thuiszorg')!, request.request.id, {
      kind: 'CONVERSATION',
      vacancyId: null,
      note: 'Kom kennismaken bij het wijkteam Rosmalen: daar zoeken we iemand voor de dagbesteding.',
    });
    await this.requests.answer(hr.get('gemeente')!, request.request.id, {
      kind: 'NOT_NOW',
      vacancyId: null,
      note: 'Tot de zomer loopt bij ons een reorganisatie; daarna graag opnieuw.',
    });
    await this.db.query(`INSERT INTO reference_data_version (name, sha256) VALUES ($1, repeat('0', 64))`, [
      DEMO_NETWORK_VERSION,
    ]);
    return 'seeded';
  }
}
