import { randomUUID } from 'node:crypto';
import { AuditAction, auditEntriesVisibleTo, recordAudit } from '@werkbrug/audit';
import { Role, type Viewer, type ViewerOf } from '@werkbrug/core';
import { takeDownload } from '@werkbrug/data-rights/data-export.store';
import {
  countViewerUnread,
  markViewerNotificationsRead,
  viewerNotifications,
} from '@werkbrug/notifications/notification.store';
import {
  labeller,
  OTHER_REGION,
  REGION,
  ScopeWorld,
  sortedTable,
  type ViewerName,
} from './support/scope-world';

/**
 * The service tier for whose notifications, audit lines and data exports a viewer reaches: the stores are called
 * directly, viewer by viewer. Notifications are addressed to one side (an employer, a candidate, a region's
 * team); the audit trail is read by the platform's administrators, a region's team, the person it concerns and
 * the acting employer; an export only by its own person.
 */
describe('notification, audit and data export scopes (service tier)', () => {
  let w: ScopeWorld;
  let otherCandidate: string;

  beforeAll(async () => {
    w = await ScopeWorld.create('service_scopes_notifications');
    otherCandidate = await w.candidate({
      employer: w.employers.other,
      status: 'ACTIVE',
      consent: 'GIVEN',
      sharing: 'REGION',
    });
  }, 180_000);

  afterAll(async () => {
    await w?.close();
  });

  describe('notifications', () => {
    type Label = 'ownUnread' | 'ownRead' | 'other' | 'far' | 'seeker' | 'region' | 'farRegion';
    let notes: Record<Label, string>;
    const SEES: Record<ViewerName, Label[]> = {
      hrOwn: ['ownUnread', 'ownRead'],
      hrOther: ['other'],
      hrFar: ['far'],
      team: ['region'],
      teamFar: ['farRegion'],
      seeker: ['seeker'],
      admin: [],
      // External counsellors have no inbox here: what concerns them reaches the region's team.
      counsellor: [],
    };

    /** One notification to exactly one recipient column, as the table's check demands. */
    async function notify(to: 'employer' | 'candidate' | 'region', recipient: string, read = false) {
      const [{ id }] = await w.f.query<{ id: string }>(
        `INSERT INTO notification (recipient_${to === 'region' ? 'region_code' : `${to}_id`}, kind, subject_type,
           subject_id, text_en, text_nl, read_at)
         VALUES ($1, 'TEST', 'Test', $2, 'Hello', 'Hallo', $3) RETURNING id`,
        [recipient, randomUUID(), read ? new Date() : null],
      );
      return id;
    }

    beforeAll(async () => {
      const { own, other, far } = w.employers;
      notes = {
        ownUnread: await notify('employer', own.id),
        ownRead: await notify('employer', own.id, true),
        other: await notify('employer', other.id),
        far: await notify('employer', far.id),
        seeker: await notify('candidate', w.seekerCandidateId),
        region: await notify('region', REGION),
        farRegion: await notify('region', OTHER_REGION),
      };
    });

    it('lists and counts only the notifications addressed to the viewer’s side', async () => {
      const label = labeller(notes);
      const listed = await w.byViewer(async (v) =>
        label(await viewerNotifications(w.db, v, { unreadOnly: false, limit: 50 })),
      );
      const unread = await w.byViewer(async (v) =>
        label(await viewerNotifications(w.db, v, { unreadOnly: true, limit: 50 })),
      );
      expect(listed).toEqual(sortedTable(SEES));
      expect(unread).toEqual(sortedTable({ ...SEES, hrOwn: ['ownUnread'] }));
      const counts = await w.byViewer((v) => countViewerUnread(w.db, v));
      expect(counts).toEqual({
        hrOwn: 1,
        hrOther: 1,
        hrFar: 1,
        team: 1,
        teamFar: 1,
        seeker: 1,
        admin: 0,
        counsellor: 0,
      });
    });

    it('marks as read only the viewer’s own among the ids it is given', async () => {
      const all = Object.values<string>(notes);
      await expect(markViewerNotificationsRead(w.db, w.viewers.admin, all)).resolves.toBe(0);
      await expect(markViewerNotificationsRead(w.db, w.viewers.hrOther, all)).resolves.toBe(1);
      const counts = await w.byViewer((v) => countViewerUnread(w.db, v));
      expect(counts).toEqual({
        hrOwn: 1,
        hrOther: 0,
        hrFar: 1,
        team: 1,
        teamFar: 1,
        seeker: 1,
        admin: 0,
        counsellor: 0,
      });
    });
  });

  describe('audit trail', () => {
    type Label =
      | 'hrOwnAboutSeeker'
      | 'hrOtherAboutOther'
      | 'teamWithoutPerson'
      | 'teamAboutSeeker'
      | 'hrFar'
      | 'systemAboutSeeker'
      | 'admin'
      | 'counsellorAboutSeeker';
    let lines: Record<Label, string>;
    // Administrators all; the team its region's; a seeker what concerns them; an HR lead what its employer did.
    const SEES: Record<ViewerName, Label[]> = {
      hrOwn: ['hrOwnAboutSeeker'],
      hrOther: ['hrOtherAboutOther'],
      hrFar: ['hrFar'],
      team: [
        'hrOwnAboutSeeker',
        'hrOtherAboutOther',
        'teamWithoutPerson',
        'teamAboutSeeker',
        'systemAboutSeeker',
        'counsellorAboutSeeker',
      ],
      teamFar: ['hrFar'],
      seeker: ['hrOwnAboutSeeker', 'teamAboutSeeker', 'systemAboutSeeker', 'counsellorAboutSeeker'],
      // An external counsellor: only what they did themselves.
      counsellor: ['counsellorAboutSeeker'],
      admin: [
        'hrOwnAboutSeeker',
        'hrOtherAboutOther',
        'teamWithoutPerson',
        'teamAboutSeeker',
        'hrFar',
        'systemAboutSeeker',
        'admin',
        'counsellorAboutSeeker',
      ],
    };

    /** Records one line through the audit lib's own writer; its subject id is the label's handle. */
    async function audit(actor: Viewer | null, candidateId: string | null, regionCode?: string) {
      const subjectId = randomUUID();
      await recordAudit(w.db, actor, {
        action: AuditAction.IDENTITY_READ,
        subjectType: 'CandidateProfile',
        subjectId,
        candidateId,
        regionCode,
      });
      return subjectId;
    }

    beforeAll(async () => {
      const v = w.viewers;
      const seeker = w.seekerCandidateId;
      lines = {
        hrOwnAboutSeeker: await audit(v.hrOwn, seeker),
        hrOtherAboutOther: await audit(v.hrOther, otherCandidate),
        teamWithoutPerson: await audit(v.team, null),
        teamAboutSeeker: await audit(v.team, seeker),
        hrFar: await audit(v.hrFar, null),
        systemAboutSeeker: await audit(null, seeker, REGION),
        admin: await audit(v.admin, null),
        counsellorAboutSeeker: await audit(v.counsellor, seeker),
      };
    });

    it('returns exactly the lines each viewer may read', async () => {
      const label = labeller(lines);
      // Filtered to this spec's action, so lines the fixtures may write (sign-ins) stay out of the comparison.
      const seen = await w.byViewer(async (v) =>
        label(
          (await auditEntriesVisibleTo(w.db, v, { action: AuditAction.IDENTITY_READ })).map(
            (a) => a.subjectId!,
          ),
        ),
      );
      expect(seen).toEqual(sortedTable(SEES));
    });
  });

  describe('data exports', () => {
    it('hands an export’s download to its own person only', async () => {
      const token = randomUUID().replace(/-/g, '').padEnd(64, '0');
      await w.f.query(
        `INSERT INTO data_export (candidate_id, requested_by_user_id, requested_at, token_sha256, ready_at, expires_at,
           content_json)
         VALUES ($1, $2, now(), $3, now(), now() + interval '1 day', '{"who":"seeker"}')`,
        [w.seekerCandidateId, w.viewers.seeker.userId, token],
      );
      const otherSeeker: ViewerOf<Role.JOB_SEEKER> = {
        role: Role.JOB_SEEKER,
        userId: (await w.f.actor(Role.JOB_SEEKER, { candidateId: otherCandidate })).userId,
        candidateId: otherCandidate,
        employerId: w.employers.other.id,
        regionCode: REGION,
      };
      await expect(takeDownload(w.db, otherSeeker, token, 'json')).resolves.toBeUndefined();
      await expect(takeDownload(w.db, w.viewers.seeker, token, 'json')).resolves.toMatchObject({
        body: '{"who": "seeker"}',
      });
      // Once per format: the second click gets nothing.
      await expect(takeDownload(w.db, w.viewers.seeker, token, 'json')).resolves.toBeUndefined();
    });
  });
});
