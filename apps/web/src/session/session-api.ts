/**
 * Logging in and out, and claiming an account: the gateway sets and clears the httpOnly session cookie. These
 * calls are the only requests outside the GraphQL client.
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

export interface ClaimInput {
  code: string;
  email: string;
  displayName: string;
  password: string;
}

/** What the gateway said about a refused claim: its error code, the field it names and its two messages. */
export interface ClaimRefusal {
  code?: string;
  field?: string;
  /** English, and Dutch when the gateway wrote one for this refusal (not for its plain input checks). */
  message?: string;
  messageNl?: string;
}

export type ClaimResult =
  | { outcome: 'ok' }
  | { outcome: 'refused'; refusal: ClaimRefusal }
  /** `network`: the gateway was not reached at all. */
  | { outcome: 'failed'; network: boolean };

/** Claims the invited account and logs in with it in one step: the session cookie is set by the answer. */
export async function claimAccount(input: ClaimInput): Promise<ClaimResult> {
  const res = await fetch('/auth/claim', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  }).catch(() => null);
  if (!res) return { outcome: 'failed', network: true };
  if (res.ok) return { outcome: 'ok' };
  if (res.status >= 500) return { outcome: 'failed', network: false };
  const body: unknown = await res.json().catch(() => null);
  return { outcome: 'refused', refusal: refusalOf(body) };
}

function refusalOf(body: unknown): ClaimRefusal {
  if (typeof body !== 'object' || body === null) return {};
  const text = (key: string): string | undefined => {
    const value = (body as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : undefined;
  };
  // The input checks list every failing field; their message is technical, so the page uses its own.
  const inputCheck = Array.isArray((body as Record<string, unknown>).fields);
  return {
    code: text('code'),
    field: text('field'),
    message: inputCheck ? undefined : text('message'),
    messageNl: inputCheck ? undefined : text('messageNl'),
  };
}
