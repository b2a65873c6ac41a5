import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsentMethod } from '@werkbrug/candidates';
import { addDays, addMonths, regionToday, Role, type Viewer } from '@werkbrug/core';
import {
  CollegialRequestsService,
  NetworkReviewService,
  NetworksService,
  quarterOf,
} from '@werkbrug/networks';
import { PlacementKind, PlacementPayer, PlacementPurpose, PlacementsService } from '@werkbrug/placements';
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
 * the home-care organisation offered a conversation, the municipality answered "not now" with its reason, and the
 * cleaning company's offer became an agreed secondment (in the ledger); two members wrote their quarter's notes.
 */
@Injectable()
export class DemoNetwork {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly networks: NetworksService,
    private readonly requests: CollegialRequestsService,
    private readonly reviews: NetworkReviewService,
    private readonly placements: PlacementsService,
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
    // Their contract runs at least three more months, so the secondment below fits inside it.
    const [candidate]: { id: string; contract_end: string | null }[] = await this.db.query(
      `SELECT c.id, c.contract_end_date::text AS contract_end FROM candidate_profile c
        WHERE c.employer_id = $1 AND c.status = 'ACTIVE'
          AND (c.contract_end_date IS NULL OR c.contract_end_date >= current_date + 90)
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
    // The cleaning company offers a place in its facility team; the care group makes it a secondment for six
    // months, the cleaning company agrees, and the care group's HR lead records the employee's consent read out to
    // them: an agreed secondment, in the ledger between the members.
    await this.requests.answer(hr.get('schoonmaak')!, request.request.id, {
      kind: 'SECONDMENT_PLACE',
      vacancyId: null,
      note: 'Een half jaar meewerken in ons facilitair team bij de ziekenhuislocatie, drie dagen per week.',
    });
    // It starts next week, so this quarter's review already counts it and its first hours.
    const start = addDays(today, 7);
    const sixMonths = addDays(addMonths(start, 6), -1);
    const end =
      candidate.contract_end && candidate.contract_end < sixMonths ? candidate.contract_end : sixMonths;
    const placed = await this.requests.proposePlacement(
      hr.get('zorggroep')!,
      request.request.id,
      employerId('schoonmaak'),
      PlacementKind.SECONDMENT,
      {
        purpose: PlacementPurpose.GAIN_EXPERIENCE,
        startDate: start,
        endDate: end,
        hoursPerWeek: 24,
        workDays: ['MON', 'TUE', 'THU'],
        contractHoursPerWeek: 32,
        ownWorkHoursPerWeek: 8,
        salaryPaidBy: PlacementPayer.LENDING_EMPLOYER,
        travelCostsReimbursed: true,
        travelCostsPaidBy: PlacementPayer.LENDING_EMPLOYER,
        insuranceNote: null,
        subsidyNote: null,
        returnOption: true,
        lendingContact: CONTACTS.zorggroep.name,
        hostContact: CONTACTS.schoonmaak.name,
      },
      { allowPossibleNames: true },
    );
    const placementId = placed.answers.find((a) => a.employerId === employerId('schoonmaak'))!.placement!.id;
    await this.placements.agree(hr.get('schoonmaak')!, placementId);
    const text = await this.placements.consentText(hr.get('zorggroep')!, placementId);
    await this.placements.recordConsentStatement(hr.get('zorggroep')!, placementId, {
      method: ConsentMethod.IN_PERSON,
      givenOn: today,
      textVersion: text.text.version,
      note: 'Voorgelezen in het loopbaangesprek.',
    });
    // Two members' notes for this quarter's review; the other two get the worker's reminder before it ends.
    const quarter = quarterOf(today).start;
    await this.reviews.writeNotes(
      hr.get('zorggroep')!,
      network.network.id,
      quarter,
      {
        successes:
          'Binnen twee weken drie antwoorden op onze hulpvraag, en een detachering die volgende week begint.',
        bottlenecks:
          'Roosters van zorg en schoonmaak sluiten slecht op elkaar aan; dat kostte twee overleggen.',
        challenges:
          'Volgend kwartaal willen we ook medewerkers met een re-integratievraag (spoor 2) aanmelden.',
      },
      { allowPossibleNames: true },
    );
    await this.reviews.writeNotes(
      hr.get('thuiszorg')!,
      network.network.id,
      quarter,
      {
        successes: 'Een kennismakingsgesprek voor de dagbesteding in Rosmalen.',
        bottlenecks: 'Weinig ruimte voor begeleiding in de drukke wintermaanden.',
        challenges: 'Een vaste buddy per gedetacheerde medewerker regelen.',
      },
      { allowPossibleNames: true },
    );
    await this.db.query(`INSERT INTO reference_data_version (name, sha256) VALUES ($1, repeat('0', 64))`, [
      DEMO_NETWORK_VERSION,
    ]);
    return 'seeded';
  }
}
