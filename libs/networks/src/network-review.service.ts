import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, parseRegionDateTime, regionToday, Role, type Viewer } from '@werkbrug/core';
import { renderPrintHtml, renderPrintPdf } from '@werkbrug/documents';
import { NotificationsService } from '@werkbrug/notifications';
import { PlacementStatus, ReciprocityLedgerService } from '@werkbrug/placements';
import { placementStates } from '@werkbrug/placements/placement.store';
import { assertNoPersonalData, type PersonalDataCheckOptions } from '@werkbrug/privacy-guard';
import { And, Between, DataSource, LessThan, MoreThanOrEqual } from 'typeorm';
import { CollegialRequestsService } from './collegial-requests.service';
import { networkReview, type NetworkReview } from './network-review';
import {
  networkReviewCsv,
  networkReviewDocument,
  type ReviewLanguage,
  type ReviewReport,
} from './network-review-document';
import { claimNotesReminders, offerPlacementIds } from './network-review.store';
import { notesReminderDue, notesWritableFor, quarterOf } from './network-rules';
import { CollegialRequestEntity, NetworkReviewNoteEntity } from './network.entities';
import {
  EmptyReviewNotesError,
  MemberOnlyError,
  ReviewNotesQuarterError,
  ReviewPeriodError,
} from './networks.errors';
import { NetworksService } from './networks.service';

export interface ReviewNotesDraft {
  readonly successes: string;
  readonly bottlenecks: string;
  readonly challenges: string;
}

export type NetworkReviewView = NetworkReview & {
  readonly networkName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly notes: readonly NetworkReviewNoteEntity[];
};

/** Placements that count as started once their first day has come: agreed ones too, as the ledger counts them. */
const STARTED: readonly PlacementStatus[] = [
  PlacementStatus.AGREED,
  PlacementStatus.ACTIVE,
  PlacementStatus.ENDED,
];
/** Reminders per worker round, so one round stays short; the rest come in the next. */
const NOTES_REMINDERS_PER_ROUND = 200;

/**
 * The network's periodic review, which its members read together: the requests and answers of the period, the
 * placements that came from offers, the hours lent and borrowed between members (the ledger), and each member's
 * notes on successes, bottlenecks and challenges, which the worker asks for before the quarter ends. On screen,
 * printed, as a PDF and as CSV: one set of figures.
 */
@Injectable()
export class NetworkReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly networks: NetworksService,
    private readonly requests: CollegialRequestsService,
    private readonly ledger: ReciprocityLedgerService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * The review of a period (at most a year) for the network's members and the region's team: requests made in
   * the period (a day in the region), answered, closed, offers, placements from offers started, the median hours
   * to a first answer, per member what it asked, received, answered and offered and the hours it lent and
   * borrowed, and the members' notes of the quarters that start in the period. HR leads see a member's small
   * counts as "fewer than 5", as in the regional figures.
   */
  async review(viewer: Viewer, networkId: string, from: string, to: string): Promise<NetworkReviewView> {
    if (to < from || Date.parse(to) - Date.parse(from) > 366 * 86_400_000) throw new ReviewPeriodError();
    const view = await this.networks.get(viewer, networkId);
    if (view.access !== 'TEAM' && view.access !== 'MEMBER') throw new MemberOnlyError();
    const manager = this.dataSource.manager;
    const members = view.members.filter((m) => m.status !== 'INVITED');
    const memberIds = members.map((m) => m.employerId);
    // The period's days in the region: from its first moment up to the first moment of the day after it.
    const [inPeriod, placements, ledger, notes] = await Promise.all([
      manager
        .find(CollegialRequestEntity, {
          where: {
            networkId,
            createdAt: And(
              MoreThanOrEqual(parseRegionDateTime(`${from}T00:00`)!),
              LessThan(parseRegionDateTime(`${addDays(to, 1)}T00:00`)!),
            ),
          },
        })
        .then((requests) => this.requests.views(requests, null)),
      offerPlacementIds(manager, networkId).then((ids) => placementStates(manager, ids)),
      this.ledger.totalsAmong(view.network.regionCode, memberIds, from, to),
      manager.find(NetworkReviewNoteEntity, {
        where: { networkId, quarterStart: Between(from, to) },
        order: { quarterStart: 'ASC' },
      }),
    ]);
    const review = networkReview(
      inPeriod.map((r) => ({
        employerId: r.request.employerId,
        createdAt: r.request.createdAt,
        closed: r.request.status === 'CLOSED',
        recipients: r.recipients.map((x) => x.employerId),
        answers: r.answers,
      })),
      memberIds,
      viewer.role === Role.HR_LEAD ? { ownEmployerId: viewer.employerId } : null,
      {
        startsFromOffers: [...placements.values()]
          .filter((p) => STARTED.includes(p.status) && p.startDate !== null)
          .map((p) => p.startDate!),
        ledger,
        from,
        to,
        today: regionToday(),
      },
    );
    const names = new Map(members.map((m) => [m.employerId, m.employerName]));
    return {
      ...review,
      networkName: view.network.name,
      names,
      notes: notes
        .filter((n) => names.has(n.employerId))
        .sort(
          (a, b) =>
            a.quarterStart.localeCompare(b.quarterStart) ||
            names.get(a.employerId)!.localeCompare(names.get(b.employerId)!, 'nl'),
        ),
    };
  }

  /**
   * A member's HR lead writes (or rewrites) the employer's notes for this quarter or the one before: successes,
   * bottlenecks and challenges, without people's names (the privacy guard checks).
   */
  async writeNotes(
    viewer: Viewer,
    networkId: string,
    quarterStart: string,
    draft: ReviewNotesDraft,
    check: PersonalDataCheckOptions = {},
  ): Promise<NetworkReviewNoteEntity & { employerName: string }> {
    const view = await this.networks.get(viewer, networkId);
    if (viewer.role !== Role.HR_LEAD || view.access !== 'MEMBER') throw new MemberOnlyError();
    const employerName = view.members.find((m) => m.employerId === viewer.employerId)?.employerName ?? '';
    if (!notesWritableFor(quarterStart, regionToday())) throw new ReviewNotesQuarterError();
    const notes = {
      successes: draft.successes.trim(),
      bottlenecks: draft.bottlenecks.trim(),
      challenges: draft.challenges.trim(),
    };
    if (!notes.successes && !notes.bottlenecks && !notes.challenges) throw new EmptyReviewNotesError();
    assertNoPersonalData(notes, check);
    const key = { networkId, employerId: viewer.employerId, quarterStart };
    await this.dataSource.manager.upsert(
      NetworkReviewNoteEntity,
      { ...key, ...notes, writtenByUserId: viewer.userId, updatedAt: new Date() },
      ['networkId', 'employerId', 'quarterStart'],
    );
    return { ...(await this.dataSource.manager.findOneByOrFail(NetworkReviewNoteEntity, key)), employerName };
  }

  /**
   * For the worker: in a quarter's last two weeks, asks every active member that has written no notes for it
   * yet, once per quarter. Returns how many were asked.
   */
  async remindNotes(now = new Date()): Promise<number> {
    const today = regionToday(now);
    if (!notesReminderDue(today)) return 0;
    const quarter = quarterOf(today);
    return this.dataSource.transaction(async (tx) => {
      const due = await claimNotesReminders(tx, quarter.start, now, NOTES_REMINDERS_PER_ROUND);
      for (const member of due)
        await this.notifications.notify(tx, [{ employerId: member.employerId }], {
          kind: 'NETWORK_REVIEW_NOTES',
          subjectType: 'EmployerNetwork',
          subjectId: member.networkId,
          text: {
            nl: `Het kwartaal van het netwerk "${member.networkName}" loopt tot ${quarter.end}. Schrijf voor de terugblik kort wat goed ging, wat vastliep en wat eraan komt.`,
            en: `The quarter of the network "${member.networkName}" runs until ${quarter.end}. For the review, write briefly what went well, what got stuck and what lies ahead.`,
          },
        });
      return due.length;
    });
  }

  /** The review as print-ready HTML or a PDF, in the reader's language. */
  async document(
    viewer: Viewer,
    networkId: string,
    from: string,
    to: string,
    format: 'html' | 'pdf',
    lang: ReviewLanguage,
  ): Promise<string | Buffer> {
    const doc = networkReviewDocument(await this.report(viewer, networkId, from, to), lang);
    return format === 'pdf' ? renderPrintPdf(doc) : renderPrintHtml(doc);
  }

  async csv(viewer: Viewer, networkId: string, from: string, to: string): Promise<string> {
    return networkReviewCsv(await this.report(viewer, networkId, from, to));
  }

  private async report(viewer: Viewer, networkId: string, from: string, to: string): Promise<ReviewReport> {
    const review = await this.review(viewer, networkId, from, to);
    return { networkName: review.networkName, from, to, review, names: review.names, notes: review.notes };
  }
}
