import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionStatisticsEntity } from './region-statistics.entity';
import { RegionStatisticsService } from './region-statistics.service';

@Module({
  imports: [TypeOrmModule.forFeature([RegionStatisticsEntity])],
  providers: [RegionStatisticsService],
  exports: [RegionStatisticsService],
})
export class StatisticsModule {}
