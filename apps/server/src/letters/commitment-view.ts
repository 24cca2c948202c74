// Turns a payment commitment's data into what templates/payment-commitment.typ prints, in the payee's language:
// every text worded, formatted and sanitised here (the template only lays it out, as the decision letter's does).
import { type Dictionary, dictionaries } from '@tuki/i18n';
import { type DocumentFrame, documentFrame, fillText as fill, formatDate, formatEuros } from './format.ts';
import type { TextSanitizer } from './sanitize.ts';
import type { PaymentCommitmentData } from './types.ts';
import type { Pair } from './view-model.ts';

/** The JSON given to templates/payment-commitment.typ as sys.inputs.commitment. */
export interface CommitmentView extends DocumentFrame {
  title: string;
  intro: string;
  summary: Pair[];
  conditions: { heading: string; items: readonly string[] };
  invoicing: { heading: string; intro: string; rows: Pair[] };
  issuer: { heading: string; lines: string[]; note: string };
  contact: { heading: string; lines: string[] };
  footer: string[];
}

export type CommitmentTexts = Dictionary['paymentCommitment'];

export function buildCommitmentView(data: PaymentCommitmentData, clean: TextSanitizer): CommitmentView {
  const { language } = data;
  const texts: CommitmentTexts = dictionaries[language].paymentCommitment;
  const line = clean.line;
  const date = (value: string) => formatDate(value, language);
  const head = data.letterhead;
  const client =
    data.client.dateOfBirth === null
      ? line(data.client.name)
      : `${line(data.client.name)}, ${fill(texts.born, { date: date(data.client.dateOfBirth) })}`;
  const contact = data.contactPerson;
  return {
    ...documentFrame(
      language,
      { organisation: line(head.organisation), unit: line(head.unit) },
      texts.documentType,
      [date(data.issuedOn), line(data.number)],
    ),
    title: texts.title,
    intro: fill(texts.intro, { organisation: line(head.organisation) }),
    summary: [
      [texts.number, line(data.number)],
      [texts.date, date(data.issuedOn)],
      [texts.payee, line(data.payee.name)],
      [texts.client, client],
      [texts.kind, texts.kinds[data.kind]],
      ...(data.covers.trim() === '' ? [] : [[texts.covers, line(data.covers)] as Pair]),
      [texts.maxAmount, formatEuros(data.maxAmountCents, language)],
      [texts.validity, `${date(data.validFrom)}–${date(data.validTo)}`],
      [texts.referenceNumber, line(data.referenceNumber)],
      [texts.decisionId, line(data.decisionId)],
    ],
    conditions: { heading: texts.conditionsHeading, items: texts.conditions },
    invoicing: {
      heading: texts.invoicingHeading,
      intro: fill(texts.invoicingIntro, { number: line(data.number) }),
      rows: [
        [texts.invoicingAddress, data.invoicing.addressLines.map(line).join('\n')],
        [texts.eInvoiceAddress, line(data.invoicing.eInvoiceAddress)],
        [texts.eInvoiceOperator, line(data.invoicing.eInvoiceOperator)],
        [texts.invoiceReference, line(data.number)],
      ],
    },
    issuer: {
      heading: texts.issuerHeading,
      lines: [line(data.decisionMaker.name), line(data.decisionMaker.title), line(head.unit)],
      note: texts.electronicApproval,
    },
    contact: {
      heading: texts.contactHeading,
      lines: [
        line(contact.name),
        `${texts.phone} ${line(contact.phone)}`,
        ...(contact.email === undefined ? [] : [`${texts.email} ${line(contact.email)}`]),
      ],
    },
    footer: [
      line(head.organisation),
      line(head.unit),
      `${line(head.streetAddress)}, ${line(head.postalCode)} ${line(head.postOffice)}`,
      `${texts.phone} ${line(head.phone)}`,
      line(head.email),
      line(head.web),
    ],
  };
}
