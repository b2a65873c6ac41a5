import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, Role, Viewer } from '@werkbrug/core';
import { employerNames as namesOfEmployers } from '@werkbrug/employers/employer-directory.store';
import { In, Repository } from 'typeorm';
import { type AccountOriginFacts, accountLabel } from './account-description';
import { NotificationMailNotForRoleError } from './accounts.errors';
import { UserAccountEntity } from './user-account.entity';
import { accountOrigins } from './user-account.store';

export interface DescribedAccount extends AccountOriginFacts {
  /** One sentence naming the account and how it came to exist, in Dutch and English. */
  label: { nl: string; en: string };
}

/**
 * Accounts as people see them. Staff accounts are created through StaffAccountsService; job seeker accounts only
 * by claiming an invitation.
 */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>) {}

  async findById(viewer: Viewer, id: string): Promise<UserAccountEntity> {
    if (viewer.userId !== id && viewer.role !== Role.ADMINISTRATOR) throw new ForbiddenError();
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', 'Gebruiker');
    return user;
  }

  /**
   * An HR lead or mobility team member turns the mail about news in Werkbrug on or off for themselves. Job seekers
   * decide that with their consent to e-mail (setEmailNotifications); other roles get no notifications.
   */
  async setNotificationMail(viewer: Viewer, enabled: boolean): Promise<UserAccountEntity> {
    if (viewer.role !== Role.HR_LEAD && viewer.role !== Role.MOBILITY_TEAM)
      throw new NotificationMailNotForRoleError();
    await this.users.update({ id: viewer.userId }, { notificationMail: enabled });
    return this.findById(viewer, viewer.userId);
  }

  /**
   * The display names of these accounts (erased or unknown ones are left out). Only a name: for lines the caller
   * has already let the viewer see, such as the audit trail's.
   */
  async displayNamesOf(userIds: readonly (string | null)[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const rows = await this.users.find({ select: { id: true, displayName: true }, where: { id: In(ids) } });
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  /**
   * Who the accounts that read a candidate's identity are, and how each came to exist (who requested it, who
   * approved it, when). For the candidate's access log only: the caller has already checked that the viewer may
   * see that log, and passes the account ids found in it.
   */
  async describeAccessLogAccessors(userIds: readonly string[]): Promise<Map<string, DescribedAccount>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const rows = await accountOrigins(this.users.manager, ids);
    const employerIds = [...new Set(rows.flatMap((r) => (r.employer_id ? [r.employer_id] : [])))];
    const employerNames = await namesOfEmployers(this.users.manager, employerIds);
    return new Map(
      rows.map((r) => {
        const facts: AccountOriginFacts = {
          id: r.id,
          email: r.email,
          displayName: r.display_name,
          role: r.role,
          employerName: r.employer_id ? (employerNames.get(r.employer_id) ?? null) : null,
          origin: r.origin,
          createdAt: r.created_at,
          createdBy: r.created_by_name ? { displayName: r.created_by_name, role: r.created_by_role! } : null,
          approvedBy: r.approved_by_name
            ? { displayName: r.approved_by_name, role: r.approved_by_role! }
            : null,
          approvedAt: r.approved_at,
        };
        return [r.id, { ...facts, label: accountLabel(facts) }];
      }),
    );
  }
}
