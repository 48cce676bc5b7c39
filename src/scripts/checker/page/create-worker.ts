// Starts the checker's module worker. A worker loaded from its own URL would run without the
// page's CSP (a static site sends no headers, and a <meta> policy does not reach workers); one
// started from a blob: URL inherits the page's policy, so `connect-src 'none'` holds inside it
// too. The blob holds one line: an import of the built worker module. The page enforces Trusted
// Types, under which a worker's URL must come from a policy: one named policy, created once,
// admits exactly that blob URL. It has no rule for HTML or script text, so every HTML sink
// still throws.
import workerUrl from '../worker/worker.ts?worker&url';

/** The policy name; the CSP's `trusted-types` directive allows this one and no other. */
export const workerPolicyName = 'pchat-checker-worker';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

let scriptUrl: unknown;

/** The worker's blob: URL, as the browser's Trusted Types require it, made once per page. */
function trustedBootstrapUrl(): unknown {
  if (scriptUrl !== undefined) return scriptUrl;
  const module = new URL(workerUrl, window.location.href).href;
  const source = `import ${JSON.stringify(module)};\n`;
  const bootstrap = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  const policy = trustedTypes?.createPolicy(workerPolicyName, {
    createScriptURL: (url) => {
      if (url !== bootstrap) throw new TypeError('only the checker worker may be started');
      return url;
    },
  });
  scriptUrl = policy ? policy.createScriptURL(bootstrap) : bootstrap;
  return scriptUrl;
}

/** A new checker worker (module type, under the page's CSP). */
export function createCheckWorker(): Worker {
  // A TrustedScriptURL is what the Worker constructor accepts under the CSP; TypeScript's DOM
  // types only know strings and URLs.
  return new Worker(trustedBootstrapUrl() as string, { type: 'module', name: 'pchat-checker' });
}
