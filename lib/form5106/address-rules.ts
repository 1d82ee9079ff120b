// Address rules shared by 2A and 2B (DOMAIN.md §2.2): state/ZIP depend on the country, the country
// is blank for the U.S., street lines hold 32 characters (lib/validation's streetLine).
import { validate } from '@/lib/validation/index';
import { type Issue, issue } from './issues';
import type { Address } from './schema';

/** Country the address is in: '' means United States on the 5106. */
export function addressCountry(address: Pick<Address, 'country'>): string {
  const c = address.country.trim().toUpperCase();
  return c === '' ? 'US' : c;
}

/** "P.O. Box 12", "PO BOX", "Post Office Box", "POB 7": typed into a street line instead of the type. */
const PO_BOX = /\b(p\.?\s*o\.?\s*b(ox)?\.?|post\s+office\s+box)\b/i;

export function looksLikePoBox(address: Pick<Address, 'street1' | 'street2'>): boolean {
  return PO_BOX.test(address.street1) || PO_BOX.test(address.street2);
}

export function isEmptyAddress(address: Address): boolean {
  return [address.street1, address.street2, address.city, address.state, address.zip, address.country].every(
    (v) => v.trim() === '',
  );
}

/** Format checks of one address's fields. `prefix` is e.g. 'section2.mailing'. */
export function addressFieldIssues(prefix: string, address: Address): Issue[] {
  const out: Issue[] = [];
  const add = (field: keyof Address, kind: Parameters<typeof validate>[0]) => {
    const value = address[field];
    if (typeof value !== 'string') return;
    const r = validate(kind, value);
    if (r.level !== 'ok') out.push(issue(`${prefix}.${field}`, r.level, r.message ?? 'Check this value.'));
  };
  add('street1', 'streetLine');
  add('street2', 'streetLine');
  if (address.country.trim() !== '') {
    add('country', 'countryIso2');
    if (addressCountry(address) === 'US') {
      out.push(issue(`${prefix}.country`, 'warning', 'Leave the country blank for a U.S. address.'));
    }
  }
  const country = addressCountry(address);
  if (country === 'US') {
    add('state', 'usState');
    add('zip', 'zip');
  } else if (country === 'CA') {
    add('state', 'canadianProvince');
    add('zip', 'canadianPostalCode');
  } else if (country === 'MX' && address.zip.trim() !== '') {
    out.push(issue(`${prefix}.zip`, 'warning', 'The 5106 leaves the Zip Code blank for Mexico.'));
  }
  if (address.type !== 'other' && address.typeOther.trim() !== '') {
    out.push(issue(`${prefix}.typeOther`, 'warning', 'This text is used only when the type is "Other".'));
  }
  return out;
}

/** Required parts of an address that is given (or required). */
export function addressMissingPaths(prefix: string, address: Address): string[] {
  const paths: string[] = [];
  const blank = (v: string) => v.trim() === '';
  if (blank(address.street1)) paths.push(`${prefix}.street1`);
  if (blank(address.city)) paths.push(`${prefix}.city`);
  const country = addressCountry(address);
  // State and ZIP are required for U.S. and Canadian addresses; blank for Mexico, optional elsewhere.
  if ((country === 'US' || country === 'CA') && blank(address.state)) paths.push(`${prefix}.state`);
  if ((country === 'US' || country === 'CA') && blank(address.zip)) paths.push(`${prefix}.zip`);
  if (address.type === '') paths.push(`${prefix}.type`);
  if (address.type === 'other' && blank(address.typeOther)) paths.push(`${prefix}.typeOther`);
  return paths;
}
