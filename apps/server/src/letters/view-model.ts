// Turns the letter's data into what the Typst template prints: every text already worded, formatted and
// sanitised, in the letter's language. The template only lays it out; it never interprets a string as markup
// (the whole object reaches it as JSON through sys.inputs).

import { maskIban } from '@tuki/domain';
import {
  type DocumentFrame,
  documentFrame,
  fillText as fill,
  formatDate,
  formatEuros,
  formatMonth,
} from './format.ts';
import { formatTableReference } from './legal-references.ts';
import type { TextSanitizer } from './sanitize.ts';
import { letterTexts } from './texts.ts';
import type { CalculationSection, DecisionLetterData, LetterOptions } from './types.ts';

/** A label and its value, printed side by side. */
export type Pair = [label: string, value: string];

export interface CalculationRowView {
  label: string;
  legalReference: string;
  amount: string;
}

export interface CalculationSectionView {
  title: string;
  rows: CalculationRowView[];
  total: Pair;
}

export interface TextSectionView {
  heading: string;
  paragraphs: readonly string[];
  items: readonly string[];
  after: readonly string[];
}

/** The JSON given to templates/decision-letter.typ as sys.inputs.letter. */
export interface LetterView extends DocumentFrame {
  returnLine: string;
  recipientLines: string[];
  /** The main heading, and the PDF's title. */
  title: string;
  headings: {
    decision: string;
    calculation: string;
    reasons: string;
    legalProvisions: string;
    payment: string;
    decisionMaker: string;
    contact: string;
  };
  summary: Pair[];
  outcomeSentence: string;
  parties: { heading: string; intro: string; items: string[] };
  calculation: null | {
    intro: string;
    columns: [string, string, string];
    sections: CalculationSectionView[];
    result: Pair;
    note: string;
  };
  reasons: string[];
  legalProvisions: string[];
  payment: null | { rows: Pair[]; note: string; landlordNote: string | null };
  commitments: null | { heading: string; intro: string; items: string[] };
  decisionMaker: { lines: string[]; note: string };
  contact: { intro: string; lines: string[] };
  appeal: {
    heading: string;
    intro: readonly string[];
    authority: Pair;
    addressLabel: string;
    addressLines: string[];
    details: Pair[];
    sections: TextSectionView[];
    legalBasis: string;
  };
  dataProtection: { heading: string; text: string };
  footer: string[];
}

/**
 * The table section of a line of the rules engine (packages/rules): income, the earned-income deduction and assets
 * count against the expenses, as in its totals; everything else (basic amounts, reductions, housing, other
 * expenses) is an expense.
 */
export function calculationSectionOf(kind: string): CalculationSection {
  return kind === 'income' || kind === 'earnedIncomeDeduction' || kind === 'assets' ? 'income' : 'expenses';
}

export function buildLetterView(
  letter: DecisionLetterData,
  options: LetterOptions,
  clean: TextSanitizer,
): LetterView {
  const { language } = letter;
  const texts = letterTexts[language];
  const line = clean.line;
  const money = (cents: number) => formatEuros(cents, language);
  const head = letter.letterhead;
  const recipient = letter.recipient;

  const calculation = letter.calculation;
  const sectionView = (section: CalculationSection, title: string, total: Pair): CalculationSectionView => ({
    title,
    rows: (calculation?.lines ?? [])
      .filter((calculationLine) => calculationLine.section === section)
      .map((calculationLine) => ({
        label:
          calculationLine.memberName === undefined || calculationLine.memberName.trim() === ''
            ? line(calculationLine.label)
            : `${line(calculationLine.label)}, ${line(calculationLine.memberName)}`,
        legalReference: line(formatTableReference(calculationLine.legalReference, language)),
        amount: money(calculationLine.amountCents),
      })),
    total,
  });

  const appealTexts = texts.appeal;
  const authority = options.rectification;
  const appealDetails: Pair[] = [];
  if (authority.visitingAddress !== undefined) {
    appealDetails.push([appealTexts.visitingAddress, line(authority.visitingAddress)]);
  }
  appealDetails.push([appealTexts.email, line(authority.email)]);
  if (authority.openingHours !== undefined) {
    appealDetails.push([appealTexts.openingHours, line(authority.openingHours)]);
  }

  const date = (value: string) => formatDate(value, language);
  const sent = letter.dispatch.sent;
  const dispatchSentence =
    sent === null
      ? letter.dispatch.channel === 'paper'
        ? texts.dispatch.paperPending
        : null
      : fill(texts.dispatch[letter.dispatch.channel], {
          sent: date(sent.sentOn),
          notified: date(sent.notifiedOn),
          deadline: date(sent.rectificationDeadline),
        });
  const dispatchRows: Pair[] =
    sent === null
      ? []
      : [
          [texts.sentOn, date(sent.sentOn)],
          [texts.rectificationDeadline, date(sent.rectificationDeadline)],
        ];
  const parties = letter.parties.map((party) => {
    const born =
      party.dateOfBirth === null ? texts.birthUnknown : fill(texts.born, { date: date(party.dateOfBirth) });
    return `${line(party.name)}, ${born} (${texts.roles[party.role]})`;
  });

  /**
   * The payment: the day, the account and the amount; with the rent paid to the landlord, the landlord's part and
   * account first, then the client's part (none when the rent takes it all).
   */
  const paymentView = (): LetterView['payment'] => {
    const rent = letter.rentPayment ?? null;
    if (rent === null) {
      return letter.payment === null
        ? null
        : {
            rows: [
              [texts.paymentDate, formatDate(letter.payment.date, language)],
              [texts.paymentAccount, maskIban(letter.payment.iban)],
              [texts.amount, money(letter.amountCents)],
            ],
            note: texts.paymentAccountNote,
            landlordNote: null,
          };
    }
    const clientCents = letter.amountCents - rent.amountCents;
    const rows: Pair[] = [
      ...(letter.payment === null
        ? []
        : [[texts.paymentDate, formatDate(letter.payment.date, language)] as Pair]),
      [texts.landlord, line(rent.landlordName)],
      [texts.landlordAccount, maskIban(rent.iban)],
      [texts.landlordAmount, money(rent.amountCents)],
    ];
    if (clientCents > 0) {
      if (letter.payment !== null) rows.push([texts.clientAccount, maskIban(letter.payment.iban)]);
      rows.push([texts.clientAmount, money(clientCents)]);
    }
    rows.push([texts.amount, money(letter.amountCents)]);
    return {
      rows,
      note: texts.paymentAccountNote,
      landlordNote: `${texts.rentToLandlord}. ${texts.rentToLandlordNote}`,
    };
  };

  const contact = letter.contactPerson;
  return {
    ...documentFrame(
      language,
      { organisation: line(head.organisation), unit: line(head.unit) },
      texts.documentType,
      [formatDate(letter.letterDate, language), line(letter.referenceNumber)],
    ),
    returnLine: [head.organisation, head.streetAddress, `${head.postalCode} ${head.postOffice}`]
      .map(line)
      .filter((part) => part !== '')
      .join(', '),
    recipientLines: [
      recipient.name,
      recipient.careOf ?? '',
      recipient.streetAddress,
      `${recipient.postalCode} ${recipient.postOffice}`,
      recipient.country ?? '',
    ]
      .map(line)
      .filter((part) => part !== ''),
    title: texts.title,
    headings: {
      decision: texts.decisionHeading,
      calculation: texts.calculationHeading,
      reasons: texts.reasonsHeading,
      legalProvisions: texts.legalProvisionsHeading,
      payment: texts.paymentHeading,
      decisionMaker: texts.decisionMakerHeading,
      contact: texts.contactHeading,
    },
    summary: [
      [texts.date, formatDate(letter.letterDate, language)],
      [texts.referenceNumber, line(letter.referenceNumber)],
      [texts.decisionId, line(letter.decisionId)],
      [texts.applicant, line(letter.applicant.name)],
      [texts.kind, texts.kinds[letter.kind]],
      [texts.month, formatMonth(letter.month, language)],
      [texts.outcome, texts.outcomes[letter.outcome]],
      [texts.amount, money(letter.amountCents)],
      ...dispatchRows,
    ],
    outcomeSentence: texts.outcomeSentences[letter.outcome],
    parties: { heading: texts.partiesHeading, intro: texts.partiesIntro, items: parties },
    calculation:
      calculation === null
        ? null
        : {
            intro: texts.calculationIntro,
            columns: [texts.columnItem, texts.columnLegalReference, texts.columnAmount],
            sections: [
              sectionView('expenses', texts.sectionExpenses, [
                texts.totalExpenses,
                money(calculation.totalExpensesCents),
              ]),
              sectionView('income', texts.sectionIncome, [
                texts.totalIncome,
                money(calculation.totalIncomeCents),
              ]),
            ],
            result: [texts.calculatedAmount, money(calculation.amountCents)],
            note: texts.tableNote,
          },
    reasons: letter.reasons.map(clean.paragraph).filter((paragraph) => paragraph !== ''),
    legalProvisions: letter.legalProvisions.map(line).filter((provision) => provision !== ''),
    payment: paymentView(),
    commitments:
      (letter.commitments ?? []).length === 0
        ? null
        : {
            heading: texts.commitmentsHeading,
            intro: texts.commitmentsIntro,
            items: (letter.commitments ?? []).map((commitment) =>
              fill(texts.commitmentItem, {
                number: line(commitment.number),
                covers: line(commitment.covers),
                payee: line(commitment.payeeName),
                amount: money(commitment.maxAmountCents),
                from: date(commitment.validFrom),
                to: date(commitment.validTo),
              }),
            ),
          },
    decisionMaker: {
      lines: [line(letter.decisionMaker.name), line(letter.decisionMaker.title)],
      note: texts.electronicApproval,
    },
    contact: {
      intro: texts.contactIntro,
      lines: [
        line(contact.name),
        `${texts.phone} ${line(contact.phone)}`,
        ...(contact.email === undefined ? [] : [`${texts.email} ${line(contact.email)}`]),
      ],
    },
    appeal: {
      heading: appealTexts.heading,
      intro: appealTexts.intro,
      authority: [appealTexts.authority, line(authority.name)],
      addressLabel: appealTexts.address,
      addressLines: authority.postalAddress.map(line).filter((part) => part !== ''),
      details: appealDetails,
      sections: [
        {
          heading: appealTexts.timeHeading,
          paragraphs: [...appealTexts.time, ...(dispatchSentence === null ? [] : [dispatchSentence])],
          items: [],
          after: [],
        },
        { heading: appealTexts.howHeading, paragraphs: appealTexts.how, items: [], after: [] },
        {
          heading: appealTexts.contentsHeading,
          paragraphs: [`${appealTexts.contentsIntro}:`],
          items: appealTexts.contentsItems,
          after: appealTexts.contentsAfter,
        },
        { heading: appealTexts.furtherHeading, paragraphs: appealTexts.further, items: [], after: [] },
      ],
      legalBasis: appealTexts.legalBasis,
    },
    dataProtection: {
      heading: texts.dataProtectionHeading,
      text: fill(texts.dataProtection, {
        url: line(options.dataProtection.noticeUrl),
        officer: line(options.dataProtection.officer),
      }),
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
