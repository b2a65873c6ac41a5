import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@werkbrug/geo';
import { TaxonomyModule } from '@werkbrug/taxonomy';
import { VacanciesService } from './vacancies.service';
import { VacancyEntity, VacancySkillEntity } from './vacancy.entity';

@Module({
  imports: [TypeOrmModule.forFeature([VacancyEntity, VacancySkillEntity]), GeoModule, TaxonomyModule],
  providers: [VacanciesService],
  exports: [VacanciesService],
})
export class VacanciesModule {}
