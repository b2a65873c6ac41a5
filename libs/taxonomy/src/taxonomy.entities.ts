import type { DutchLabelSource } from '@werkbrug/core/esco-taxonomy';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('esco_skill')
export class EscoSkillEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'skill_type', nullable: true }) skillType!: string | null;
  @Column('text', { name: 'reuse_level', nullable: true }) reuseLevel!: string | null;
  @Column('text', { name: 'label_en' }) labelEn!: string;
  @Column('text', { name: 'label_nl', nullable: true }) labelNl!: string | null;
  @Column('text', { name: 'label_nl_source', nullable: true }) labelNlSource!: DutchLabelSource | null;
  @Column('text', { name: 'alt_labels_en', array: true }) altLabelsEn!: string[];
  @Column('text', { name: 'alt_labels_nl', array: true }) altLabelsNl!: string[];
  @Column('integer', { name: 'occupation_count' }) occupationCount!: number;
}

@Entity('esco_occupation')
export class EscoOccupationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('varchar', { name: 'isco_group', length: 4 }) iscoGroup!: string;
  @Column('text', { name: 'label_en' }) labelEn!: string;
  @Column('text', { name: 'label_nl', nullable: true }) labelNl!: string | null;
}
