import { registerEnumType } from '@nestjs/graphql';
import { AccountOrigin, AccountStatus, ApprovalBasis } from '@werkbrug/accounts';

/** Registered here rather than in graphql/enums.ts: they belong to the account models that use them. */
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Only ACTIVE accounts can log in; a request is PENDING_APPROVAL until a second person decides',
});
registerEnumType(AccountOrigin, {
  name: 'AccountOrigin',
  description: 'How an account came to exist (requested and approved by whom), shown in identity access logs',
});
registerEnumType(ApprovalBasis, {
  name: 'ApprovalBasis',
  description:
    "EMPLOYER_ADMIN: as the employer's administrator HR lead; SECOND_PERSON: as a second person next to the " +
    'requester (an employer without an active HR lead, a mobility team or administrator account)',
});
