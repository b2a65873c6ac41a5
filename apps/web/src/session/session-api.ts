/**
 * Logging in and out: the gateway sets and clears the httpOnly session cookie. These two calls are the only
 * requests outside the GraphQL client.
 */
export type LogInResult = 'ok' | 'invalid' | 'rate-limited' | 'failed';

export async function logIn(email: string, password: string): Promise<LogInResult> {
  const res = await fetch('/auth/session', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.ok) return 'ok';
  if (res.status === 401 || res.status === 400) return 'invalid';
  if (res.status === 429) return 'rate-limited';
  return 'failed';
}

export async function logOut(): Promise<void> {
  await fetch('/auth/session', { method: 'DELETE', credentials: 'same-origin' });
}
