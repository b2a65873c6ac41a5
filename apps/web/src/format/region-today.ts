import { TIME_ZONE } from './formatters';

/** Today in the region, as the date fields and the gateway count days. */
export const regionToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
