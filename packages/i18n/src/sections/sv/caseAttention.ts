// Swedish texts of the caseAttention section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { caseAttention as source } from '../fi/caseAttention.ts';

export const caseAttention: DeepStringShape<typeof source> = {
  filter: 'Kräver åtgärder ({count})',
  addressNeeded: 'Adress behövs',
  paymentRejected: 'Betalningen avvisades',
  paymentRejectedBecause: 'Betalningen avvisades: {reason}',
  codes: {
    AC01: 'felaktigt kontonummer',
    AC04: 'kontot avslutat',
    AC06: 'kontot spärrat',
    AG01: 'det går inte att betala till kontot',
    BE05: 'okänd betalningsmottagare',
    MD07: 'kontoinnehavaren har avlidit',
    other: 'bankens orsakskod {code}',
    none: 'banken angav ingen orsak',
  },
  heading: 'Kräver åtgärder',
  intro: 'Något gick fel efter beslutet. Ordna saken och anteckna vad du gjorde.',
  addressNeededText: 'Beslutsbrevet returnerades till avsändaren {date}. Klientens nya postadress behövs.',
  addressNeededTextNoDate: 'Beslutsbrevet returnerades till avsändaren. Klientens nya postadress behövs.',
  paymentRejectedText:
    'Banken avvisade betalningen på {amount} till {payee} (kontot som slutar på {ibanEnd}): {reason}.',
  bankSaid: 'Bankens meddelande: {text}',
  newAddress: 'Ny adress',
  streetAddress: 'Gatuadress',
  postalCode: 'Postnummer',
  city: 'Postanstalt',
  resend: 'Spara adressen och skriv ut brevet på nytt',
  iban: 'Rättat kontonummer (IBAN)',
  correct: 'Spara kontonumret och betala i nästa betalningspost',
  otherwise: 'Ordnat på annat sätt',
  note: 'Hur saken ordnades',
  markHandled: 'Markera som ordnad',
  required: 'Fyll i fältet.',
  postalCodeInvalid: 'Postnumret har fem siffror.',
  ibanInvalid: 'Kontrollera kontonumret.',
  resent: 'Adressen sparades. Brevet står igen i utskriftskön och skickas med nästa utskriftsomgång.',
  corrected: 'Kontonumret rättades. Betalningen skickas med nästa betalningspost.',
  handled: 'Saken markerades som ordnad.',
  forbidden: 'Du har inte rätt att ordna det här.',
  invalid: 'Kontrollera uppgifterna.',
};
