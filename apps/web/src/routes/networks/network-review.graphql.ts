import { graphql } from '@web/graphql/generated';

/** A period's review: figures, each member's counts and hours, the members' notes, and the documents. */
export const NetworkReviewParts = graphql(`
  fragment NetworkReviewParts on NetworkReview {
    from
    to
    requests
    answered
    closed
    offers
    placementsStarted
    medianHoursToFirstAnswer
    printUrl
    pdfUrl
    csvUrl
    members {
      employerId
      employerName
      asked
      received
      answered
      offers
      hoursLent
      hoursBorrowed
    }
    notes {
      employerId
      employerName
      quarterStart
      successes
      bottlenecks
      challenges
      updatedAt
    }
  }
`);

/** An earlier quarter's review (the current one comes with the requests). */
export const NetworkReviewQuery = graphql(`
  query NetworkReview($networkId: ID!, $from: LocalDate!, $to: LocalDate!) {
    networkReview(networkId: $networkId, from: $from, to: $to) {
      ...NetworkReviewParts
    }
  }
`);

export const WriteNetworkReviewNotesMutation = graphql(`
  mutation WriteNetworkReviewNotes(
    $networkId: ID!
    $quarterStart: LocalDate!
    $notes: NetworkReviewNotesInput!
    $confirm: Boolean
  ) {
    writeNetworkReviewNotes(
      networkId: $networkId
      quarterStart: $quarterStart
      notes: $notes
      confirmPossibleNames: $confirm
    ) {
      employerId
      quarterStart
      successes
      bottlenecks
      challenges
      updatedAt
    }
  }
`);
