import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditTrailService } from './audit-trail.service';

/** Writing is `recordAudit` (in the caller's transaction); this module reads. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditTrailService],
  exports: [AuditTrailService],
})
export class AuditModule {}
