import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'werkbrug:isPublic';

/** The only way past the global guard; used for login, claiming an invitation and the health check. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
