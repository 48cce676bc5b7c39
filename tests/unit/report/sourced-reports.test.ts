// Whole reports of inputs from TLS handshakes and standard input, with a certificate request and a
// server of two labelled certificates, every character as people read them in the terminal and in
// Markdown: what the sample report does not show (sources, notes, a wider status column).
import { describe, expect, it } from 'vitest';
import { cliTranslator } from '../../../src/cli/translator.ts';
import { renderMarkdown, renderText } from '../../../src/lib/report/index.ts';
import { sourcedInputs as sources, sourcedReport } from './sourced-report.ts';

const t = cliTranslator('en');

const text = `Certificate check: Persistent Chat Server in Lync Server 2013

Overall result:   [FAIL]
Checked at:       Mar 12, 2025, 10:30 AM UTC
Reference source: tls:[2001:db8::5]:5061 (TLSv1.2, fetched Mar 12, 2025, 10:29
                  AM UTC)
Note:             The TLS handshake ended before it was complete (for example
                  because the server requires a client certificate, which
                  pchat-certs does not send). These are the certificates the
                  server sent, but without a completed handshake pchat-certs
                  cannot confirm that the server holds the private key of its
                  certificate.
Reference source: empty.pem
No reference CA could be determined.
Servers checked: 2. Passed: 0, with warnings: 1, failed: 1.

[WARNING] pchat02.contoso.com
  Source:                    standard input
  Input:                     certificate request (PKCS #10), not yet a
                             certificate
  Same CA:                   not applicable (certificate request)
  Subject:                   CN=pchat02.contoso.com
  Requested DNS names (SAN): None
  SHA-256 thumbprint:
    CDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCD

  [NOT APPLICABLE] Same CA (same-ca)
                   Signed by Contoso Issuing CA: signature verified with the CA
                   certificate you supplied.
  [PASS]           Server FQDN in the request (hostname)
                   pchat01.contoso.com is listed as a subject alternative name
                   (SAN) of the certificate.
  [NOT APPLICABLE] Validity period (validity)
                   Valid until Mar 1, 2026, 08:00 AM UTC (354 days left).
  [PASS]           Server Authentication EKU (server-auth-eku)
                   The enhanced key usage includes Server Authentication.
  [PASS]           Key strength (key-strength)
                   RSA key with 2048 bits.
  [PASS]           Signature algorithm (signature-algorithm)
                   Signed with sha256WithRSAEncryption.
  [NOT APPLICABLE] CRL distribution point (crl-distribution-point)
                   CRL distribution point: http://pki.contoso.com/ca.crl.
  [PASS]           Not a CA certificate (end-entity)
                   This is a server (end-entity) certificate, not the
                   certificate of a certification authority (CA).
  [PASS]           Extensions (extensions)
                   No extension appears twice, and every critical extension is
                   one that Windows supports.
  [WARNING]        Certificate request (request)
                   Certificate request checked: its signature
                   (sha256WithRSAEncryption) verifies with the request's own
                   key, so the request was not changed after it was made. It is
                   not a certificate yet: once the CA has issued the
                   certificate, check the issued certificate again.

[FAIL] fe01.contoso.com
  This server has 2 certificates, each checked on its own; its result is that of
  the worst: FrontEnd WebServicesInternal.

[PASS] fe01.contoso.com (FrontEnd Default)
  Source:             fe01-default.cer
  Same CA:            yes, signature verified
  Subject:            CN=fe01.contoso.com
  Issuer:             CN=Contoso Issuing CA, DC=contoso, DC=com
  Serial number:      0A1B2C
  Valid from:         Mar 1, 2025, 08:00 AM UTC
  Valid until:        Mar 1, 2026, 08:00 AM UTC
  SHA-256 thumbprint:
    ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB

  [PASS]           Same CA (same-ca)
                   Signed by Contoso Issuing CA: signature verified with the CA
                   certificate you supplied.
  [PASS]           Server FQDN in the certificate (hostname)
                   pchat01.contoso.com is listed as a subject alternative name
                   (SAN) of the certificate.
  [PASS]           Validity period (validity)
                   Valid until Mar 1, 2026, 08:00 AM UTC (354 days left).
  [PASS]           Server Authentication EKU (server-auth-eku)
                   The enhanced key usage includes Server Authentication.
  [PASS]           Key strength (key-strength)
                   RSA key with 2048 bits.
  [PASS]           Signature algorithm (signature-algorithm)
                   Signed with sha256WithRSAEncryption.
  [PASS]           CRL distribution point (crl-distribution-point)
                   CRL distribution point: http://pki.contoso.com/ca.crl.
  [PASS]           Not a CA certificate (end-entity)
                   This is a server (end-entity) certificate, not the
                   certificate of a certification authority (CA).
  [PASS]           Extensions (extensions)
                   No extension appears twice, and every critical extension is
                   one that Windows supports.

[FAIL] fe01.contoso.com (FrontEnd WebServicesInternal)
  Source:             tls:fe01.contoso.com:443 (TLSv1.3, fetched Mar 12, 2025,
                      10:29 AM UTC)
  Same CA:            no, different CA
  Subject:            CN=fe01.contoso.com
  Issuer:             CN=Contoso Issuing CA, DC=contoso, DC=com
  Serial number:      0A1B2C
  Valid from:         Mar 1, 2025, 08:00 AM UTC
  Valid until:        Mar 1, 2026, 08:00 AM UTC
  SHA-256 thumbprint:
    EFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEF

  [FAIL]           Same CA (same-ca)
                   Signed by Contoso Issuing CA: signature verified with the CA
                   certificate you supplied.
  [PASS]           Server FQDN in the certificate (hostname)
                   pchat01.contoso.com is listed as a subject alternative name
                   (SAN) of the certificate.
  [PASS]           Validity period (validity)
                   Valid until Mar 1, 2026, 08:00 AM UTC (354 days left).
  [PASS]           Server Authentication EKU (server-auth-eku)
                   The enhanced key usage includes Server Authentication.
  [PASS]           Key strength (key-strength)
                   RSA key with 2048 bits.
  [PASS]           Signature algorithm (signature-algorithm)
                   Signed with sha256WithRSAEncryption.
  [PASS]           CRL distribution point (crl-distribution-point)
                   CRL distribution point: http://pki.contoso.com/ca.crl.
  [PASS]           Not a CA certificate (end-entity)
                   This is a server (end-entity) certificate, not the
                   certificate of a certification authority (CA).
  [PASS]           Extensions (extensions)
                   No extension appears twice, and every critical extension is
                   one that Windows supports.

Inputs that cannot be used
  Reference certificate 2 (empty.pem)
    No certificate was found in this input. Supply a certificate: PEM or Base-64
    text, or a .cer, .crt, .der, .pem or .p7b file.
  Server fe03.contoso.com, certificate "FrontEnd Default" (fe03.pem)
    This input is empty. Supply a certificate: PEM or Base-64 text, or a .cer,
    .crt, .der, .pem or .p7b file.
`;

const markdown = `## Certificate check: Persistent Chat Server in Lync Server 2013

- **Overall result:** ❌ FAIL
- **Checked at:** Mar 12, 2025, 10:30 AM UTC
- **Reference source:** tls:\\[2001:db8::5\\]:5061 (TLSv1.2, fetched Mar 12, 2025, 10:29 AM UTC)
- **Note:** The TLS handshake ended before it was complete (for example because the server requires a client certificate, which pchat-certs does not send). These are the certificates the server sent, but without a completed handshake pchat-certs cannot confirm that the server holds the private key of its certificate.
- **Reference source:** empty.pem
- No reference CA could be determined.
- Servers checked: 2. Passed: 0, with warnings: 1, failed: 1.

| Server | Result | Same CA |
| --- | --- | --- |
| pchat02.contoso.com | ⚠️ WARNING | not applicable (certificate request) |
| fe01.contoso.com (FrontEnd WebServicesInternal) | ❌ FAIL | no, different CA |

### pchat02.contoso.com: ⚠️ WARNING

- **Source:** standard input
- **Input:** certificate request (PKCS \\#10), not yet a certificate
- **Same CA:** not applicable (certificate request)
- **Subject:** CN=pchat02.contoso.com
- **Requested DNS names (SAN):** None
- **SHA-256 thumbprint:** \`CDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCDCD\`

| Check | Result | Details |
| --- | --- | --- |
| Same CA (same-ca) | ➖ NOT APPLICABLE | Signed by Contoso Issuing CA: signature verified with the CA certificate you supplied. |
| Server FQDN in the request (hostname) | ✅ PASS | pchat01.contoso.com is listed as a subject alternative name (SAN) of the certificate. |
| Validity period (validity) | ➖ NOT APPLICABLE | Valid until Mar 1, 2026, 08:00 AM UTC (354 days left). |
| Server Authentication EKU (server-auth-eku) | ✅ PASS | The enhanced key usage includes Server Authentication. |
| Key strength (key-strength) | ✅ PASS | RSA key with 2048 bits. |
| Signature algorithm (signature-algorithm) | ✅ PASS | Signed with sha256WithRSAEncryption. |
| CRL distribution point (crl-distribution-point) | ➖ NOT APPLICABLE | CRL distribution point: http\\://pki.contoso.com/ca.crl. |
| Not a CA certificate (end-entity) | ✅ PASS | This is a server (end-entity) certificate, not the certificate of a certification authority (CA). |
| Extensions (extensions) | ✅ PASS | No extension appears twice, and every critical extension is one that Windows supports. |
| Certificate request (request) | ⚠️ WARNING | Certificate request checked: its signature (sha256WithRSAEncryption) verifies with the request's own key, so the request was not changed after it was made. It is not a certificate yet: once the CA has issued the certificate, check the issued certificate again. |

### fe01.contoso.com: ❌ FAIL

This server has 2 certificates, each checked on its own; its result is that of the worst: FrontEnd WebServicesInternal.

#### fe01.contoso.com (FrontEnd Default): ✅ PASS

- **Source:** fe01-default.cer
- **Same CA:** yes, signature verified
- **Subject:** CN=fe01.contoso.com
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

#### fe01.contoso.com (FrontEnd WebServicesInternal): ❌ FAIL

- **Source:** tls:fe01.contoso.com:443 (TLSv1.3, fetched Mar 12, 2025, 10:29 AM UTC)
- **Same CA:** no, different CA
- **Subject:** CN=fe01.contoso.com
- **Issuer:** CN=Contoso Issuing CA, DC=contoso, DC=com
- **Serial number:** \`0A1B2C\`
- **Valid from:** Mar 1, 2025, 08:00 AM UTC
- **Valid until:** Mar 1, 2026, 08:00 AM UTC
- **SHA-256 thumbprint:** \`EFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEFEF\`

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

- **Reference certificate 2 (empty.pem):** No certificate was found in this input. Supply a certificate: PEM or Base-64 text, or a .cer, .crt, .der, .pem or .p7b file.
- **Server fe03.contoso.com, certificate "FrontEnd Default" (fe03.pem):** This input is empty. Supply a certificate: PEM or Base-64 text, or a .cer, .crt, .der, .pem or .p7b file.
`;

describe('whole reports of sourced inputs in English', () => {
  it.each([
    {
      name: 'terminal, 80 columns',
      input: () => renderText(sourcedReport, { t, lang: 'en', sources }),
      want: text,
    },
    {
      name: 'Markdown',
      input: () => renderMarkdown(sourcedReport, { t, lang: 'en', sources }),
      want: markdown,
    },
  ])('$name', ({ input, want }) => {
    expect(input()).toBe(want);
  });
});
