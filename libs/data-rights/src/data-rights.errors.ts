import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@werkbrug/core';

/** Why a data-rights request was refused: stable, for clients to switch on (`extensions.reason`). */
export enum DataRightsReason {
  EXPORT_ONLY_BY_THE_PERSON = 'EXPORT_ONLY_BY_THE_PERSON',
  EXPORT_STILL_BEING_PREPARED = 'EXPORT_STILL_BEING_PREPARED',
  ERASURE_REASON_REQUIRED = 'ERASURE_REASON_REQUIRED',
  ERASURE_CANCELLED_ONLY_BY_THE_PERSON = 'ERASURE_CANCELLED_ONLY_BY_THE_PERSON',
}

/** Only the person themself asks for (and downloads) an export of their data. */
export class ExportOnlyByThePersonError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'Only the person themself can download their data.',
        nl: 'Alleen de persoon zelf kan de eigen gegevens downloaden.',
      },
      { reason: DataRightsReason.EXPORT_ONLY_BY_THE_PERSON },
    );
  }
}

/** An export is being built: a new request (or the download) waits for it. */
export class ExportStillBeingPreparedError extends ConflictError {
  constructor(which: 'previous' | 'this') {
    super(
      which === 'previous'
        ? {
            en: 'Your previous download is still being prepared; it is ready within a few minutes.',
            nl: 'Je vorige download wordt nog klaargezet; dat duurt hooguit een paar minuten.',
          }
        : {
            en: 'Your download is still being prepared; try again in a minute.',
            nl: 'Je download wordt nog klaargezet; probeer het over een minuut opnieuw.',
          },
      { reason: DataRightsReason.EXPORT_STILL_BEING_PREPARED },
    );
  }
}

/** A used, expired or someone else's download link: all look the same. */
export class ExportLinkNotFoundError extends NotFoundError {
  constructor() {
    super('Download link (used or expired)', 'Downloadlink (gebruikt of verlopen)');
  }
}

/** The mobility team acts on the person's request only, and says when and how it came. */
export class ErasureReasonRequiredError extends InvalidInputError {
  constructor() {
    super(
      {
        en: "Say when and how the person asked for erasure: the team acts on the person's request only.",
        nl: 'Geef aan wanneer en hoe de persoon om verwijdering vroeg: het team handelt alleen op verzoek van de persoon.',
      },
      { field: 'reason', reason: DataRightsReason.ERASURE_REASON_REQUIRED },
    );
  }
}

/** A request the person made themself is theirs alone to cancel. */
export class ErasureCancelledOnlyByThePersonError extends ForbiddenError {
  constructor() {
    super(
      {
        en: 'The person asked for this erasure themself; only they can cancel it.',
        nl: 'De persoon heeft zelf om deze verwijdering gevraagd; alleen die persoon kan het verzoek intrekken.',
      },
      { reason: DataRightsReason.ERASURE_CANCELLED_ONLY_BY_THE_PERSON },
    );
  }
}

/** An erasure request that does not exist, is over, or is outside the viewer's reach. */
export class ErasureRequestNotFoundError extends NotFoundError {
  constructor() {
    super('Erasure request', 'Verwijderverzoek');
  }
}
