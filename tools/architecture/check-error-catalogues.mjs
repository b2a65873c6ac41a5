#!/usr/bin/env node
// Every user-facing error a lib throws is named in its errors file (`libs/<lib>/src/<lib>.errors.ts`), with its
// bilingual message and a stable `reason` (see libs/core/src/errors.ts). This check fails when a file in
// libs/*/src builds an error's message in place:
//   - an object literal with `en` and `nl` keys among the arguments of `new <Something>Error(…)`
//     (`{ en: '…', nl: '…' }`, `{ en, nl }`, either branch of a ternary);
//   - a module-level constant `const X = { en: …, nl: … }` (or a record of such messages) named among those
//     arguments, whether the file declares it or imports it.
// Errors files and specs are exempt, and so are libs whose bilingual texts are product text rather than errors:
// core (the generic errors themselves), matching-core and scheduling-core (explanations), privacy-guard (rules).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const EXEMPT_LIBS = new Set(['core', 'matching-core', 'privacy-guard', 'scheduling-core']);

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') walk(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const BILINGUAL_KEY = { en: /(?:^|[{,\s])en\s*[:,}]/, nl: /(?:^|[{,\s])nl\s*[:,}]/ };
const isBilingual = (text) => BILINGUAL_KEY.en.test(text) && BILINGUAL_KEY.nl.test(text);

/** The text from `open` (an opening bracket) to its matching close, skipping string and template literals. */
function balanced(source, open) {
  const pairs = { '(': ')', '{': '}', '[': ']' };
  const stack = [];
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return source.slice(open, i + 1);
    }
  }
  return source.slice(open);
}

const lineOf = (source, index) => source.slice(0, index).split('\n').length;

/** Module-level constants whose value holds a bilingual message: `[export] const NAME[: Type] = {` at column 0. */
function bilingualConstants(source) {
  const names = new Set();
  for (const m of source.matchAll(/^(?:export\s+)?const\s+(\w+)\s*(?::[^=\n]+)?=\s*\{/gm)) {
    const body = balanced(source, m.index + m[0].length - 1);
    if (isBilingual(body)) names.add(m[1]);
  }
  return names;
}

const libsDir = join(ROOT, 'libs');
const files = readdirSync(libsDir).flatMap((lib) => {
  const src = join(libsDir, lib, 'src');
  try {
    return walk(src).map((path) => ({ lib, path, source: readFileSync(path, 'utf8') }));
  } catch {
    return [];
  }
});

// Constants from any lib's file (errors files included): a service that imports one and throws it skips the
// named error all the same.
const constantsByName = new Set(files.flatMap((f) => [...bilingualConstants(f.source)]));

const breaches = [];
for (const { lib, path, source } of files) {
  if (EXEMPT_LIBS.has(lib) || path.endsWith('.errors.ts')) continue;
  const own = bilingualConstants(source);
  const imported = [...source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from/g)].flatMap((m) =>
    m[1].split(',').map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .pop(),
    ),
  );
  const visible = new Set([...own, ...imported.filter((name) => constantsByName.has(name))]);
  for (const m of source.matchAll(/new\s+\w+Error\s*\(/g)) {
    const args = balanced(source, m.index + m[0].length - 1);
    const named = (args.match(/\b[A-Za-z_]\w*\b/g) ?? []).find((word) => visible.has(word));
    if (isBilingual(args) || named) {
      const what = named ? `message constant ${named}` : 'inline { en, nl } message';
      breaches.push(`${relative(ROOT, path)}:${lineOf(source, m.index)}  ${what} in ${m[0].trim()}…)`);
    }
  }
}

if (breaches.length > 0) {
  console.error(
    `Errors with messages written in place (${breaches.length}): name them in the lib's <lib>.errors.ts, ` +
      'with a reason (see libs/core/src/errors.ts):',
  );
  for (const line of breaches) console.error(`  ${line}`);
  process.exit(1);
}
console.log('Error catalogues: every error message with a reason lives in its lib’s errors file.');
