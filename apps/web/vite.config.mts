import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print } from 'graphql';
import postcss from 'postcss';
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
  '/outcome-figures.csv',
  '/trajectory-reports',
];

/**
 * In the build, each `graphql(`…`)` call becomes the document codegen generated for it, inlined where it is used:
 * the generated `graphql()` looks documents up in one map of every operation of every role, which would put them
 * all in the first load. (The client preset's Babel plugin imports them from one shared module instead, which
 * would do the same.) The types still come from the generated `graphql()`.
 */
function inlineGraphQLDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'werkbrug-inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments();
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

const GENERATED_DOCUMENTS = fileURLToPath(new URL('./src/graphql/generated/graphql.ts', import.meta.url));

/** Every generated document by its export name (`MeDocument`, `VacancyMatchPartsFragmentDoc`, …), as JSON. */
function generatedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, name, json] of readFileSync(GENERATED_DOCUMENTS, 'utf8').matchAll(
    /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as/gm,
  )) {
    documents.set(name, json);
  }
  return documents;
}

const QUERY_TEXTS_MODULE = 'virtual:werkbrug/query-texts';

/**
 * `virtual:werkbrug/query-texts`: each query operation's text by operation name, printed from the generated
 * documents (fragments included), for the start-up script that asks before the GraphQL client has loaded. The
 * bundler keeps only the texts that are imported.
 */
function queryTexts(): Plugin {
  const resolved = `\0${QUERY_TEXTS_MODULE}`;
  return {
    name: 'werkbrug-query-texts',
    resolveId: (id) => (id === QUERY_TEXTS_MODULE ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      this.addWatchFile(GENERATED_DOCUMENTS);
      const exports = [...generatedDocuments()]
        .filter(([name]) => name.endsWith('Document'))
        .map(([name, json]) => {
          const text = print(parse(print(JSON.parse(json) as Parameters<typeof print>[0])));
          return `export const ${name.slice(0, -'Document'.length)} = ${JSON.stringify(text)};`;
        });
      return exports.join('\n');
    },
  };
}

/**
 * The start-up script (main.tsx) is `async`: it runs, and asks its questions, as soon as it has arrived, instead of
 * waiting for the stylesheet like a deferred script does (the stylesheet still holds back the first paint).
 */
function startUpScriptAsync(): Plugin {
  return {
    name: 'werkbrug-start-up-script-async',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace('<script type="module" crossorigin', '<script type="module" async crossorigin'),
    },
  };
}

/** The modules every signed-in page needs (the app shell) and the job seeker's start page, from apps/web. */
const START_MODULES = ['src/app.tsx', 'src/routes/job-seeker/suggestions-page.tsx'];

/**
 * Tells the browser, in index.html's head, about every script the start page will need: it fetches them while it
 * parses the page instead of after the start-up script has run and asked for the app (a cold load of the job
 * seeker's start page requested its 23 other scripts at about 310 ms, 190 ms after the page's head had arrived).
 * These are the start modules with everything they import statically; a page elsewhere in the app downloads the
 * job seeker's page too, a few kB, which it would otherwise fetch only when visited.
 */
function preloadStartPage(): Plugin {
  return {
    name: 'werkbrug-preload-start-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of byFile.get(fileName)?.imports ?? []) visit(imported);
        };
        for (const module of START_MODULES) {
          const chunk = chunks.find((c) =>
            c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/apps/web/${module}`),
          );
          if (!chunk) throw new Error(`preloadStartPage: no chunk for ${module}`);
          visit(chunk.fileName);
        }
        const files = [...wanted].filter((fileName) => !html.includes(`/${fileName}"`));
        return files.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** Mantine's class names: one hashed class per component part (`m_77c9d27d`), the same in its CSS and its code. */
const MANTINE_CLASS = /\bm_[0-9a-f]{8}\b/g;

/**
 * Mantine's stylesheet styles every component in the library (234 kB, parsed before the first paint); the app uses
 * about forty of them. A rule that names a component class no script of the build contains can never match, so it
 * is left out: the bundler has already dropped that component's code. Rules without such a class (variables,
 * the baseline, shared helpers) stay.
 */
function dropUnusedComponentStyles(): Plugin {
  return {
    name: 'werkbrug-drop-unused-component-styles',
    apply: 'build',
    generateBundle(_options, bundle) {
      const outputs = Object.values(bundle);
      const used = new Set(
        outputs.flatMap((output) =>
          output.type === 'chunk' ? (output.code.match(MANTINE_CLASS) ?? []) : [],
        ),
      );
      for (const output of outputs) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.css')) continue;
        const root = postcss.parse(String(output.source));
        root.walkRules((rule) => {
          const kept = rule.selectors.filter((selector) =>
            (selector.match(MANTINE_CLASS) ?? []).every((name) => used.has(name)),
          );
          if (kept.length === 0) rule.remove();
          else if (kept.length < rule.selectors.length) rule.selectors = kept;
        });
        root.walkAtRules((atRule) => {
          if (atRule.nodes?.length === 0) atRule.remove();
        });
        output.source = root.toString();
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    queryTexts(),
    inlineGraphQLDocuments(),
    react(),
    startUpScriptAsync(),
    preloadStartPage(),
    dropUnusedComponentStyles(),
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
    // Fewer, larger files for a page's first load: automatic splitting made a chunk for every set of routes that
    // shares a module, so the job seeker's start page fetched 42 scripts, six at a time over HTTP/1.1, most of
    // them under 1 kB. Libraries and the app's shared modules are grouped by the routes that use them, and groups
    // under the threshold join their nearest neighbour (a route may download a few kB it does not use). The
    // start-up script stays alone, so it runs (and asks its questions) without waiting for anything else.
    // Measured with bench/web-load.bench.ts: 42 → 26 files, the same bytes.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'start-up',
              // With the two modules it shares with the app, which import nothing.
              test: /src[\\/](session[\\/]early-answers|format[\\/]formatters|i18n[\\/]stored-language)\./,
              priority: 1,
            },
            {
              name: 'libraries',
              test: /node_modules[\\/].*\.[cm]?js$/,
              entriesAware: true,
              entriesAwareMergeThreshold: 8 * 1024,
            },
            {
              name: 'shared',
              test: /apps[\\/]web[\\/]src[\\/]/,
              minShareCount: 2,
              entriesAware: true,
              entriesAwareMergeThreshold: 16 * 1024,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
});
