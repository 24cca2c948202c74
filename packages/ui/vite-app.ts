// The Vite config of a web app (apps/citizen, apps/staff): both are served by the API server, under their own
// base path, and in `vite dev` and `vite preview` send API calls to the server on port 3000. Their index.html
// holds the title and the root element; the rest of the page shell (meta tags, the message shown without
// JavaScript) is added here, the same for both.

import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type UserConfig } from 'vite';

const pageShell: HtmlTagDescriptor[] = [
  { tag: 'meta', attrs: { charset: 'UTF-8' }, injectTo: 'head-prepend' },
  {
    tag: 'meta',
    attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1.0' },
    injectTo: 'head-prepend',
  },
  { tag: 'meta', attrs: { name: 'color-scheme', content: 'light' }, injectTo: 'head-prepend' },
  { tag: 'link', attrs: { rel: 'icon', href: 'data:,' }, injectTo: 'head-prepend' },
  {
    tag: 'noscript',
    children: [
      { tag: 'p', attrs: { lang: 'fi' }, children: 'Palvelun käyttäminen vaatii JavaScriptin.' },
      { tag: 'p', attrs: { lang: 'sv' }, children: 'Tjänsten kräver JavaScript.' },
      { tag: 'p', attrs: { lang: 'en' }, children: 'This service needs JavaScript.' },
    ],
    injectTo: 'body-prepend',
  },
];

function pageShellPlugin(): Plugin {
  return { name: 'tuki-page-shell', transformIndexHtml: () => pageShell };
}

export function webAppConfig({ base, port }: { base: string; port: number }): UserConfig {
  const server = { port, strictPort: true, proxy: { '/api': 'http://localhost:3000' } };
  return defineConfig({
    base,
    plugins: [react(), pageShellPlugin()],
    server,
    preview: server,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
    },
  });
}
