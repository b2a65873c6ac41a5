import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page, PageRequest } from './pagination';

/**
 * One page of a scoped, filtered query in (created_at DESC, id DESC) order. Ids are selected first and the rows
 * (with their relations) loaded by `load`, so joined relations never distort LIMIT; a list costs three queries
 * (count, ids, rows) whatever its size.
 */
export async function keysetPage<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  page: PageRequest,
  load: (ids: string[]) => Promise<E[]>,
): Promise<Page<E>> {
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  if (page.after) {
    query.andWhere(`(${alias}.created_at, ${alias}.id) < (:afterCreatedAt, :afterId)`, {
      afterCreatedAt: page.after.createdAt,
      afterId: page.after.id,
    });
  }
  const ids = (
    await query
      .select([`${alias}.id`, `${alias}.createdAt`])
      .orderBy(`${alias}.created_at`, 'DESC')
      .addOrderBy(`${alias}.id`, 'DESC')
      .take(page.first + 1)
      .getMany()
  ).map((row) => row.id);
  const pageIds = ids.slice(0, page.first);
  const byId = new Map((pageIds.length ? await load(pageIds) : []).map((row) => [row.id, row]));
  return {
    items: pageIds.flatMap((id) => byId.get(id) ?? []),
    hasNextPage: ids.length > page.first,
    totalCount,
  };
}

/** The fields of a partial update that were actually given (GraphQL leaves absent ones undefined). */
export function definedFields<T extends object>(value: T, except: (keyof T)[] = []): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([key, v]) => v !== undefined && !except.includes(key as keyof T)),
  ) as Partial<T>;
}
