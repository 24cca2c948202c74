import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API server at /staff/; in `vite dev`, API calls go to the server on port 3000.
export default defineConfig({
  base: '/staff/',
  plugins: [react()],
  server: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    port: 5174,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
