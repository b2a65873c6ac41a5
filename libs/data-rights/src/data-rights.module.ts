import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@werkbrug/notifications';
import { QueueModule } from '@werkbrug/queue';
import { DataExportEntity } from './data-export.entity';
import { DataExportService } from './data-export.service';
import { ErasureRequestEntity } from './erasure-request.entity';
import { ErasureService } from './erasure.service';
import { RetentionService } from './retention.service';

/** A person's rights over their data: erasure (and, next to it, their own-data export). */
@Module({
  imports: [
    TypeOrmModule.forFeature([ErasureRequestEntity, DataExportEntity]),
    NotificationsModule,
    QueueModule,
  ],
  providers: [ErasureService, DataExportService, RetentionService],
  exports: [ErasureService, DataExportService, RetentionService],
})
export class DataRightsModule {}
