import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What is known about the work being done, wherever the code runs: the request (`x-request-id`) in the gateway,
 * the job (id, queue, region) in the worker. The audit trail records the request id; every log line carries all
 * of it (see createLogger), so one request or job can be followed through the services it touched.
 */
export interface WorkContext {
  readonly requestId?: string;
  readonly jobId?: string;
  readonly queue?: string;
  readonly jobName?: string;
  readonly regionCode?: string;
}

const storage = new AsyncLocalStorage<WorkContext>();

/** Runs the rest of the request inside its context (the gateway's first middleware after the request logger). */
export function runInRequestContext<T>(requestId: string, next: () => T): T {
  return storage.run({ requestId }, next);
}

/** Runs a worker job inside its context (LoggedWorkerHost does this for every job). */
export function runInJobContext<T>(context: Omit<WorkContext, 'requestId'>, next: () => T): T {
  return storage.run(context, next);
}

/** The request id (`x-request-id`), or null outside a request (worker jobs, scripts). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/** The current request's or job's context, for log lines; empty outside both. */
export function currentWorkContext(): WorkContext {
  return storage.getStore() ?? {};
}
