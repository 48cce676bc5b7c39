// The details of a server's certificate, or of its certificate request: the facts an administrator
// compares with the CA console or the request tool. Each value stands on its own, in its own cell.
import type {
  CertificateInfo,
  PublicKeyInfo,
  RequestInfo,
  ServerResult,
} from '../../../lib/cert/index.ts';
import { formatDate } from '../../../lib/report/index.ts';
import { el } from './dom.ts';
import type { CheckerKey, PageText } from './translate.ts';

/** The public key in words: RSA with its size, ECDSA with its curve, else its kind. */
export function keyText(key: PublicKeyInfo, s: PageText): Node[] {
  if (key.kind === 'rsa' && key.bits !== null)
    return s.say('details.key-rsa.text', { bits: key.bits });
  if (key.kind === 'ec' && key.curve !== null)
    return s.say('details.key-ec.text', { curve: key.curve });
  const kind = document.createTextNode(key.bits === null ? key.kind : `${key.kind} ${key.bits}`);
  return s.say('details.key-other.text', { kind });
}

/** Hex in byte pairs: easier to compare with Windows' certificate dialog. */
export function pairs(hex: string): string {
  return hex.match(/.{1,2}/g)?.join(':') ?? hex;
}

type Row = readonly [CheckerKey, string | Node[], boolean];

function certificateRows(cert: CertificateInfo, s: PageText): Row[] {
  const none = s.t('details.none.text');
  return [
    ['details.subject.label', cert.subject.text, false],
    ['details.issuer.label', cert.issuer.text, false],
    ['details.san.label', cert.dnsNames?.length ? cert.dnsNames.join(', ') : none, false],
    ['details.not-before.label', formatDate(s.lang, cert.notBefore, 'minute'), false],
    ['details.not-after.label', formatDate(s.lang, cert.notAfter, 'minute'), false],
    ['details.key.label', keyText(cert.publicKey, s), false],
    ['details.signature.label', cert.signatureAlgorithm.name, false],
    ['details.serial.label', cert.serialNumber, true],
    ['details.sha256.label', pairs(cert.sha256), true],
    ['details.ski.label', cert.subjectKeyId === null ? none : pairs(cert.subjectKeyId), true],
    ['details.aki.label', cert.authorityKeyId === null ? none : pairs(cert.authorityKeyId), true],
  ];
}

function requestRows(request: RequestInfo, s: PageText): Row[] {
  const none = s.t('details.none.text');
  return [
    ['details.subject.label', request.subject.text, false],
    ['details.san.label', request.dnsNames?.length ? request.dnsNames.join(', ') : none, false],
    ['details.key.label', keyText(request.publicKey, s), false],
    ['details.signature.label', request.signatureAlgorithm.name, false],
    ['details.template.label', request.template ?? none, false],
    ['details.sha256.label', pairs(request.sha256), true],
  ];
}

/** A definition list of the certificate's (or the request's) facts. */
export function detailsOf(result: ServerResult, s: PageText): HTMLDListElement {
  const rows =
    result.inputKind === 'request'
      ? requestRows(result.details, s)
      : certificateRows(result.details, s);
  return el(
    'dl',
    { class: 'details-list' },
    rows.flatMap(([label, value, mono]) => [
      el('dt', {}, [s.t(label)]),
      el('dd', mono ? { class: 'mono' } : {}, typeof value === 'string' ? [value] : value),
    ]),
  );
}
