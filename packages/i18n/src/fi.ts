// Finnish: the source dictionary. Swedish and English are typed against its shape, so a key added here must be
// added there too (and a key there that is not here fails the build).
// Placeholders are written `{name}`; every translation of a text must use the same placeholders.

import * as sections from './sections/fi/index.ts';
import type { DeepStringShape } from './types.ts';

export const fi = { ...sections };

/** The shape every dictionary must have: the Finnish keys, with any text. */
export type Dictionary = DeepStringShape<typeof fi>;
