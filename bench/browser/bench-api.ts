/** What the bench page exposes to run.ts as window.__bench. */
export interface BenchApi {
  ready: boolean;
  ids: string[];
  run(id: string, params: Record<string, unknown>): Promise<unknown>;
  /** The same workload halves, run in a module worker instead of the page's main thread. */
  runInWorker(id: string, params: Record<string, unknown>): Promise<unknown>;
}

/** A workload half that runs in the page; one file per workload in bench/browser/workloads/. */
export interface PageWorkload<P = Record<string, unknown>, R = unknown> {
  id: string;
  run(params: P): Promise<R>;
}

export function definePageWorkload<P, R>(workload: PageWorkload<P, R>): PageWorkload<P, R> {
  return workload;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}
