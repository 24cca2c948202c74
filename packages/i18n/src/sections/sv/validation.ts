// Swedish texts of the `validation` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { validation as source } from '../fi/validation.ts';

export const validation: DeepStringShape<typeof source> = {
  required: 'Den här uppgiften saknas.',
  invalid_personal_identity_code: 'Personbeteckningen är inte giltig. Kontrollera den.',
  invalid_postal_code: 'Postnumret har fem siffror.',
  invalid_email: 'E-postadressen är inte giltig, till exempel namn@exempel.fi.',
  invalid_phone: 'Telefonnumret är inte giltigt, till exempel 040 123 4567.',
  contact_required: 'Ange en e-postadress eller ett telefonnummer så att vi kan kontakta dig.',
  invalid_date: 'Datumet är inte giltigt, till exempel 31.1.2015.',
  date_in_future: 'Datumet kan inte vara i framtiden.',
  child_not_minor: 'Barnet är myndigt: lägg till hen bland hushållets övriga medlemmar.',
  invalid_month: 'Månaden är inte giltig.',
  month_out_of_range: 'Stöd kan sökas för högst tre föregående månader eller för följande månad.',
  invalid_iban: 'Kontonumret är inte ett giltigt IBAN, till exempel FI21 1234 5600 0007 85.',
  amount_required: 'Ange beloppet i euro.',
  unknown_member: 'Välj en medlem i hushållet.',
  declaration_required: 'Bekräfta att uppgifterna är riktiga.',
  summary: 'Ansökan har fel som ska rättas.',
  control_character: 'Texten innehåller ett styrtecken (till exempel NUL) som inte kan sparas. Ta bort det.',
  ill_formed_text: 'Texten är inte giltig Unicode. Skriv den på nytt.',
  too_deep: 'Uppgifterna är för djupt kapslade.',
  invalid_text: 'Begäran innehåller text som inte kan tas emot.',
  date_out_of_range: 'Datumet ska vara mellan 1.1.1900 och i dag.',
};
