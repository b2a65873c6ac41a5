import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

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

/**
 * In the build, each `graphql(`…`)` call becomes the document codegen generated for it, inlined where it is used:
 * the generated `graphql()` looks documents up in one map of every operation of every role, which would put them
 * all in the first load. (The client preset's Babel plugin imports them from one shared module instead, which
 * would do the same.) The types still come from the generated `graphql()`.
 */
function inlineGraphQLDocuments(): Plugin {
  const generated = fileURLToPath(new URL('./src/graphql/generated/graphql.ts', import.meta.url));
  const documents = new Map<string, string>();
  return {
    name: 'werkbrug-inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const source = readFileSync(generated, 'utf8');
      for (const [, name, json] of source.matchAll(
        /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as/gm,
      )) {
        documents.set(name, json);
      }
    },
    transform(code, id) {
      if (
        !id.includes('/apps/web/src/') ||
        id.includes('/graphql/generated/') ||
        !code.includes('graphql(`')
      ) {
        return null;
      }
      const inlined = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, text: string) => {
        const [, kind, name] = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(text) ?? [];
        const json = documents.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (!json)
          this.error(`${id}: no generated document for ${name ?? 'a graphql() call'}; run npm run codegen`);
        // The same number of lines, so the source map still points at the right line.
        return `JSON.parse(${JSON.stringify(json)})${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      return { code: inlined, map: null };
    },
  };
}

/**
 * The start-up script (main.tsx) asks the first GraphQL questions and then imports the app. So that the app's
 * code downloads alongside the start-up script instead of after it, the page's head names the app's chunks as
 * module preloads (fetched and compiled, run only when imported). The start-up script itself is `async`: it runs
 * as soon as it has arrived, without waiting for the stylesheet (which still holds back the first paint).
 */
function startAppAlongside(): Plugin {
  return {
    name: 'werkbrug-start-app-alongside',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app.tsx'));
        if (!app) this.error('no chunk for src/app.tsx');
        const closure = new Set<string>();
        const visit = (fileName: string) => {
          if (closure.has(fileName)) return;
          closure.add(fileName);
          chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
        };
        visit(app.fileName);
        const preloads = [...closure]
          .filter((fileName) => !html.includes(`/${fileName}"`))
          .map((fileName) => `<link rel="modulepreload" crossorigin href="/${fileName}">`);
        return html
          .replace('<script type="module" crossorigin', '<script type="module" async crossorigin')
          .replace(
            /(\s*)<\/head>/,
            (end, space: string) => `${preloads.map((link) => space + '  ' + link).join('')}${end}`,
          );
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    inlineGraphQLDocuments(),
    react(),
    startAppAlongside(),
    // Brotli and gzip copies beside each file, made once at build time: the gateway sends them as they are
    // instead of compressing every script for every visitor (which cost it more CPU than the API answers).
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
  ],
  resolve: { alias: { '@web': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Maps beside the files for whoever debugs a deployment, without a reference in each script that every
    // visitor downloads (about 2 kB of the first load's budget).
    sourcemap: 'hidden',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
});
