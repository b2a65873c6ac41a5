import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const gateway = process.env.WERKBRUG_GATEWAY_URL ?? 'http://127.0.0.1:3000';
// The dev server forwards the API paths, so the browser sees one origin, as in production.
const apiPaths = [
  '/graphql',
  '/auth',
  '/health',
  '/sessions',
  '/calendar',
  '/my-data',
  '/reciprocity-ledger.csv',
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { '@web': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
});
