import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('labour_market_region')
export class LabourMarketRegionEntity {
  @PrimaryColumn('varchar', { length: 4 }) code!: string;
  @Column('text') name!: string;
  @Column('double precision') latitude!: number;
  @Column('double precision') longitude!: number;
}

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryColumn('varchar', { length: 6 }) code!: string;
  @Column('text') name!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('text') province!: string;
}

@Entity('postcode_area')
export class PostcodeAreaEntity {
  @PrimaryColumn('char', { length: 4 }) pc4!: string;
  @Column('text') places!: string;
  @Column('varchar', { name: 'municipality_code', length: 6 }) municipalityCode!: string;
  @Column('text', { name: 'municipality_name' }) municipalityName!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('double precision') latitude!: number;
  @Column('double precision') longitude!: number;
}
