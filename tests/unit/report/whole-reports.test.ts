// Whole reports as people read them: the sample report in the terminal and in Markdown, every
// character, so that a changed word, column, escape or line anywhere in a renderer is seen.
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import type { CheckReport } from '../../../src/lib/cert/types.ts';
import { renderMarkdown, renderText } from '../../../src/lib/report/index.ts';
import { sampleReport } from './sample-report.ts';

const t = cliTranslator('en');
const sources = { servers: [undefined, undefined, { kind: 'file', path: 'fe02.pem' } as const] };

const text = `Certificate check: Persistent Chat Server in Lync Server 2013

Overall result: [FAIL]
Checked at:     Mar 12, 2025, 10:30 AM UTC
Reference CA:   CN=Contoso Issuing CA, DC=contoso, DC=com
Key identifier: ABCDEF0123
Reference CA:   CN=Contoso Issuing CA (renewed), DC=contoso, DC=com
Key identifier: unknown
Servers checked: 2. Passed: 1, with warnings: 0, failed: 1.

[PASS] PChat01.Contoso.com.
  Same CA:            yes, signature verified
  Subject:            CN=PChat01.Contoso.com.
  Issuer:             CN=Contoso Issuing CA, DC=contoso, DC=com
  Serial number:      0A1B2C
  Valid from:         Mar 1, 2025, 08:00 AM UTC
  Valid until:        Mar 1, 2026, 08:00 AM UTC
  SHA-256 thumbprint:
    ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB

  [PASS]    Same CA (same-ca)
            Signed by Contoso Issuing CA: signature verified with the CA
            certificate you supplied.
  [PASS]    Server FQDN in the certificate (hostname)
            pchat01.contoso.com is listed as a subject alternative name (SAN) of
            the certificate.
  [PASS]    Validity period (validity)
            Valid until Mar 1, 2026, 08:00 AM UTC (354 days left).
  [PASS]    Server Authentication EKU (server-auth-eku)
            The enhanced key usage includes Server Authentication.
  [PASS]    Key strength (key-strength)
            RSA key with 2048 bits.
  [PASS]    Signature algorithm (signature-algorithm)
            Signed with sha256WithRSAEncryption.
  [PASS]    CRL distribution point (crl-distribution-point)
            CRL distribution point: http://pki.contoso.com/ca.crl.
  [PASS]    Not a CA certificate (end-entity)
            This is a server (end-entity) certificate, not the certificate of a
            certification authority (CA).
  [PASS]    Extensions (extensions)
            No extension appears twice, and every critical extension is one that
            Windows supports.

[FAIL] fe|01.contoso.com
  Same CA:            no, different CA
  Subject:            CN=fe|01.contoso.com
  Issuer:             CN=Contoso Issuing CA, DC=contoso, DC=com
  Serial number:      0A1B2C
  Valid from:         Mar 1, 2025, 08:00 AM UTC
  Valid until:        Mar 1, 2026, 08:00 AM UTC
  SHA-256 thumbprint:
    ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB

  [FAIL]    Same CA (same-ca)
            Signed by Contoso Issuing CA: signature verified with the CA
            certificate you supplied.
  [PASS]    Server FQDN in the certificate (hostname)
            pchat01.contoso.com is listed as a subject alternative name (SAN) of
            the certificate.
  [PASS]    Validity period (validity)
            Valid until Mar 1, 2026, 08:00 AM UTC (354 days left).
  [PASS]    Server Authentication EKU (server-auth-eku)
            The enhanced key usage includes Server Authentication.
  [PASS]    Key strength (key-strength)
            RSA key with 2048 bits.
  [PASS]    Signature algorithm (signature-algorithm)
            Signed with sha256WithRSAEncryption.
  [PASS]    CRL distribution point (crl-distribution-point)
            CRL distribution point: http://pki.contoso.com/ca.crl.
  [PASS]    Not a CA certificate (end-entity)
            This is a server (end-entity) certificate, not the certificate of a
            certification authority (CA).
  [PASS]    Extensions (extensions)
            No extension appears twice, and every critical extension is one that
            Windows supports.

Inputs that cannot be used
  Server fe02.contoso.com (fe02.pem)
    This input contains a private key, so none of it was used, and private keys
    are never accepted. Export the certificate without its private key: in the
    Windows Certificate Export Wizard, choose "No, do not export the private
    key", then "DER encoded binary X.509 (.CER)" or "Base-64 encoded X.509
    (.CER)".
`;

/** A run with nothing usable: no reference, no server, no input named. */
const nothing: CheckReport = {
  verdict: 'fail',
  checkedAt: new Date('2025-03-12T10:30:00Z'),
  referenceCas: [],
  servers: [],
  failures: [],
  missingReference: true,
};

const markdown = `## Certificate check: Persistent Chat Server in Lync Server 2013

- **Overall result:** ❌ FAIL
- **Checked at:** Mar 12, 2025, 10:30 AM UTC
- **Reference CA:** CN=Contoso Issuing CA, DC=contoso, DC=com (Key identifier: \`ABCDEF0123\`)
- **Reference CA:** CN=Contoso Issuing CA (renewed), DC=contoso, DC=com (Key identifier: unknown)
- Servers checked: 2. Passed: 1, with warnings: 0, failed: 1.

| Server | Result | Same CA |
| --- | --- | --- |
| PChat01.Contoso.com. | ✅ PASS | yes, signature verified |
| fe\\|01.contoso.com | ❌ FAIL | no, different CA |

### PChat01.Contoso.com.: ✅ PASS

- **Same CA:** yes, signature verified
- **Subject:** CN=PChat01.Contoso.com.
- **Issuer:** CN=Contoso Issuing CA, DC=contoso, DC=com
- **Serial number:** \`0A1B2C\`
- **Valid from:** Mar 1, 2025, 08:00 AM UTC
- **Valid until:** Mar 1, 2026, 08:00 AM UTC
- **SHA-256 thumbprint:** \`ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB\`

| Check | Result | Details |
| --- | --- | --- |
| Same CA (same-ca) | ✅ PASS | Signed by Contoso Issuing CA: signature verified with the CA certificate you supplied. |
| Server FQDN in the certificate (hostname) | ✅ PASS | pchat01.contoso.com is listed as a subject alternative name (SAN) of the certificate. |
| Validity period (validity) | ✅ PASS | Valid until Mar 1, 2026, 08:00 AM UTC (354 days left). |
| Server Authentication EKU (server-auth-eku) | ✅ PASS | The enhanced key usage includes Server Authentication. |
| Key strength (key-strength) | ✅ PASS | RSA key with 2048 bits. |
| Signature algorithm (signature-algorithm) | ✅ PASS | Signed with sha256WithRSAEncryption. |
| CRL distribution point (crl-distribution-point) | ✅ PASS | CRL distribution point: http\\://pki.contoso.com/ca.crl. |
| Not a CA certificate (end-entity) | ✅ PASS | This is a server (end-entity) certificate, not the certificate of a certification authority (CA). |
| Extensions (extensions) | ✅ PASS | No extension appears twice, and every critical extension is one that Windows supports. |

### fe\\|01.contoso.com: ❌ FAIL

- **Same CA:** no, different CA
- **Subject:** CN=fe\\|01.contoso.com
- **Issuer:** CN=Contoso Issuing CA, DC=contoso, DC=com
- **Serial number:** \`0A1B2C\`
- **Valid from:** Mar 1, 2025, 08:00 AM UTC
- **Valid until:** Mar 1, 2026, 08:00 AM UTC
- **SHA-256 thumbprint:** \`ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB\`

| Check | Result | Details |
| --- | --- | --- |
| Same CA (same-ca) | ❌ FAIL | Signed by Contoso Issuing CA: signature verified with the CA certificate you supplied. |
| Server FQDN in the certificate (hostname) | ✅ PASS | pchat01.contoso.com is listed as a subject alternative name (SAN) of the certificate. |
| Validity period (validity) | ✅ PASS | Valid until Mar 1, 2026, 08:00 AM UTC (354 days left). |
| Server Authentication EKU (server-auth-eku) | ✅ PASS | The enhanced key usage includes Server Authentication. |
| Key strength (key-strength) | ✅ PASS | RSA key with 2048 bits. |
| Signature algorithm (signature-algorithm) | ✅ PASS | Signed with sha256WithRSAEncryption. |
| CRL distribution point (crl-distribution-point) | ✅ PASS | CRL distribution point: http\\://pki.contoso.com/ca.crl. |
| Not a CA certificate (end-entity) | ✅ PASS | This is a server (end-entity) certificate, not the certificate of a certification authority (CA). |
| Extensions (extensions) | ✅ PASS | No extension appears twice, and every critical extension is one that Windows supports. |

### Inputs that cannot be used

- **Server fe02.contoso.com (fe02.pem):** This input contains a private key, so none of it was used, and private keys are never accepted. Export the certificate without its private key: in the Windows Certificate Export Wizard, choose "No, do not export the private key", then "DER encoded binary X.509 (.CER)" or "Base-64 encoded X.509 (.CER)".
`;

describe('whole reports in English', () => {
  it.each([
    {
      name: 'terminal, 80 columns',
      input: () => renderText(sampleReport, { t, lang: 'en', sources }),
      want: text,
    },
    {
      name: 'Markdown',
      input: () => renderMarkdown(sampleReport, { t, lang: 'en', sources }),
      want: markdown,
    },
    {
      name: 'terminal, nothing usable',
      input: () => renderText(nothing, { t, lang: 'en' }),
      want: [
        'Certificate check: Persistent Chat Server in Lync Server 2013',
        '',
        'Overall result: [FAIL]',
        'Checked at:     Mar 12, 2025, 10:30 AM UTC',
        'No reference CA could be determined.',
        'No server could be checked.',
        '',
      ].join('\n'),
    },
    {
      name: 'Markdown, nothing usable',
      input: () => renderMarkdown(nothing, { t, lang: 'en' }),
      want: [
        '## Certificate check: Persistent Chat Server in Lync Server 2013',
        '',
        '- **Overall result:** ❌ FAIL',
        '- **Checked at:** Mar 12, 2025, 10:30 AM UTC',
        '- No reference CA could be determined.',
        '- No server could be checked.',
        '',
      ].join('\n'),
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toBe(want);
  });

  it('terminal in colour: the same text, our own words painted', () => {
    const painted = renderText(sampleReport, { t, lang: 'en', sources, color: true });
    // eslint-disable-next-line no-control-regex -- the escape character is what is sought
    const escape = /\u001b\[[0-9;]*m/g;
    expect([
      painted.replace(escape, ''),
      painted.split('\n').filter((line) => line.includes('\u001b')),
    ]).toEqual([
      text,
      [
        '\u001b[1mCertificate check: Persistent Chat Server in Lync Server 2013\u001b[0m',
        'Overall result: \u001b[31m[FAIL]\u001b[0m',
        '\u001b[32m[PASS]\u001b[0m PChat01.Contoso.com.',
        '  \u001b[32m[PASS]\u001b[0m    Same CA (same-ca)',
        '  \u001b[32m[PASS]\u001b[0m    Server FQDN in the certificate (hostname)',
        '  \u001b[32m[PASS]\u001b[0m    Validity period (validity)',
        '  \u001b[32m[PASS]\u001b[0m    Server Authentication EKU (server-auth-eku)',
        '  \u001b[32m[PASS]\u001b[0m    Key strength (key-strength)',
        '  \u001b[32m[PASS]\u001b[0m    Signature algorithm (signature-algorithm)',
        '  \u001b[32m[PASS]\u001b[0m    CRL distribution point (crl-distribution-point)',
        '  \u001b[32m[PASS]\u001b[0m    Not a CA certificate (end-entity)',
        '  \u001b[32m[PASS]\u001b[0m    Extensions (extensions)',
        '\u001b[31m[FAIL]\u001b[0m fe|01.contoso.com',
        '  \u001b[31m[FAIL]\u001b[0m    Same CA (same-ca)',
        '  \u001b[32m[PASS]\u001b[0m    Server FQDN in the certificate (hostname)',
        '  \u001b[32m[PASS]\u001b[0m    Validity period (validity)',
        '  \u001b[32m[PASS]\u001b[0m    Server Authentication EKU (server-auth-eku)',
        '  \u001b[32m[PASS]\u001b[0m    Key strength (key-strength)',
        '  \u001b[32m[PASS]\u001b[0m    Signature algorithm (signature-algorithm)',
        '  \u001b[32m[PASS]\u001b[0m    CRL distribution point (crl-distribution-point)',
        '  \u001b[32m[PASS]\u001b[0m    Not a CA certificate (end-entity)',
        '  \u001b[32m[PASS]\u001b[0m    Extensions (extensions)',
        '\u001b[1mInputs that cannot be used\u001b[0m',
      ],
    ]);
  });
});
