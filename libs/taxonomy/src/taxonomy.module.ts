import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SkillsService } from './skills.service';
import { EscoOccupationEntity, EscoSkillEntity } from './taxonomy.entities';

@Module({
  imports: [TypeOrmModule.forFeature([EscoSkillEntity, EscoOccupationEntity])],
  providers: [SkillsService],
  exports: [SkillsService],
})
export class TaxonomyModule {}
