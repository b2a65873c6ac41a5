import { Injectable } from '@nestjs/common';
import type { Viewer } from '@werkbrug/core';
import type { ConsentKind } from './consent-record.enums';
import type { ConsentRecordEntity } from './consent-record.entity';

/** What the lib that owns a consent's subject does to withdraw it (the match workflow, the placement lifecycle). */
export type ConsentWithdrawal = (viewer: Viewer, record: ConsentRecordEntity) => Promise<void>;

/**
 * Who withdraws which kind of consent. The libs that own a consent's subject register at start; the register's
 * "withdraw" asks them, so withdrawing in the register does exactly what withdrawing in the workflow does.
 */
@Injectable()
export class ConsentWithdrawals {
  private readonly byKind = new Map<ConsentKind, ConsentWithdrawal>();

  register(kind: ConsentKind, withdrawal: ConsentWithdrawal): void {
    this.byKind.set(kind, withdrawal);
  }

  get(kind: ConsentKind): ConsentWithdrawal | undefined {
    return this.byKind.get(kind);
  }
}
