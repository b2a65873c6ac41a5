import { CreateFoundation1764000000000 } from './1764000000000-CreateFoundation';

/** In order of application; a new migration is appended here. */
export const MIGRATIONS = [CreateFoundation1764000000000];
