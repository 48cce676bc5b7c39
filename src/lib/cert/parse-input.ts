// One input field or file → certificates, or one typed error. The format is detected from the
// content, never from a file name, and nothing ever throws out of here.
import type { InputFormat, ParseResult, ParsedInput } from './types.ts';
import { decodeBase64, looksLikeBareBase64 } from './base64.ts';
import { decodeText, looksLikeUtf16WithoutBom } from './decode-text.ts';
import { derKind } from './der-kind.ts';
import { derTag, readTlv } from './der.ts';
import { inputError, maxInputBytes } from './input-error.ts';
import { platformCrypto } from './crypto-provider.ts';
import { parseCertificateList, parseDer } from './parse-der.ts';
import { findPemBlocks, hasPrivateKeyBlock, normalizeLines, type PemBlock } from './pem.ts';

const certificateLabels = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const bundleLabels = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS', 'CERTIFICATE CHAIN']);
// Windows tools (certreq, Request-CsCertificate) write the older NEW CERTIFICATE REQUEST label.
const requestLabels = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
const otherLabels = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'X509 CRL']);
const refused: ReadonlySet<string> = new Set(['private-key', 'pkcs12']);

/** A TRUSTED CERTIFICATE carries OpenSSL trust data after the certificate: keep the first TLV. */
function firstObject(der: Uint8Array): Uint8Array {
  const tlv = readTlv(der, 0);
  return tlv ? der.subarray(0, tlv.end) : der;
}

/** The first request block, read as a request, when the text holds no certificate. */
async function parseRequestBlock(
  blocks: readonly PemBlock[],
  crypto: Crypto,
): Promise<ParseResult | null> {
  const block = blocks.find((b) => requestLabels.has(b.label));
  if (!block) return null;
  const der = decodeBase64(block.body);
  if (!der) return { ok: false, error: inputError('bad-base64') };
  const result = await parseDer(der, crypto);
  if (result.ok ? result.request : refused.has(result.error.code)) return result;
  // Under a request label, anything else is a damaged request.
  return { ok: false, error: inputError('malformed') };
}

/** Parses the PEM blocks found in a text; certificates win over a request beside them. */
async function parseBlocks(blocks: readonly PemBlock[], crypto: Crypto): Promise<ParseResult> {
  const certificates = [];
  let sawOther = false;
  // Every block is decoded and its parse started before any is awaited, so that the blocks'
  // WebCrypto digests overlap; results are still taken, and refused, in the blocks' order.
  const parses: (Promise<ParseResult> | null)[] = [];
  for (const block of blocks) {
    const isCertificate = certificateLabels.has(block.label);
    if (!isCertificate && !bundleLabels.has(block.label)) {
      sawOther ||= otherLabels.has(block.label);
      continue;
    }
    const der = decodeBase64(block.body);
    const parse = !der
      ? null
      : isCertificate
        ? parseCertificateList(der.length > 0 ? [firstObject(der)] : [], crypto).then(
            (result): ParseResult =>
              !result.ok && result.error.code === 'no-certificate'
                ? { ok: false, error: inputError('malformed') }
                : result,
          )
        : parseDer(der, crypto);
    // A parse left unawaited (an earlier block refused the input) must not reject unhandled.
    parse?.catch(() => undefined);
    parses.push(parse);
  }
  for (const parse of parses) {
    if (parse === null) return { ok: false, error: inputError('bad-base64') };
    const result = await parse;
    if (!result.ok) return result;
    certificates.push(...result.certificates);
  }
  if (certificates.length > 0) return { ok: true, certificates };
  const request = await parseRequestBlock(blocks, crypto);
  if (request) return request;
  return { ok: false, error: inputError(sawOther ? 'not-a-certificate' : 'no-certificate') };
}

/** A usable result with the format it was read in; an error stays as it is. */
const inFormat = (result: ParseResult, format: InputFormat): ParsedInput =>
  result.ok ? { ...result, format } : result;

/** Parses text input: PEM blocks anywhere, else bare base64 DER. */
async function parseText(text: string, crypto: Crypto): Promise<ParsedInput> {
  if (text.trim() === '') return { ok: false, error: inputError('empty') };
  if (hasPrivateKeyBlock(text)) return { ok: false, error: inputError('private-key') };
  const lines = normalizeLines(text);
  const { blocks, unterminated } = findPemBlocks(lines);
  if (blocks.length > 0) {
    const bundled = blocks.some((block) => bundleLabels.has(block.label));
    return inFormat(await parseBlocks(blocks, crypto), bundled ? 'pkcs7' : 'pem');
  }
  if (unterminated) return { ok: false, error: inputError('malformed') };
  const joined = lines.join('\n');
  if (!looksLikeBareBase64(joined)) return { ok: false, error: inputError('no-certificate') };
  const der = decodeBase64(joined);
  if (!der) return { ok: false, error: inputError('bad-base64') };
  if (der[0] !== derTag.sequence) return { ok: false, error: inputError('no-certificate') };
  return inFormat(await parseDer(der, crypto), 'base64');
}

/** Parses one input (a text field or a file) by its content. */
async function parse(bytes: Uint8Array, crypto: Crypto): Promise<ParsedInput> {
  if (bytes.length > maxInputBytes) {
    return { ok: false, error: inputError('too-large', { count: maxInputBytes }) };
  }
  // Binary DER: one object spanning the input (a trailing newline or padding is tolerated).
  const tlv = bytes[0] === derTag.sequence ? readTlv(bytes, 0) : null;
  if (tlv && tlv.end >= bytes.length - 2) {
    return inFormat(await parseDer(bytes, crypto), derKind(bytes) === 'pkcs7' ? 'pkcs7' : 'der');
  }
  const text = decodeText(bytes);
  if (text === null) {
    if (looksLikeUtf16WithoutBom(bytes)) return { ok: false, error: inputError('bad-encoding') };
    // A DER header whose length runs past the end: a truncated binary certificate.
    if (bytes[0] === derTag.sequence) return { ok: false, error: inputError('malformed') };
    return { ok: false, error: inputError('no-certificate') };
  }
  if (text.includes('\0') && looksLikeUtf16WithoutBom(bytes)) {
    return { ok: false, error: inputError('bad-encoding') };
  }
  return parseText(text, crypto);
}

/**
 * A field's text, read as its UTF-8 bytes would be without making them: a text far under the
 * cap, starting with no BOM and no DER header, free of NULs and lone surrogates, decodes to
 * itself. Any other text takes the bytes' way.
 */
function parseField(text: string, crypto: Crypto): Promise<ParsedInput> {
  return text.length <= maxInputBytes / 3 && !/^[0\ufeff]|\0/u.test(text) && text.isWellFormed()
    ? parseText(text, crypto)
    : parse(new TextEncoder().encode(text), crypto);
}

/**
 * Parses one input field (its text, or its bytes) or file into certificates (with its format)
 * or one typed error, with `crypto`'s digests (the platform's by default); never throws.
 */
export async function parseInput(
  input: Uint8Array | string,
  crypto: Crypto = platformCrypto(),
): Promise<ParsedInput> {
  try {
    return await (typeof input === 'string' ? parseField(input, crypto) : parse(input, crypto));
  } catch {
    return { ok: false, error: inputError('malformed') };
  }
}
