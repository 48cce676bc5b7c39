// The details of one server certificate: facts an administrator compares with the CA console.
import type { CertificateInfo, PublicKeyInfo } from '../../lib/cert/types.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatDate } from '../../lib/report/index.ts';
import { el } from './dom.ts';
import type { CheckerKey, Translate } from './translate.ts';

/** The public key in words: RSA with its size, ECDSA with its curve, else its kind. */
export function keyText(key: PublicKeyInfo, t: Translate): string {
  if (key.kind === 'rsa' && key.bits !== null) return t('details.key-rsa.text', { bits: key.bits });
  if (key.kind === 'ec' && key.curve !== null)
    return t('details.key-ec.text', { curve: key.curve });
  return t('details.key-other.text', {
    kind: key.bits === null ? key.kind : `${key.kind} ${key.bits}`,
  });
}

/** Hex in byte pairs: easier to compare with Windows' certificate dialog. */
export function pairs(hex: string): string {
  return hex.match(/.{1,2}/g)?.join(':') ?? hex;
}

/** A definition list of the certificate's subject, issuer, SANs, dates, key and identifiers. */
export function renderDetails(
  cert: CertificateInfo,
  t: Translate,
  lang: Language,
): HTMLDListElement {
  const none = t('details.none.text');
  const rows: [CheckerKey, string, boolean][] = [
    ['details.subject.label', cert.subject.text, false],
    ['details.issuer.label', cert.issuer.text, false],
    ['details.san.label', cert.dnsNames?.length ? cert.dnsNames.join(', ') : none, false],
    ['details.not-before.label', formatDate(lang, cert.notBefore, 'minute'), false],
    ['details.not-after.label', formatDate(lang, cert.notAfter, 'minute'), false],
    ['details.key.label', keyText(cert.publicKey, t), false],
    ['details.signature.label', cert.signatureAlgorithm.name, false],
    ['details.serial.label', cert.serialNumber, true],
    ['details.sha256.label', pairs(cert.sha256), true],
    ['details.ski.label', cert.subjectKeyId === null ? none : pairs(cert.subjectKeyId), true],
    ['details.aki.label', cert.authorityKeyId === null ? none : pairs(cert.authorityKeyId), true],
  ];
  return el(
    'dl',
    { class: 'details-list' },
    rows.flatMap(([label, value, mono]) => [
      el('dt', {}, [t(label)]),
      el('dd', mono ? { class: 'mono' } : {}, [value]),
    ]),
  );
}
