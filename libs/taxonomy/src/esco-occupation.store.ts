import type { EntityManager } from 'typeorm';
import { EscoOccupationEntity } from './taxonomy.entities';

/** Occupations whose Dutch or English label contains `text`, labels starting with it first, then shorter ones. */
export function occupationsByLabel(
  manager: EntityManager,
  text: string,
  limit: number,
): Promise<EscoOccupationEntity[]> {
  return manager
    .createQueryBuilder(EscoOccupationEntity, 'o')
    .where('o.label_nl ILIKE :pattern OR o.label_en ILIKE :pattern', { pattern: `%${escapeLike(text)}%` })
    .orderBy('(o.label_nl ILIKE :prefix OR o.label_en ILIKE :prefix)', 'DESC')
    .addOrderBy('length(coalesce(o.label_nl, o.label_en))', 'ASC')
    .setParameter('prefix', `${escapeLike(text)}%`)
    .limit(limit)
    .getMany();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
