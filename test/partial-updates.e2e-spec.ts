import { Role } from '@werkbrug/core';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  createCandidate,
  createVacancy,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  vacancyInputIn,
} from './support/helpers-auth';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Partial updates change only what was sent: a field left out keeps its stored value, explicit null clears a
 * nullable field, and null for a field that cannot be empty is BAD_USER_INPUT. One test per update mutation: set
 * everything, change one field, read everything back. Region AM34 is this file's own.
 */
const REGION = 'AM34';

type Vars = Record<string, unknown>;

describe('partial updates', () => {
  let t: TestApp;
  let f: Fixtures;
  let owner: EmployerWithHrLead;
  let rmt: Actor;
  let admin: Actor;
  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    owner = await employerWithHrLead(f, REGION);
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    admin = await f.actor(Role.ADMINISTRATOR);
  }, 120_000);

  afterAll(() => t?.close());

  const send = async (document: string, variables: Vars, token: string) =>
    expectData(await t.gql(document, variables, token));

  describe('updateCandidateIdentity', () => {
    const UPDATE = `mutation($id: ID!, $input: CandidateIdentityInput!) {
      updateCandidateIdentity(candidateId: $id, input: $input) { fullName email phone dateOfBirth }
    }`;
    const READ = `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Controle van gegevens") {
      fullName email phone dateOfBirth } }`;
    let id: string;
    const full = {
      fullName: 'Anna de Vries',
      email: 'anna@example.nl',
      phone: '0612345678',
      dateOfBirth: '1980-05-17',
    };

    beforeAll(async () => {
      id = await createCandidate(t, owner.hr.token, await candidateInputIn(f, owner.pc4, { identity: full }));
    });

    it('a name alone keeps e-mail, phone and date of birth', async () => {
      await send(UPDATE, { id, input: { fullName: 'Anna Jansen' } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).candidateIdentity).toEqual({
        ...full,
        fullName: 'Anna Jansen',
      });
    });

    it('null clears a nullable field and leaves the others; null for the name is refused', async () => {
      await send(UPDATE, { id, input: { phone: null } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).candidateIdentity).toEqual({
        ...full,
        fullName: 'Anna Jansen',
        phone: null,
      });
      expectError(await t.gql(UPDATE, { id, input: { fullName: null } }, owner.hr.token), 'BAD_USER_INPUT', {
        field: 'fullName',
      });
    });
  });

  describe('updateCandidateProfile', () => {
    const FIELDS = `track sketchStrengths sketchAttentionPoints hoursMin hoursMax homePc4 maxTravelKm travelMode
      sectorsOpen contractTypes supportNeeds sharingScope availableFrom contractEndDate
      strengths { skillId level evidenceNote } developmentSkillIds`;
    const UPDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidateProfile(id: $id, input: $input) { ${FIELDS} } }`;
    const READ = `query($id: ID!) { candidateProfile(id: $id) { ${FIELDS} } }`;

    it('one field changes, every other keeps its value; null clears a date', async () => {
      const id = await createCandidate(
        t,
        owner.hr.token,
        await candidateInputIn(f, owner.pc4, { availableFrom: days(30), contractEndDate: days(200) }),
      );
      const before = (await send(READ, { id }, owner.hr.token)).candidateProfile;
      await send(UPDATE, { id, input: { hoursMax: 36 } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).candidateProfile).toEqual({
        ...before,
        hoursMax: 36,
      });
      await send(UPDATE, { id, input: { availableFrom: null } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).candidateProfile).toEqual({
        ...before,
        hoursMax: 36,
        availableFrom: null,
      });
    });
  });

  describe('updateVacancy', () => {
    const FIELDS = `title description locationPc4 hoursMin hoursMax workDays shifts contractType contractDurationMonths
      kind startDate positions requiredSkillIds niceToHaveSkillIds trainedOnTheJobSkillIds`;
    const UPDATE = `mutation($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { ${FIELDS} } }`;
    const READ = `query($id: ID!) { vacancy(id: $id) { ${FIELDS} } }`;

    it('one field changes, every other keeps its value; null clears a date', async () => {
      const id = await createVacancy(t, owner.hr.token, await vacancyInputIn(f, owner.pc4));
      const before = (await send(READ, { id }, owner.hr.token)).vacancy;
      await send(UPDATE, { id, input: { positions: 5 } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).vacancy).toEqual({ ...before, positions: 5 });
      await send(UPDATE, { id, input: { startDate: null } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).vacancy).toEqual({
        ...before,
        positions: 5,
        startDate: null,
      });
    });
  });

  describe('updateEmployer', () => {
    const FIELDS = `name sector regionCode locations { pc4 label }`;
    const UPDATE = `mutation($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { ${FIELDS} } }`;
    const READ = `query($id: ID!) { employer(id: $id) { ${FIELDS} } }`;

    it('one field changes, every other keeps its value; null for the locations is refused', async () => {
      const created = await send(
        `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`,
        {
          input: {
            name: f.unique('Werkgever'),
            sector: 'RETAIL',
            regionCode: REGION,
            locations: [{ pc4: owner.pc4, label: 'Winkel' }],
          },
        },
        admin.token,
      );
      const id = created.createEmployer.id as string;
      const before = (await send(READ, { id }, admin.token)).employer;
      expect(before.locations).toHaveLength(1);
      await send(UPDATE, { id, input: { sector: 'CARE' } }, admin.token);
      expect((await send(READ, { id }, admin.token)).employer).toEqual({ ...before, sector: 'CARE' });
      expectError(await t.gql(UPDATE, { id, input: { locations: null } }, admin.token), 'BAD_USER_INPUT', {
        field: 'locations',
      });
      expect((await send(READ, { id }, admin.token)).employer).toEqual({ ...before, sector: 'CARE' });
    });
  });

  describe('updateMeetAndGreetSession', () => {
    const FIELDS = `title venue date timeZone firstSlotStart slotMinutes slotCount breaks { afterSlot minutes }
      tableCount maxMeetingsPerCandidate maxMeetingsPerRepresentative minMeetingsPerCandidate registrationDeadline`;
    const UPDATE = `mutation($id: ID!, $input: UpdateSessionSetupInput!) {
      updateMeetAndGreetSession(sessionId: $id, input: $input) { ${FIELDS} } }`;
    const READ = `query($id: ID!) { meetAndGreetSession(sessionId: $id) { ${FIELDS} } }`;

    it('one field changes, every other keeps its value (breaks and time zone included)', async () => {
      const setup = {
        title: 'Matchingsbijeenkomst Zorg',
        venue: 'Stadhuis, Raadszaal',
        date: days(20),
        timeZone: 'Europe/Amsterdam',
        firstSlotStart: '13:00',
        slotMinutes: 15,
        slotCount: 6,
        breaks: [{ afterSlot: 3, minutes: 10 }],
        tableCount: 3,
        maxMeetingsPerCandidate: 3,
        maxMeetingsPerRepresentative: 5,
        minMeetingsPerCandidate: 1,
        registrationDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      };
      const created = await send(
        `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
        { input: setup },
        rmt.token,
      );
      const id = created.createMeetAndGreetSession.id as string;
      const before = (await send(READ, { id }, rmt.token)).meetAndGreetSession;
      expect(before.breaks).toEqual(setup.breaks);
      await send(UPDATE, { id, input: { venue: 'Bibliotheek' } }, rmt.token);
      expect((await send(READ, { id }, rmt.token)).meetAndGreetSession).toEqual({
        ...before,
        venue: 'Bibliotheek',
      });
      expectError(await t.gql(UPDATE, { id, input: { breaks: null } }, rmt.token), 'BAD_USER_INPUT', {
        field: 'breaks',
      });
    });
  });

  describe('changePlacementTerms', () => {
    const FIELDS = `kind purpose requestedHoursPerWeek durationWeeks notBefore startDate endDate hoursPerWeek workDays
      contractHoursPerWeek ownWorkHoursPerWeek salaryPaidBy travelCostsReimbursed travelCostsPaidBy insuranceNote
      subsidyNote returnOption lendingContact hostContact`;
    const CHANGE = `mutation($id: ID!, $input: ChangePlacementTermsInput!) {
      changePlacementTerms(id: $id, input: $input) { ${FIELDS} } }`;
    const READ = `query($id: ID!) { placement(id: $id) { ${FIELDS} } }`;

    it('one term changes, every other keeps its value; null clears a note', async () => {
      const host = await f.employer(REGION);
      const candidateId = await createCandidate(t, owner.hr.token, await candidateInputIn(f, owner.pc4));
      const proposed = await send(
        `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
        {
          input: {
            candidateId,
            hostEmployerId: host.id,
            kind: 'SECONDMENT',
            purpose: 'GAIN_EXPERIENCE',
            requestedHoursPerWeek: 16,
            durationWeeks: 8,
            notBefore: days(20),
            startDate: days(30),
            endDate: days(80),
            hoursPerWeek: 16,
            workDays: ['MON', 'TUE'],
            contractHoursPerWeek: 32,
            ownWorkHoursPerWeek: 16,
            salaryPaidBy: 'LENDING_EMPLOYER',
            travelCostsReimbursed: true,
            travelCostsPaidBy: 'HOST_EMPLOYER',
            insuranceNote: 'Valt onder de no-riskpolis.',
            subsidyNote: 'Geen subsidie.',
            returnOption: false,
            lendingContact: 'P. Jansen, HR',
            hostContact: 'M. de Boer, teamleider',
          },
        },
        owner.hr.token,
      );
      const id = proposed.proposePlacement.id as string;
      const before = (await send(READ, { id }, owner.hr.token)).placement;
      expect(before.workDays).toEqual(['MON', 'TUE']);
      await send(CHANGE, { id, input: { hostContact: 'K. Smit' } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).placement).toEqual({
        ...before,
        hostContact: 'K. Smit',
      });
      await send(CHANGE, { id, input: { subsidyNote: null } }, owner.hr.token);
      expect((await send(READ, { id }, owner.hr.token)).placement).toEqual({
        ...before,
        hostContact: 'K. Smit',
        subsidyNote: null,
      });
      for (const field of ['kind', 'workDays', 'durationWeeks', 'returnOption']) {
        expectError(await t.gql(CHANGE, { id, input: { [field]: null } }, owner.hr.token), 'BAD_USER_INPUT', {
          field,
        });
      }
    });
  });
});
