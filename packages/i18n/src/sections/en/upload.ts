// English texts of the `upload` section, typed against the Finnish source.

import type { DeepStringShape } from '../../types.ts';
import type { upload as source } from '../fi/upload.ts';

export const upload: DeepStringShape<typeof source> = {
  tooLarge: 'The file is too large. The largest size allowed is {maxMegabytes} MB.',
  unsupportedType: 'This file type cannot be sent. Allowed types: PDF, JPEG, PNG, HEIC and WebP.',
  empty: 'The file is empty.',
  infected: 'Malware was found in the file, so it was deleted. Please send a clean file.',
  tooMany: 'An application can have at most {max} attachments.',
  interrupted: 'The upload was interrupted. Please try again.',
  scannerUnavailable: 'The file could not be checked right now. Please try again in a moment.',
  failed: 'The file could not be sent. Please try again.',
  tooManyPixels:
    'The image is too large: it has more than {maxMegapixels} megapixels. Make the image smaller or take a screenshot of it and send that.',
  inflatesTooMuch:
    'The PDF cannot be accepted because its content unpacks to too large a size (over {maxMegabytes} MB). Save or print the file as a PDF again and send it.',
};
