import type { ApolloServerPlugin } from '@apollo/server';
import {
  coerceInputValue,
  GraphQLError,
  isInputType,
  isNonNullType,
  typeFromAST,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { inspect } from 'graphql/jsutils/inspect';

/** More problems than this say nothing more; graphql-js itself gives up after 50, as an internal error. */
const MAX_PROBLEMS = 20;
const MAX_PROBLEM_LENGTH = 300;

export interface VariableProblem {
  field: string;
  problems: string[];
}

class Enough extends Error {}

/** graphql-js quotes the submitted value in its messages; the value is personal data, its path is enough. */
function withoutValue(message: string, value: unknown): string {
  const shown = value === undefined ? '' : inspect(value);
  const text = shown ? message.split(shown).join('the value given') : message;
  return text.length > MAX_PROBLEM_LENGTH ? `${text.slice(0, MAX_PROBLEM_LENGTH)}…` : text;
}

/** The variables' problems, as graphql-js would find them when executing, but without their values. */
export function variableProblems(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  inputs: Record<string, unknown>,
): VariableProblem[] {
  const problems: VariableProblem[] = [];
  const add = (field: string, problem: string) => {
    problems.push({ field, problems: [problem] });
    if (problems.length >= MAX_PROBLEMS) throw new Enough();
  };
  try {
    for (const definition of definitions) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type);
      if (!type || !isInputType(type)) continue; // document validation reports these
      if (!Object.prototype.hasOwnProperty.call(inputs, name) || inputs[name] === undefined) {
        if (!definition.defaultValue && isNonNullType(type))
          add(name, `Variable "$${name}" of required type "${String(type)}" was not provided.`);
        continue;
      }
      coerceInputValue(inputs[name], type, (path, invalidValue, error) => {
        const field = [name, ...path].join('.');
        const at = path.length > 0 ? ` at "${field}"` : '';
        add(
          field,
          `Variable "$${name}" got an invalid value${at}; ${withoutValue(error.message, invalidValue)}`,
        );
      });
    }
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  return problems;
}

/**
 * Refuses variables that do not fit their types before execution, as one BAD_USER_INPUT (status 400) listing
 * every field. Left to graphql-js, the messages would repeat the submitted values, and more than 50 problems
 * would stop it with an error Apollo answers as a 500.
 */
export function variableErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, schema, operation }) {
          const fields = variableProblems(
            schema,
            operation?.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (fields.length === 0) return;
          const more = fields.length >= MAX_PROBLEMS ? ' (and possibly more)' : '';
          throw new GraphQLError(
            `${fields[0].problems[0]}${fields.length > 1 ? ` (${fields.length} problems${more})` : ''}`,
            {
              extensions: { code: 'BAD_USER_INPUT', field: fields[0].field, fields, http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
