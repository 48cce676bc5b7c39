// A bundle's labelled certificates in a server's verdict: the label words of the certificates that
// make it (docs/checker-contract.md, "Bundles": "names the failing certificate by its label
// words"), and for a server with several, the sentence saying so.
import { worstCertificates, type ServerResult } from '../../../lib/cert/index.ts';
import { bdi, el } from './dom.ts';
import type { PageText } from './translate.ts';

/** The label words of the certificates that make `result`'s verdict, joined; '' without any. */
const verdictLabels = (result: ServerResult): string =>
  worstCertificates(result)
    .map((member) => member.label ?? '')
    .filter((label) => label !== '')
    .join(', ');

/** What follows a server's FQDN: its deciding certificates' label words, ` (FrontEnd Default)`. */
export function labelsAfterName(result: ServerResult): Node[] {
  const labels = verdictLabels(result);
  return labels === ''
    ? []
    : [document.createTextNode(' ('), bdi(labels), document.createTextNode(')')];
}

/** For a server with several certificates: the sentence naming those that decide its verdict. */
export function certificatesOf(result: ServerResult, s: PageText): HTMLElement[] {
  const number = result.certificates?.length;
  return number === undefined
    ? []
    : [
        el(
          'p',
          { 'data-certificates': '' },
          s.say('bundle:report.server.several-certificates', {
            number,
            labels: verdictLabels(result),
          }),
        ),
      ];
}
