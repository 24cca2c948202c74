// Initial JavaScript of the web apps: the module scripts and module preloads that index.html loads before the
// first page can render, gzip-compressed (level 9, as a server or CDN would send them). Build first (npm run build).
// Usage: npm run bench:bundle
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;

function initialScripts(distDir: URL): string[] {
  const html = readFileSync(new URL('index.html', distDir), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(sources)];
}

let failed = false;
for (const app of ['citizen', 'staff'] as const) {
  const distDir = new URL(`../apps/${app}/dist/`, import.meta.url);
  const base = app === 'staff' ? '/staff/' : '/';
  let raw = 0;
  let gzip = 0;
  for (const source of initialScripts(distDir)) {
    const bytes = readFileSync(new URL(source.replace(base, ''), distDir));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = gzip / 1024;
  const verdict = kb <= BUDGET_KB ? 'within' : 'OVER';
  console.log(
    `${app}: initial JavaScript ${(raw / 1024).toFixed(1)} KB, gzip ${kb.toFixed(1)} KB (${verdict} the ${BUDGET_KB} KB budget)`,
  );
  if (kb > BUDGET_KB) failed = true;
}
process.exitCode = failed ? 1 : 0;
