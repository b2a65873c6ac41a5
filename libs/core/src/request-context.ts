import { AsyncLocalStorage } from 'node:async_hooks';

/** What is known about the request being served, wherever the code runs: for the audit trail's "from which request". */
interface RequestContext {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs the rest of the request inside its context (the gateway's first middleware after the request logger). */
export function runInRequestContext<T>(requestId: string, next: () => T): T {
  return storage.run({ requestId }, next);
}

/** The request id (`x-request-id`), or null outside a request (worker jobs, scripts). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
