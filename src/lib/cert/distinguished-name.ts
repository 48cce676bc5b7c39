// A Name's attributes, as either certificate reader gives them, in the report's plain form: each
// attribute with its short name, and the RFC 4514 text (last RDN first) people read.
import type { DistinguishedName, NameAttribute } from './types.ts';
import type { RawAttribute } from './certificate-fields.ts';
import { attributeOid } from './oids.ts';

const shortNames: Readonly<Record<string, string>> = {
  [attributeOid.commonName]: 'CN',
  [attributeOid.serialNumber]: 'serialNumber',
  [attributeOid.country]: 'C',
  [attributeOid.locality]: 'L',
  [attributeOid.stateOrProvince]: 'ST',
  [attributeOid.street]: 'street',
  [attributeOid.organization]: 'O',
  [attributeOid.organizationalUnit]: 'OU',
  [attributeOid.title]: 'title',
  [attributeOid.givenName]: 'GN',
  [attributeOid.surname]: 'SN',
  [attributeOid.domainComponent]: 'DC',
  [attributeOid.userId]: 'UID',
  [attributeOid.emailAddress]: 'E',
};

/** Escapes RFC 4514 special characters for the readable form. */
const escapeDn = (text: string): string => text.replace(/([,+"\\<>;])/g, '\\$1');

/** Plain-data form of a Name. */
export function toDistinguishedName(name: readonly (readonly RawAttribute[])[]): DistinguishedName {
  const rdns: NameAttribute[][] = name.map((rdn) =>
    rdn.map(({ oid, value }) => ({ oid, type: shortNames[oid] ?? oid, value })),
  );
  const text = [...rdns]
    .reverse()
    .map((rdn) => rdn.map((a) => `${a.type}=${escapeDn(a.value)}`).join('+'))
    .join(', ');
  return { text, rdns };
}
