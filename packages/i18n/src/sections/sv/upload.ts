// Swedish texts of the `upload` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { upload as source } from '../fi/upload.ts';

export const upload: DeepStringShape<typeof source> = {
  tooLarge: 'Filen är för stor. Den största tillåtna storleken är {maxMegabytes} MB.',
  unsupportedType: 'Filformatet kan inte skickas. Tillåtna format: PDF, JPEG, PNG, HEIC och WebP.',
  empty: 'Filen är tom.',
  infected: 'Filen innehöll skadlig kod och har raderats. Skicka en ren fil.',
  tooMany: 'En ansökan kan ha högst {max} bilagor.',
  interrupted: 'Filöverföringen avbröts. Försök igen.',
  scannerUnavailable: 'Filen kunde inte kontrolleras just nu. Försök igen om en stund.',
  failed: 'Filen kunde inte skickas. Försök igen.',
  tooManyPixels:
    'Bilden är för stor: den har över {maxMegapixels} megapixlar. Förminska bilden eller ta en skärmbild av den och skicka den.',
  inflatesTooMuch:
    'PDF-filen kan inte tas emot eftersom dess innehåll packas upp till en för stor storlek (över {maxMegabytes} MB). Spara eller skriv ut filen som PDF på nytt och skicka den.',
};
