import { Sector } from '@werkbrug/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployerLocationEntity } from './employer-location.entity';

@Entity('employer')
export class EmployerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') sector!: Sector;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @OneToMany(() => EmployerLocationEntity, (location) => location.employer, { cascade: true })
  locations!: EmployerLocationEntity[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
