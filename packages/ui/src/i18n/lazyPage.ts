// A page loaded when first needed, together with the text sections only it uses (see `lazy` in the app's texts,
// packages/i18n/src/apps/<app>.ts): the page renders once both have arrived, so its texts are always there.
import { loadSections, type SectionName } from '@tuki/i18n/web';
import { type ComponentType, lazy } from 'react';

export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
  sections: readonly SectionName[] = [],
) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadSections(sections)]);
    return { default: component };
  });
}
