import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentStatementEntity } from './consent-statement.entity';
import { ConsentStatementsService } from './consent-statements.service';
import { ConsentWithdrawals } from './consent-withdrawals';

/**
 * Consent statements and who withdraws which consent, on their own, so the worker's placement services need no
 * candidate search indexes.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ConsentStatementEntity])],
  providers: [ConsentStatementsService, ConsentWithdrawals],
  exports: [ConsentStatementsService, ConsentWithdrawals],
})
export class ConsentStatementsModule {}
