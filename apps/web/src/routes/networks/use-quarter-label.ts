import { useTranslation } from 'react-i18next';
import type { Quarter } from './review-quarters';

/** A quarter as the reader says it: "4e kwartaal 2026", "Q4 2026". */
export function useQuarterLabel(): (quarter: Pick<Quarter, 'year' | 'number'>) => string {
  const { t } = useTranslation();
  return (quarter) => t('network.review.quarterValue', { number: quarter.number, year: quarter.year });
}
