import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@werkbrug/geo';
import { RegionStatisticsEntity } from './region-statistics.entity';
import { RegionStatisticsService } from './region-statistics.service';

@Module({
  imports: [TypeOrmModule.forFeature([RegionStatisticsEntity]), GeoModule],
  providers: [RegionStatisticsService],
  exports: [RegionStatisticsService],
})
export class StatisticsModule {}
