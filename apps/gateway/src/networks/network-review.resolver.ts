import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ConfirmPossibleNames, nameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { NetworkReviewService } from '@werkbrug/networks';
import { NetworkReviewNotesInput } from './dto/network.input';
import { NetworkReview, NetworkReviewNote } from './models/network.model';

/** Where a review of a period opens as a document: one place for the web app's links. */
export function reviewDocumentUrl(networkId: string, from: string, to: string, format: string): string {
  return `/network-reviews/${networkId}.${format}?from=${from}&to=${to}`;
}

/** The network's periodic review and the members' notes for it. */
@Resolver()
export class NetworkReviewResolver {
  constructor(private readonly reviews: NetworkReviewService) {}

  @Query(() => NetworkReview, {
    description:
      "The network's review of a period (at most a year) for its active members and the region's mobility team",
  })
  async networkReview(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('from', { type: () => LocalDate }) from: string,
    @Args('to', { type: () => LocalDate }) to: string,
  ): Promise<NetworkReview> {
    const review = await this.reviews.review(viewer, networkId, from, to);
    const name = (employerId: string) => review.names.get(employerId) ?? '';
    return {
      ...review,
      from,
      to,
      members: review.members.map((m) => ({ ...m, employerName: name(m.employerId) })),
      notes: review.notes.map((n) => ({ ...n, employerName: name(n.employerId) })),
      printUrl: reviewDocumentUrl(networkId, from, to, 'html'),
      pdfUrl: reviewDocumentUrl(networkId, from, to, 'pdf'),
      csvUrl: reviewDocumentUrl(networkId, from, to, 'csv'),
    };
  }

  @Mutation(() => NetworkReviewNote, {
    description:
      "A member's HR lead writes the employer's notes for the current quarter or the one before (named by its first day)",
  })
  async writeNetworkReviewNotes(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('quarterStart', { type: () => LocalDate }) quarterStart: string,
    @Args('notes') notes: NetworkReviewNotesInput,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<NetworkReviewNote> {
    return this.reviews.writeNotes(viewer, networkId, quarterStart, notes, nameCheck(confirmed));
  }
}
