// A printable summary laid out by form block, for the broker (browser print / save as PDF).
// SSNs, passport and bank numbers are masked unless the user reveals them for this printout.
import { type ReactNode, useState } from 'react';
import {
  ACTION_LABELS,
  ADDRESS_TYPE_LABELS,
  CBP_NUMBER_REASON_LABELS,
  COMPANY_TYPE_LABELS,
  ENTRIES_PER_YEAR_LABELS,
  ID_TYPE_LABELS,
  NAME_KIND_LABELS,
  PASSPORT_TYPE_LABELS,
  RELATION_STATUS_LABELS,
  UTILIZATION_LABELS,
} from '@/lib/form5106/codes';
import { checkForm, completeness } from '@/lib/form5106/completeness';
import type { Draft } from '@/lib/form5106/draft';
import { fieldLabel, SECTION_LABELS } from '@/lib/form5106/labels';
import { isSensitivePath, maskValue } from '@/lib/form5106/mask';
import type { Address } from '@/lib/form5106/schema';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children || '—'}</td>
    </tr>
  );
}

export function PrintSummary({ draft }: { draft: Draft }) {
  const [reveal, setReveal] = useState(false);
  const f = draft.form;
  const v = (path: string, value: string) =>
    !reveal && value && isSensitivePath(path, f) ? maskValue(value) : value;
  const c = completeness(f, checkForm(f));
  const address = (prefix: string, a: Address) =>
    (['street1', 'street2', 'city', 'state', 'zip', 'country'] as const).map((k) => (
      <Row key={k} label={fieldLabel(`${prefix}.${k}`)}>
        {a[k]}
      </Row>
    ));
  const list = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
    values.map((x) => labels[x]).join('; ');

  return (
    <article className="print-summary" data-testid="print-summary">
      <div className="no-print">
        <label>
          <input
            type="checkbox"
            checked={reveal}
            onChange={(e) => setReveal(e.target.checked)}
            data-testid="reveal"
          />{' '}
          Show SSNs, passport and bank numbers in full
        </label>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <h1>CBP Form 5106 draft: {draft.name || f.section1.name || 'untitled'}</h1>
      <p>
        Prepared with ACE Assist, {new Date(draft.updatedAt).toLocaleDateString()}.{' '}
        {c.complete
          ? 'All required fields are filled.'
          : `${c.missingCount} required fields missing, ${c.errorCount} errors.`}{' '}
        Not legal advice; to be filed by your broker or in ACE.
      </p>
      <h2>{SECTION_LABELS.typeOfAction}</h2>
      <table>
        <tbody>
          <Row label="Type of Action">{list(f.typeOfAction.actions, ACTION_LABELS)}</Row>
        </tbody>
      </table>
      <h2>{SECTION_LABELS.section1}</h2>
      <table>
        <tbody>
          <Row label={fieldLabel('section1.name')}>{f.section1.name}</Row>
          <Row label={fieldLabel('section1.idType')}>
            {f.section1.idType ? ID_TYPE_LABELS[f.section1.idType] : ''}
          </Row>
          <Row label={fieldLabel('section1.idNumber')}>{v('section1.idNumber', f.section1.idNumber)}</Row>
          <Row label={fieldLabel('section1.nameKinds')}>{list(f.section1.nameKinds, NAME_KIND_LABELS)}</Row>
          <Row label={fieldLabel('section1.otherName')}>{f.section1.otherName}</Row>
          <Row label={fieldLabel('section1.wishCbpNumber')}>{f.section1.wishCbpNumber ? 'Yes' : 'No'}</Row>
          <Row label={fieldLabel('section1.cbpReasons')}>
            {list(f.section1.cbpReasons, CBP_NUMBER_REASON_LABELS)}
          </Row>
          <Row label={fieldLabel('section1.cbpAssignedNumber')}>{f.section1.cbpAssignedNumber}</Row>
          <Row label={fieldLabel('section1.companyType')}>
            {f.section1.companyType ? COMPANY_TYPE_LABELS[f.section1.companyType] : ''}
          </Row>
          <Row label={fieldLabel('section1.entriesPerYear')}>
            {f.section1.entriesPerYear ? ENTRIES_PER_YEAR_LABELS[f.section1.entriesPerYear] : ''}
          </Row>
          <Row label={fieldLabel('section1.utilization')}>
            {list(f.section1.utilization, UTILIZATION_LABELS)}
            {f.section1.utilizationOther ? ` (${f.section1.utilizationOther})` : ''}
          </Row>
          {(['programCode1', 'programCode2', 'programCode3', 'programCode4'] as const).map((k) => (
            <Row key={k} label={fieldLabel(`section1.${k}`)}>
              {f.section1[k]}
            </Row>
          ))}
        </tbody>
      </table>
      <h2>{SECTION_LABELS.section2}</h2>
      <table>
        <tbody>
          {address('section2.mailing', f.section2.mailing)}
          <Row label={fieldLabel('section2.mailing.type')}>
            {f.section2.mailing.type ? ADDRESS_TYPE_LABELS[f.section2.mailing.type] : ''}{' '}
            {f.section2.mailing.typeOther}
          </Row>
          {f.section2.physical.sameAsMailing ? (
            <Row label="2B Physical Location Address">Same as mailing address</Row>
          ) : (
            <>
              {address('section2.physical', f.section2.physical)}
              <Row label={fieldLabel('section2.physical.type')}>
                {f.section2.physical.type ? ADDRESS_TYPE_LABELS[f.section2.physical.type] : ''}{' '}
                {f.section2.physical.typeOther}
              </Row>
            </>
          )}
          <Row label={fieldLabel('section2.phone')}>
            {f.section2.phone}
            {f.section2.phoneExt ? ` ext. ${f.section2.phoneExt}` : ''}
          </Row>
          <Row label={fieldLabel('section2.fax')}>{f.section2.fax}</Row>
          <Row label={fieldLabel('section2.email')}>{f.section2.email}</Row>
          <Row label={fieldLabel('section2.website')}>{f.section2.website}</Row>
        </tbody>
      </table>
      <h2>{SECTION_LABELS.section3}</h2>
      <table>
        <tbody>
          {(['description', 'naics', 'duns', 'filerCode', 'yearEstablished'] as const).map((k) => (
            <Row key={k} label={fieldLabel(`section3.${k}`)}>
              {f.section3[k]}
            </Row>
          ))}
          {f.section3.related.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
            <Row key={`r${i}`} label={`3F row ${i + 1}`}>
              {[
                r.status ? RELATION_STATUS_LABELS[r.status] : '',
                r.name,
                v(`section3.related.${i}.idNumber`, r.idNumber),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Row>
          ))}
          {(['name', 'routingNumber', 'city', 'state', 'country'] as const).map((k) => (
            <Row key={k} label={fieldLabel(`section3.bank.${k}`)}>
              {v(`section3.bank.${k}`, f.section3.bank[k])}
            </Row>
          ))}
          <Row label={fieldLabel('section3.articlesLocator')}>{f.section3.articlesLocator}</Row>
          <Row label={fieldLabel('section3.articlesReference')}>{f.section3.articlesReference}</Row>
          {f.section3.officers.map((o, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
            <Row key={`o${i}`} label={`3J row ${i + 1}`}>
              {[
                o.title,
                [o.lastName, o.firstName, o.middleInitial].filter(Boolean).join(', '),
                o.phone && `tel. ${o.phone}${o.phoneExt ? ` ext. ${o.phoneExt}` : ''}`,
                o.email,
                o.ssn && `SSN ${v(`section3.officers.${i}.ssn`, o.ssn)}`,
                o.passportNumber &&
                  `passport ${v(`section3.officers.${i}.passportNumber`, o.passportNumber)}`,
                o.passportCountry,
                o.passportExpiration && `expires ${o.passportExpiration}`,
                o.passportType && PASSPORT_TYPE_LABELS[o.passportType],
              ]
                .filter(Boolean)
                .join(' · ')}
            </Row>
          ))}
        </tbody>
      </table>
      <h2>{SECTION_LABELS.certification}</h2>
      <table>
        <tbody>
          <Row label="Printed name (Last, First, MI)">
            {[f.certification.lastName, f.certification.firstName, f.certification.middleInitial]
              .filter(Boolean)
              .join(', ')}
          </Row>
          <Row label={fieldLabel('certification.title')}>{f.certification.title}</Row>
          <Row label="Signature">{'\u00a0'}</Row>
          <Row label={fieldLabel('certification.phone')}>{f.certification.phone}</Row>
          <Row label={fieldLabel('certification.date')}>{f.certification.date}</Row>
          <Row label={fieldLabel('certification.brokerName')}>{f.certification.brokerName}</Row>
          <Row label={fieldLabel('certification.brokerPhone')}>{f.certification.brokerPhone}</Row>
        </tbody>
      </table>
    </article>
  );
}
