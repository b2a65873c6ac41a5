import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LabourMarketRegionEntity, MunicipalityEntity, PostcodeAreaEntity } from './geo.entities';
import { GeoService } from './geo.service';

@Module({
  imports: [TypeOrmModule.forFeature([LabourMarketRegionEntity, MunicipalityEntity, PostcodeAreaEntity])],
  providers: [GeoService],
  exports: [GeoService],
})
export class GeoModule {}
