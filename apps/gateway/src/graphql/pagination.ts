import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor, MAX_PAGE_SIZE } from '@werkbrug/core';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page size, 1–${MAX_PAGE_SIZE}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field({ nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type for `model`; `nodes` is there for clients that do not need cursors per item. */
export function ConnectionOf<T>(model: Type<T>): Type<Connection<T>> {
  @ObjectType(`${model.name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => model) node!: T;
  }
  @ObjectType(`${model.name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [model]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType;
}

/** Builds a connection from a page of items that carry their keyset position. */
export function toConnection<I extends { id: string; createdAt: Date }, T>(
  page: { items: I[]; hasNextPage: boolean; totalCount: number },
  toNode: (item: I) => T,
): Connection<T> {
  const edges = page.items.map((item) => ({
    cursor: encodeCursor({ createdAt: item.createdAt.toISOString(), id: item.id }),
    node: toNode(item),
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}

/** Query cost of a connection field: its page size times the cost of one node. */
export function connectionCost(nodeCost: number) {
  return ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
    (args.first ?? 20) * Math.max(nodeCost, childComplexity);
}
