import {
  canManageCandidate,
  canRecordConsent,
  findVisibleCandidate,
  findVisibleCandidates,
  ProfileVisibility,
  requireCandidateAccess,
  visibleCandidatesQuery,
} from '@werkbrug/candidates';
import { EmployersService } from '@werkbrug/employers';
import { employersVisibleTo } from '@werkbrug/employers/employer.store';
import { canManageVacancy, requireVacancyAccess } from '@werkbrug/vacancies';
import {
  findVisibleVacancies,
  findVisibleVacancy,
  visibleVacanciesQuery,
} from '@werkbrug/vacancies/vacancy.store';
import { labeller, ScopeWorld, sortedTable, type ViewerName } from './support/scope-world';

/**
 * The service tier for who sees which candidate profile, vacancy and employer: the stores are called directly,
 * viewer by viewer, and must return exactly the rows the rules in candidate-access.ts and vacancy-access.ts
 * allow. Each list is read twice, through the SQL scope (lists, paging) and through the row predicate (single
 * reads, batches), because the two are separate code and must never drift apart.
 */
describe('candidate, vacancy and employer scopes (service tier)', () => {
  let w: ScopeWorld;
  let candidates: Record<CandidateLabel, string>;
  let vacancies: Record<VacancyLabel, string>;

  type CandidateLabel =
    | 'seeker'
    | 'ownDraft'
    | 'ownSharedWithOther'
    | 'ownSharedWithNobody'
    | 'ownPaused'
    | 'ownWithdrawn'
    | 'otherActive'
    | 'otherDraft'
    | 'bystanderSharedWithOwn'
    | 'farActive';
  type VacancyLabel =
    | 'ownDraft'
    | 'ownOpen'
    | 'ownFilled'
    | 'ownClosed'
    | 'otherDraft'
    | 'otherOpen'
    | 'otherFilled'
    | 'otherClosed'
    | 'farOpen';

  beforeAll(async () => {
    w = await ScopeWorld.create('service_scopes_candidates');
    const { own, other, bystander, far } = w.employers;
    const active = { status: 'ACTIVE', consent: 'GIVEN' } as const;
    candidates = {
      seeker: w.seekerCandidateId,
      ownDraft: await w.candidate({
        employer: own,
        status: 'DRAFT',
        consent: 'NOT_ASKED',
        sharing: 'REGION',
      }),
      ownSharedWithOther: await w.candidate({
        employer: own,
        ...active,
        sharing: 'SELECTED_EMPLOYERS',
        sharedWith: [other],
      }),
      // Shared with chosen employers but none chosen: no other employer may see it, the region's team still does.
      ownSharedWithNobody: await w.candidate({ employer: own, ...active, sharing: 'SELECTED_EMPLOYERS' }),
      // Paused with consent: out of other employers' sight (not active), still the team's to follow up.
      ownPaused: await w.candidate({ employer: own, status: 'PAUSED', consent: 'GIVEN', sharing: 'REGION' }),
      ownWithdrawn: await w.candidate({
        employer: own,
        status: 'PAUSED',
        consent: 'WITHDRAWN',
        sharing: 'REGION',
      }),
      otherActive: await w.candidate({ employer: other, ...active, sharing: 'REGION' }),
      otherDraft: await w.candidate({
        employer: other,
        status: 'DRAFT',
        consent: 'GIVEN',
        sharing: 'REGION',
      }),
      bystanderSharedWithOwn: await w.candidate({
        employer: bystander,
        ...active,
        sharing: 'SELECTED_EMPLOYERS',
        sharedWith: [own],
      }),
      farActive: await w.candidate({ employer: far, ...active, sharing: 'REGION' }),
    };
    vacancies = {
      ownDraft: await w.vacancy(own, 'DRAFT'),
      ownOpen: await w.vacancy(own, 'OPEN'),
      ownFilled: await w.vacancy(own, 'FILLED'),
      ownClosed: await w.vacancy(own, 'CLOSED'),
      otherDraft: await w.vacancy(other, 'DRAFT'),
      otherOpen: await w.vacancy(other, 'OPEN'),
      otherFilled: await w.vacancy(other, 'FILLED'),
      otherClosed: await w.vacancy(other, 'CLOSED'),
      farOpen: await w.vacancy(far, 'OPEN'),
    };
  }, 180_000);

  afterAll(async () => {
    await w?.close();
  });

  describe('candidate profiles', () => {
    const OWN_ALL: CandidateLabel[] = [
      'seeker',
      'ownDraft',
      'ownSharedWithOther',
      'ownSharedWithNobody',
      'ownPaused',
      'ownWithdrawn',
    ];
    // Own employer: all its own in full; others only active, consented and shared with the region or with it.
    const SEES: Record<ViewerName, CandidateLabel[]> = {
      hrOwn: [...OWN_ALL, 'otherActive', 'bystanderSharedWithOwn'],
      hrOther: ['seeker', 'ownSharedWithOther', 'otherActive', 'otherDraft'],
      hrFar: ['farActive'],
      team: [
        'seeker',
        'ownSharedWithOther',
        'ownSharedWithNobody',
        'ownPaused',
        'otherActive',
        'bystanderSharedWithOwn',
      ],
      teamFar: ['farActive'],
      seeker: ['seeker'],
      admin: [],
      // The person whose trajectory they guide (the seeker here), on the team's terms.
      counsellor: ['seeker'],
    };

    it('returns, through the SQL scope, exactly the profiles each viewer may see', async () => {
      const label = labeller(candidates);
      const seen = await w.byViewer(async (v) => label(await visibleCandidatesQuery(w.db, v).getMany()));
      expect(seen).toEqual(sortedTable(SEES));
    });

    it('returns the same profiles through the row predicate, for a batch of every id', async () => {
      const label = labeller(candidates);
      const all = Object.values(candidates);
      const seen = await w.byViewer(async (v) =>
        label((await findVisibleCandidates(w.db, v, all)).map((c) => c.profile)),
      );
      expect(seen).toEqual(sortedTable(SEES));
    });

    it('shows a profile in full to its owners only, anonymised to the rest who may see it', async () => {
      const visibility = await w.byViewer(
        async (v) => (await findVisibleCandidate(w.db, v, candidates.seeker))?.visibility ?? null,
      );
      expect(visibility).toEqual({
        hrOwn: ProfileVisibility.OWNER,
        hrOther: ProfileVisibility.ANONYMISED,
        hrFar: null,
        team: ProfileVisibility.ANONYMISED,
        teamFar: null,
        seeker: ProfileVisibility.OWNER,
        admin: null,
        counsellor: ProfileVisibility.ANONYMISED,
      });
    });

    it('refuses an unseen profile as NOT_FOUND and a seen one the viewer may not manage as FORBIDDEN', async () => {
      const manage = async (name: ViewerName, label: CandidateLabel) => {
        const viewer = w.viewers[name];
        const seen = await findVisibleCandidate(w.db, viewer, candidates[label]);
        return requireCandidateAccess(seen, (c) => canManageCandidate(viewer, c.profile)).profile.id;
      };
      await expect(manage('hrOwn', 'ownSharedWithOther')).resolves.toBe(candidates.ownSharedWithOther);
      await expect(manage('hrOther', 'ownSharedWithOther')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(manage('team', 'ownSharedWithOther')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(manage('hrOther', 'ownSharedWithNobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(manage('hrFar', 'ownSharedWithOther')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(manage('admin', 'seeker')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      // Consent is the candidate's own to record, besides their HR lead's.
      const own = await findVisibleCandidate(w.db, w.viewers.seeker, candidates.seeker);
      expect(
        requireCandidateAccess(own, (c) => canRecordConsent(w.viewers.seeker, c.profile)).profile.id,
      ).toBe(candidates.seeker);
    });
  });

  describe('vacancies', () => {
    // Drafts stay the employer's own; others in the region see open (HR leads also filled) ones; admins all.
    const SEES: Record<ViewerName, VacancyLabel[]> = {
      hrOwn: ['ownDraft', 'ownOpen', 'ownFilled', 'ownClosed', 'otherOpen', 'otherFilled'],
      hrOther: ['otherDraft', 'otherOpen', 'otherFilled', 'otherClosed', 'ownOpen', 'ownFilled'],
      hrFar: ['farOpen'],
      team: ['ownOpen', 'ownFilled', 'ownClosed', 'otherOpen', 'otherFilled', 'otherClosed'],
      teamFar: ['farOpen'],
      seeker: ['ownOpen', 'otherOpen'],
      admin: [
        'ownDraft',
        'ownOpen',
        'ownFilled',
        'ownClosed',
        'otherDraft',
        'otherOpen',
        'otherFilled',
        'otherClosed',
        'farOpen',
      ],
      counsellor: ['ownOpen', 'otherOpen'],
    };

    it('returns, through the SQL scope and through the row predicate, exactly the vacancies each viewer may see', async () => {
      const label = labeller(vacancies);
      const all = Object.values(vacancies);
      const bySql = await w.byViewer(async (v) => label(await visibleVacanciesQuery(w.db, v).getMany()));
      const byPredicate = await w.byViewer(async (v) => label(await findVisibleVacancies(w.db, v, all)));
      expect(bySql).toEqual(sortedTable(SEES));
      expect(byPredicate).toEqual(sortedTable(SEES));
    });

    it('refuses an unseen vacancy as NOT_FOUND and a seen one of another employer as FORBIDDEN', async () => {
      const manage = async (name: ViewerName, label: VacancyLabel) => {
        const viewer = w.viewers[name];
        const seen = await findVisibleVacancy(w.db, viewer, vacancies[label]);
        return requireVacancyAccess(seen, (v) => canManageVacancy(viewer, v)).id;
      };
      await expect(manage('hrOwn', 'ownDraft')).resolves.toBe(vacancies.ownDraft);
      await expect(manage('hrOther', 'ownOpen')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(manage('admin', 'ownDraft')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(manage('hrOther', 'ownDraft')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(manage('seeker', 'ownFilled')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(manage('hrFar', 'ownOpen')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('employers', () => {
    it('shows everyone their own region’s employers and administrators all regions’', async () => {
      const label = labeller(
        Object.fromEntries(Object.entries(w.employers).map(([name, e]) => [name, e.id])) as Record<
          keyof ScopeWorld['employers'],
          string
        >,
      );
      const seen = await w.byViewer(async (v) => label(await employersVisibleTo(w.db, v).getMany()));
      const region = ['own', 'other', 'bystander'] as const;
      const far = ['far', 'farBystander'] as const;
      expect(seen).toEqual(
        sortedTable({
          hrOwn: region,
          hrOther: region,
          hrFar: far,
          team: region,
          teamFar: far,
          seeker: region,
          admin: [...region, ...far],
          counsellor: region,
        }),
      );
    });

    it('refuses an update of another region’s employer as NOT_FOUND and of another employer as FORBIDDEN', async () => {
      const employers = w.t.app.get(EmployersService);
      const own = w.employers.own.id;
      await expect(employers.update(w.viewers.hrFar, own, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(employers.update(w.viewers.teamFar, own, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(employers.update(w.viewers.hrOther, own, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(employers.update(w.viewers.seeker, own, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(employers.update(w.viewers.hrOwn, own, {})).resolves.toMatchObject({ id: own });
    });
  });
});
