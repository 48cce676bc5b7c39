// Starts the checker's module worker. The page enforces Trusted Types, under which a worker's URL
// must come from a policy. One named policy, created once, admits exactly the worker URL that the
// build wrote; it has no rule for HTML or script text, so every HTML sink still throws.
import workerUrl from './check-worker.ts?worker&url';

/** The policy name; the CSP's `trusted-types` directive allows this one and no other. */
export const workerPolicyName = 'pchat-checker-worker';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): {
    createScriptURL(url: string): unknown;
  };
}

let scriptUrl: unknown;

/** The worker URL as the browser's Trusted Types require it (a plain string without them). */
function trustedWorkerUrl(): unknown {
  if (scriptUrl !== undefined) return scriptUrl;
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  const policy = trustedTypes?.createPolicy(workerPolicyName, {
    createScriptURL: (url) => {
      if (url !== workerUrl) throw new TypeError('only the checker worker may be started');
      return url;
    },
  });
  scriptUrl = policy ? policy.createScriptURL(workerUrl) : workerUrl;
  return scriptUrl;
}

/** A new checker worker (same origin, module type). */
export function createCheckWorker(): Worker {
  // A TrustedScriptURL is what the Worker constructor accepts under the CSP; TypeScript's DOM
  // types only know strings and URLs.
  return new Worker(trustedWorkerUrl() as string, { type: 'module', name: 'pchat-checker' });
}
