import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('region_statistics')
export class RegionStatisticsEntity {
  @PrimaryColumn('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('integer') employers!: number;
  @Column('integer', { name: 'active_candidates' }) activeCandidates!: number;
  @Column('jsonb', { name: 'candidates_by_track' }) candidatesByTrack!: Record<string, number>;
  @Column('integer', { name: 'open_vacancies' }) openVacancies!: number;
  @Column('integer', { name: 'open_positions' }) openPositions!: number;
  @Column('integer', { name: 'contracts_ending_within_six_months' }) contractsEndingWithinSixMonths!: number;
  @Column('timestamptz', { name: 'computed_at' }) computedAt!: Date;
}
