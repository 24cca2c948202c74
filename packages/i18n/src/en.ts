// English. Typed against the Finnish source dictionary: a missing or extra key fails the build.

import type { Dictionary } from './fi.ts';
import * as sections from './sections/en/index.ts';

export const en: Dictionary = { ...sections };
