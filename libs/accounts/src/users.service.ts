import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ForbiddenError, InvalidInputError, NotFoundError, Role, Viewer } from '@werkbrug/core';
import { EmployerEntity } from '@werkbrug/employers/employer.entity';
import { QueryFailedError, Repository } from 'typeorm';
import { EmailAlreadyRegisteredError } from './accounts.errors';
import { PasswordHasher } from './password-hasher';
import { UserAccountEntity } from './user-account.entity';

export interface CreateStaffAccountInput {
  email: string;
  password: string;
  displayName: string;
  role: Role.HR_LEAD | Role.MOBILITY_TEAM | Role.ADMINISTRATOR;
  employerId?: string;
  regionCode?: string;
}

/**
 * Staff accounts. Administrators create any staff account; a mobility team onboards the HR leads of the
 * employers in its own region. Job seeker accounts are only ever created by claiming an invitation.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    @InjectRepository(EmployerEntity) private readonly employers: Repository<EmployerEntity>,
    private readonly hasher: PasswordHasher,
  ) {}

  async findById(viewer: Viewer, id: string): Promise<UserAccountEntity> {
    if (viewer.userId !== id && viewer.role !== Role.ADMINISTRATOR) throw new ForbiddenError();
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', 'Gebruiker');
    return user;
  }

  async createStaffAccount(viewer: Viewer, input: CreateStaffAccountInput): Promise<UserAccountEntity> {
    await this.assertMayCreate(viewer, input);
    const user = this.users.create({
      email: input.email.trim(),
      passwordHash: await this.hasher.hash(input.password),
      displayName: input.displayName.trim(),
      role: input.role,
      employerId: input.role === Role.HR_LEAD ? input.employerId! : null,
      regionCode: input.role === Role.MOBILITY_TEAM ? input.regionCode! : null,
      candidateId: null,
    });
    try {
      return await this.users.save(user);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new EmailAlreadyRegisteredError();
      }
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503') {
        throw new InvalidInputError(
          { en: 'The region does not exist.', nl: 'De regio bestaat niet.' },
          { field: 'regionCode' },
        );
      }
      throw error;
    }
  }

  private async assertMayCreate(viewer: Viewer, input: CreateStaffAccountInput): Promise<void> {
    if (input.role === Role.HR_LEAD && !input.employerId) {
      throw new InvalidInputError(
        { en: 'An HR lead belongs to an employer.', nl: 'Een HR-adviseur hoort bij een werkgever.' },
        { field: 'employerId' },
      );
    }
    if (input.role === Role.MOBILITY_TEAM && !input.regionCode) {
      throw new InvalidInputError(
        {
          en: 'A mobility team member belongs to a region.',
          nl: 'Een mobiliteitsteamlid hoort bij een regio.',
        },
        { field: 'regionCode' },
      );
    }
    const employer = input.employerId ? await this.employers.findOneBy({ id: input.employerId }) : null;
    if (input.employerId && !employer) throw new NotFoundError('Employer', 'Werkgever');
    if (viewer.role === Role.ADMINISTRATOR) return;
    if (
      viewer.role === Role.MOBILITY_TEAM &&
      input.role === Role.HR_LEAD &&
      employer?.regionCode === viewer.regionCode
    ) {
      return;
    }
    throw new ForbiddenError();
  }
}
