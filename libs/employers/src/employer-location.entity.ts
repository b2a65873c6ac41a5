import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EmployerEntity } from './employer.entity';

@Entity('employer_location')
export class EmployerLocationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @ManyToOne('EmployerEntity', 'locations', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer!: EmployerEntity;
  @Column('char', { length: 4 }) pc4!: string;
  @Column('text') label!: string;
}
