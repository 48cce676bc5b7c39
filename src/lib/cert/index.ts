// Public entry point of the checker core: parsing, the whole check run, and the data types.
export * from './types.ts';
export { parseInput } from './parse-input.ts';
export { refuseRequest } from './request-input.ts';
export { checkCertificates, checkParsed, type ParsedCheckRequest } from './check-certificates.ts';
export { maxInputBytes } from './input-error.ts';
export { toPem } from './pem.ts';
export { toALabels } from './a-label.ts';
export { checkFqdnSyntax, type FqdnProblem, type FqdnSyntax } from './fqdn-syntax.ts';
export { fqdnMessageKeys } from './fqdn-messages.ts';
// The reader itself loads with the first bundle (readBundleLater): its types only, here.
export type {
  BundleEntry,
  BundleProblem,
  BundleResult,
  BundleSummary,
} from './bundle/read-bundle.ts';
export { readBundleLater } from './bundle/read-bundle-later.ts';
export { maxBundleBytes, maxBundleLabels } from './bundle/bundle-limits.ts';
export { serversBySan, type SanServer } from './bundle/servers-by-san.ts';
export { worstCertificates } from './bundle/group-labelled.ts';
export { inputErrorKeys } from './input-error-keys.ts';
export { canonicalHost } from './checks/hostname.ts';
export { commonName } from './common-name.ts';
