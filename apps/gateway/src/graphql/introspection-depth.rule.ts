import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The depth limit for what lies under `__schema`, which the general depth rule leaves out. Introspection gets a
 * limit of its own because the standard introspection query of tools (graphql's getIntrospectionQuery) is 18
 * levels deep, counting a fragment as a level like the general rule does. (graphql's own
 * MaxIntrospectionDepthRule already caps nested `fields`/`interfaces` lists; this caps everything else, such
 * as endless `ofType` chains.) Reported as an ordinary validation error: 400, GRAPHQL_VALIDATION_FAILED.
 */
export function introspectionDepthRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = new SchemaDepth(context).of(operation.selectionSet, false);
      if (depth > maxDepth)
        context.reportError(
          new GraphQLError(`Introspection depth limit of ${maxDepth} exceeded, found ${depth}.`, {
            nodes: [operation],
          }),
        );
    },
  });
}

/**
 * Depth of the deepest path through a `__schema` field (0 when there is none). Each fragment is measured once
 * per context, so a document that spreads fragments many times costs no more than one that spreads them once.
 */
class SchemaDepth {
  private readonly fragments = new Map<string, number>();

  constructor(private readonly context: ValidationContext) {}

  of(selectionSet: SelectionSetNode, inSchema: boolean): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let inside = inSchema;
      let below = 0;
      switch (selection.kind) {
        case Kind.FIELD:
          inside ||= selection.name.value === '__schema';
          below = selection.selectionSet ? this.of(selection.selectionSet, inside) : 0;
          break;
        case Kind.INLINE_FRAGMENT:
          below = this.of(selection.selectionSet, inside);
          break;
        case Kind.FRAGMENT_SPREAD:
          below = this.fragment(selection.name.value, inside);
          break;
      }
      if (inside || below > 0) deepest = Math.max(deepest, 1 + below);
    }
    return deepest;
  }

  private fragment(name: string, inSchema: boolean): number {
    const key = `${inSchema}:${name}`;
    const known = this.fragments.get(key);
    if (known !== undefined) return known;
    // A cycle counts as nothing here: NoFragmentCyclesRule reports it.
    this.fragments.set(key, 0);
    const fragment = this.context.getFragment(name);
    const depth = fragment ? this.of(fragment.selectionSet, inSchema) : 0;
    this.fragments.set(key, depth);
    return depth;
  }
}
