// An example payment batch of any size, for the tests and the benchmark: the city pays clients and landlords,
// each payment with its own valid Finnish IBAN, an amount, a name with Finnish and Swedish letters, and in turn a
// Finnish reference number, an RF reference, or a text.
import { ibanMod97 } from '@tuki/domain';
import type { PaymentBatch, PaymentInstruction } from './payment-file.ts';
import { finnishReferenceCheckDigit } from './sepa-text.ts';

/** A valid Finnish IBAN for a 14-digit account number (the check digits computed). */
export function sampleFinnishIban(accountNumber: string): string {
  const check = 98 - ibanMod97(`FI00${accountNumber}`);
  return `FI${String(check).padStart(2, '0')}${accountNumber}`;
}

/** A valid RF creditor reference for reference characters (ISO 11649). */
export function sampleRfReference(reference: string): string {
  const check = 98 - ibanMod97(`RF00${reference}`);
  return `RF${String(check).padStart(2, '0')}${reference}`;
}

const names = [
  'Äijälä Aino',
  'Öhman Björn',
  'Åström Åsa',
  'Virtanen Matti',
  'Mäkinen Päivi',
  'Asunto Oy Kivikkö',
];

export function samplePayment(index: number): PaymentInstruction {
  const base = String(10_000 + index);
  const remittance =
    index % 3 === 0
      ? { creditorReference: `${base}${finnishReferenceCheckDigit(base)}` }
      : index % 3 === 1
        ? { creditorReference: sampleRfReference(`TUKI${base}`) }
        : { text: `Toimeentulotuki 12/2026, päätös TT-2026-${String(index).padStart(6, '0')}` };
  return {
    endToEndId: `P-2026-${String(index).padStart(6, '0')}`,
    amountCents: 1 + ((index * 7919) % 250_000),
    creditor: {
      name: `${names[index % names.length]} ${index}`,
      iban: sampleFinnishIban(`1234560${String(index).padStart(7, '0')}`),
      ...(index % 2 === 0 ? { bic: 'NDEAFIHH' } : {}),
    },
    remittance,
  };
}

export function samplePaymentBatch(count: number): PaymentBatch {
  return {
    messageId: 'TUKI-20261207-0001',
    createdAt: new Date('2026-12-07T08:30:00Z'),
    requestedExecutionDate: '2026-12-08',
    debtor: {
      name: 'Helsingin kaupunki, sosiaali- ja terveystoimiala',
      iban: 'FI21 1234 5600 0007 85',
      bic: 'NDEAFIHH',
      organisationId: '0201256-6',
    },
    payments: Array.from({ length: count }, (_, index) => samplePayment(index)),
  };
}
