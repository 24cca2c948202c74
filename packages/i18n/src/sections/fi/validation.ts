// Finnish texts of the `validation` section (the source; Swedish and English are typed against it).

export const validation = {
  required: 'Tämä tieto puuttuu.',
  invalid_personal_identity_code: 'Henkilötunnus ei ole kelvollinen. Tarkista se.',
  invalid_postal_code: 'Postinumerossa on viisi numeroa.',
  invalid_email: 'Sähköpostiosoite ei ole kelvollinen, esimerkiksi nimi@esimerkki.fi.',
  invalid_phone: 'Puhelinnumero ei ole kelvollinen, esimerkiksi 040 123 4567.',
  contact_required: 'Anna sähköpostiosoite tai puhelinnumero, jotta voimme ottaa sinuun yhteyttä.',
  invalid_date: 'Päivämäärä ei ole kelvollinen, esimerkiksi 31.1.2015.',
  date_in_future: 'Päivämäärä ei voi olla tulevaisuudessa.',
  child_not_minor: 'Lapsi on täysi-ikäinen: lisää hänet muihin talouden jäseniin.',
  invalid_month: 'Kuukausi ei ole kelvollinen.',
  month_out_of_range: 'Tukea voi hakea enintään kolmelle edelliselle tai seuraavalle kuukaudelle.',
  invalid_iban: 'Tilinumero ei ole kelvollinen IBAN, esimerkiksi FI21 1234 5600 0007 85.',
  amount_required: 'Anna summa euroina.',
  unknown_member: 'Valitse talouden jäsen.',
  declaration_required: 'Vahvista, että tiedot ovat oikein.',
  summary: 'Hakemuksessa on korjattavaa.',
} as const;
