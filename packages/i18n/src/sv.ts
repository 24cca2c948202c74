// Swedish. Typed against the Finnish source dictionary: a missing or extra key fails the build.

import type { Dictionary } from './fi.ts';
import * as sections from './sections/sv/index.ts';

export const sv: Dictionary = { ...sections };
