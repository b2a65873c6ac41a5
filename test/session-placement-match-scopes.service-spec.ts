import type { Viewer } from '@werkbrug/core';
import { actsForEmployer, requireRight } from '@werkbrug/matching/match-access';
import { visibleCase } from '@werkbrug/matching/match-case.store';
import { PlacementEntity, PlacementStatus } from '@werkbrug/placements';
import { partyOf, refuse as refusePlacement } from '@werkbrug/placements/placement-access';
import {
  ledgerPlacements,
  placementsVisibleTo,
  placementVisibleTo,
} from '@werkbrug/placements/placement.store';
import { SessionsService } from '@werkbrug/sessions';
import { sessionSeenBy, sessionsVisibleTo, sessionVisibleTo } from '@werkbrug/sessions/session.store';
import { insertMatchCase, insertPlacement, insertSession } from './support/scope-records';
import {
  labeller,
  OTHER_REGION,
  REGION,
  ScopeWorld,
  sortedTable,
  type ViewerName,
} from './support/scope-world';

/**
 * The service tier for who sees which meet-and-greet session, placement and match case: the stores' SQL is
 * called directly, viewer by viewer, and must return exactly the rows session-access.ts, placement-access.ts and
 * match-case.store.ts describe. An unseen row must look like a random id (NOT_FOUND); a seen one the viewer
 * may not act on is FORBIDDEN.
 */
describe('session, placement and match case scopes (service tier)', () => {
  let w: ScopeWorld;
  let otherCandidate: string;
  let farCandidate: string;

  /** For each viewer, the labels of the records among `ids` that `seen` says the viewer sees. */
  async function seenOneByOne<L extends string>(
    ids: Record<L, string>,
    seen: (viewer: Viewer, id: string) => Promise<boolean>,
  ): Promise<Record<ViewerName, string[]>> {
    const label = labeller(ids);
    return w.byViewer(async (viewer) => {
      const found: string[] = [];
      for (const id of Object.values<string>(ids)) if (await seen(viewer, id)) found.push(id);
      return label(found);
    });
  }

  beforeAll(async () => {
    w = await ScopeWorld.create('service_scopes_sessions');
    const active = { status: 'ACTIVE', consent: 'GIVEN', sharing: 'REGION' } as const;
    otherCandidate = await w.candidate({ employer: w.employers.other, ...active });
    farCandidate = await w.candidate({ employer: w.employers.far, ...active });
  }, 180_000);

  afterAll(async () => {
    await w?.close();
  });

  describe('meet-and-greet sessions', () => {
    type Label = 'ownWithOtherCandidate' | 'otherWithSeeker' | 'empty' | 'ownOnly' | 'far';
    let sessions: Record<Label, string>;
    // The team sees its region's; an HR lead those its employer or own candidates take part in; a seeker own.
    const SEES: Record<ViewerName, Label[]> = {
      hrOwn: ['ownWithOtherCandidate', 'otherWithSeeker', 'ownOnly'],
      hrOther: ['ownWithOtherCandidate', 'otherWithSeeker'],
      hrFar: ['far'],
      team: ['ownWithOtherCandidate', 'otherWithSeeker', 'empty', 'ownOnly'],
      teamFar: ['far'],
      seeker: ['otherWithSeeker'],
      admin: [],
      // Even for the person whose trajectory they guide: sessions, placements and matches are not theirs.
      counsellor: [],
    };

    beforeAll(async () => {
      const { own, other, far } = w.employers;
      sessions = {
        ownWithOtherCandidate: await insertSession(w, REGION, {
          employers: [own],
          candidateIds: [otherCandidate],
        }),
        otherWithSeeker: await insertSession(w, REGION, {
          employers: [other],
          candidateIds: [w.seekerCandidateId],
        }),
        empty: await insertSession(w, REGION),
        ownOnly: await insertSession(w, REGION, { employers: [own] }),
        far: await insertSession(w, OTHER_REGION, { employers: [far], candidateIds: [farCandidate] }),
      };
    });

    it('lists exactly the sessions each viewer runs or takes part in', async () => {
      const label = labeller(sessions);
      const listed = await w.byViewer(async (v) => label(await sessionsVisibleTo(w.db, v)));
      expect(listed).toEqual(sortedTable(SEES));
    });

    it('agrees, one session at a time, in the scoped read and in the check on a loaded session', async () => {
      const region = (id: string) => (id === sessions.far ? OTHER_REGION : REGION);
      const byRead = await seenOneByOne(
        sessions,
        async (v, id) => (await sessionVisibleTo(w.db, v, id, { lock: false })) !== null,
      );
      const byCheck = await seenOneByOne(sessions, (v, id) =>
        sessionSeenBy(w.db, v, { id, regionCode: region(id) }),
      );
      expect(byRead).toEqual(sortedTable(SEES));
      expect(byCheck).toEqual(sortedTable(SEES));
    });

    it('refuses closing a session as NOT_FOUND to who cannot see it and FORBIDDEN to a participant', async () => {
      const service = w.t.app.get(SessionsService);
      const close = (name: ViewerName) => service.close(w.viewers[name], sessions.ownOnly);
      await expect(close('hrOwn')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(close('hrOther')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(close('teamFar')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(close('admin')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('placements', () => {
    type Label = 'ownToOther' | 'otherToBystander' | 'ownToBystanderCancelled' | 'far';
    let placements: Record<Label, string>;
    // The lending and host employers' HR leads, the candidate, and the region's team; administrators none.
    const SEES: Record<ViewerName, Label[]> = {
      hrOwn: ['ownToOther', 'ownToBystanderCancelled'],
      hrOther: ['ownToOther', 'otherToBystander'],
      hrFar: ['far'],
      team: ['ownToOther', 'otherToBystander', 'ownToBystanderCancelled'],
      teamFar: ['far'],
      seeker: ['ownToOther', 'ownToBystanderCancelled'],
      admin: [],
      // Even for the person whose trajectory they guide: sessions, placements and matches are not theirs.
      counsellor: [],
    };

    beforeAll(async () => {
      const { own, other, bystander, far, farBystander } = w.employers;
      const seeker = w.seekerCandidateId;
      placements = {
        ownToOther: await insertPlacement(w, {
          lender: own,
          host: other,
          candidateId: seeker,
          status: 'ACTIVE',
          period: ['2027-01-01', '2027-03-31'],
        }),
        otherToBystander: await insertPlacement(w, {
          lender: other,
          host: bystander,
          candidateId: otherCandidate,
          status: 'PROPOSED',
        }),
        ownToBystanderCancelled: await insertPlacement(w, {
          lender: own,
          host: bystander,
          candidateId: seeker,
          status: 'CANCELLED',
          period: ['2027-02-01', '2027-04-30'],
        }),
        far: await insertPlacement(w, {
          lender: far,
          host: farBystander,
          candidateId: farCandidate,
          status: 'ENDED',
          period: ['2026-01-01', '2026-06-30'],
        }),
      };
    });

    it('lists, reads one by one, and names a party for exactly the placements each viewer is a party to', async () => {
      const label = labeller(placements);
      const listed = await w.byViewer(async (v) => label(await placementsVisibleTo(w.db, v, null)));
      const read = await seenOneByOne(
        placements,
        async (v, id) => (await placementVisibleTo(w.db, v, id)) !== null,
      );
      // partyOf is the rule for a row already loaded (by the services after a lock); it must agree with the SQL.
      const rows = await w.db.find(PlacementEntity);
      const party = await w.byViewer(async (v) => label(rows.filter((p) => partyOf(v, p) !== null)));
      expect(listed).toEqual(sortedTable(SEES));
      expect(read).toEqual(sortedTable(SEES));
      expect(party).toEqual(sortedTable(SEES));
    });

    it('filters by status inside the scope', async () => {
      const label = labeller(placements);
      const active = await w.byViewer(async (v) =>
        label(await placementsVisibleTo(w.db, v, PlacementStatus.ACTIVE)),
      );
      expect(active).toEqual(
        sortedTable({
          ...emptyTable(),
          hrOwn: ['ownToOther'],
          hrOther: ['ownToOther'],
          team: ['ownToOther'],
          seeker: ['ownToOther'],
        }),
      );
    });

    it('gives HR leads and teams the ledger of their own region (agreed to ended only), others none', async () => {
      const ledger = await w.byViewer((v) => ledgerPlacements(w.db, v, '2026-01-01', '2027-12-31'));
      const { own, other, far, farBystander } = w.employers;
      const row = (lender: typeof own, host: typeof own, start: string, end: string) => ({
        lendingEmployerId: lender.id,
        hostEmployerId: host.id,
        start,
        end,
        hoursPerWeek: 16,
      });
      // The cancelled and the proposed placement are no part of any ledger.
      const regionLedger = [row(own, other, '2027-01-01', '2027-03-31')];
      const farLedger = [row(far, farBystander, '2026-01-01', '2026-06-30')];
      expect(ledger).toEqual({
        hrOwn: regionLedger,
        hrOther: regionLedger,
        hrFar: farLedger,
        team: regionLedger,
        teamFar: farLedger,
        seeker: null,
        admin: null,
        counsellor: null,
      });
    });

    it('refuses an unseen placement as NOT_FOUND and a seen one as FORBIDDEN', async () => {
      const refusal = async (name: ViewerName) => {
        const seen = await placementVisibleTo(w.db, w.viewers[name], placements.otherToBystander);
        try {
          refusePlacement(seen !== null);
        } catch (error) {
          return (error as { code: string }).code;
        }
      };
      expect(await refusal('hrOther')).toBe('FORBIDDEN');
      expect(await refusal('team')).toBe('FORBIDDEN');
      expect(await refusal('hrOwn')).toBe('NOT_FOUND');
      expect(await refusal('seeker')).toBe('NOT_FOUND');
      expect(await refusal('admin')).toBe('NOT_FOUND');
    });
  });

  describe('match cases', () => {
    type Label = 'seekerForOther' | 'otherForOwn' | 'otherForBystander' | 'far';
    let cases: Record<Label, string>;
    // A seeker their own; an HR lead those of their vacancies and of their own candidates; the team its region.
    const SEES: Record<ViewerName, Label[]> = {
      hrOwn: ['seekerForOther', 'otherForOwn'],
      hrOther: ['seekerForOther', 'otherForOwn', 'otherForBystander'],
      hrFar: ['far'],
      team: ['seekerForOther', 'otherForOwn', 'otherForBystander'],
      teamFar: ['far'],
      seeker: ['seekerForOther'],
      admin: [],
      // Even for the person whose trajectory they guide: sessions, placements and matches are not theirs.
      counsellor: [],
    };

    beforeAll(async () => {
      const { own, other, bystander, far } = w.employers;
      const open = async (e: typeof own) => ({ employer: e, vacancyId: await w.vacancy(e, 'OPEN') });
      cases = {
        seekerForOther: await insertMatchCase(w, {
          candidateId: w.seekerCandidateId,
          ...(await open(other)),
        }),
        otherForOwn: await insertMatchCase(w, { candidateId: otherCandidate, ...(await open(own)) }),
        otherForBystander: await insertMatchCase(w, {
          candidateId: otherCandidate,
          ...(await open(bystander)),
        }),
        far: await insertMatchCase(w, { candidateId: farCandidate, ...(await open(far)) }),
      };
    });

    it('reads exactly the cases each viewer may see', async () => {
      const seen = await seenOneByOne(cases, async (v, id) => (await visibleCase(w.db, v, id)) !== null);
      expect(seen).toEqual(sortedTable(SEES));
    });

    it('lets only the vacancy’s employer and the region’s team act for the employer: others who see it are FORBIDDEN', async () => {
      const answers = await w.byViewer(async (viewer) => {
        const found = await visibleCase(w.db, viewer, cases.seekerForOther);
        if (!found) return 'NOT_FOUND';
        try {
          requireRight(actsForEmployer(viewer, found));
          return 'ALLOWED';
        } catch (error) {
          return (error as { code: string }).code;
        }
      });
      expect(answers).toEqual({
        hrOwn: 'FORBIDDEN',
        hrOther: 'ALLOWED',
        hrFar: 'NOT_FOUND',
        team: 'ALLOWED',
        teamFar: 'NOT_FOUND',
        seeker: 'FORBIDDEN',
        admin: 'NOT_FOUND',
        counsellor: 'NOT_FOUND',
      });
    });
  });
});

function emptyTable(): Record<ViewerName, string[]> {
  return { hrOwn: [], hrOther: [], hrFar: [], team: [], teamFar: [], seeker: [], admin: [], counsellor: [] };
}
