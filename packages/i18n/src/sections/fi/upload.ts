// Finnish texts of the `upload` section (the source; Swedish and English are typed against it).

export const upload = {
  tooLarge: 'Tiedosto on liian suuri. Suurin sallittu koko on {maxMegabytes} Mt.',
  unsupportedType: 'Tiedostomuotoa ei voi lähettää. Sallitut muodot: PDF, JPEG, PNG, HEIC ja WebP.',
  empty: 'Tiedosto on tyhjä.',
  infected: 'Tiedostosta löytyi haittaohjelma, joten se poistettiin. Lähetä puhdas tiedosto.',
  tooMany: 'Hakemuksessa voi olla enintään {max} liitettä.',
  interrupted: 'Tiedoston lähetys keskeytyi. Yritä uudelleen.',
  scannerUnavailable: 'Tiedostoa ei voitu tarkistaa juuri nyt. Yritä hetken kuluttua uudelleen.',
  failed: 'Tiedoston lähettäminen ei onnistunut. Yritä uudelleen.',
  tooManyPixels:
    'Kuva on liian suuri: siinä on yli {maxMegapixels} megapikseliä. Pienennä kuvaa tai ota siitä kuvakaappaus ja lähetä se.',
  inflatesTooMuch:
    'PDF-tiedostoa ei voi ottaa vastaan, koska sen sisältö purkautuu liian suureksi (yli {maxMegabytes} Mt). Tallenna tai tulosta tiedosto uudelleen PDF-muotoon ja lähetä se.',
} as const;
