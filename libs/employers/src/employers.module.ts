import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@werkbrug/geo';
import { EmployerLocationEntity } from './employer-location.entity';
import { EmployerEntity } from './employer.entity';
import { EmployersService } from './employers.service';

@Module({
  imports: [TypeOrmModule.forFeature([EmployerEntity, EmployerLocationEntity]), GeoModule],
  providers: [EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
