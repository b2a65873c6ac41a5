// What the demo walkthroughs share: they drive the running demo through its public GraphQL API, as a client would.
import { DEMO_PASSWORD } from './demo-region';

export function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

export const URL_BASE = argument('url', `http://localhost:${process.env.PORT ?? 3000}`);

/** GraphQL JSON as it comes: the walkthroughs read it the way the end-to-end tests do. */
export type Data = Record<string, any>;

export async function gql(
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const res = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length)
    throw new Error(`${query.trim().split('\n')[0]}: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data!;
}

export async function login(email: string): Promise<string> {
  const data = await gql(null, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  return data.login.accessToken as string;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const step = (title: string) => console.log(`\n── ${title}`);
