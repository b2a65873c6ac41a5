// Lets a spec start the real worker as its own process straight from the TypeScript sources (so it can be
// killed like a crashed production worker) without a build: .ts files are compiled by swc on load, with the same
// options as Jest, and @werkbrug/* paths resolve through tsconfig-paths. Node itself loads the ESM-only packages.
const fs = require('node:fs');
const path = require('node:path');
const { addHook } = require('pirates');
const swc = require('@swc/core');

const root = path.join(__dirname, '..', '..');
const swcConfig = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
addHook(
  (code, filename) =>
    swc.transformSync(code, { ...swcConfig, swcrc: false, filename, sourceMaps: 'inline' }).code,
  { exts: ['.ts'], ignoreNodeModules: true },
);
require('tsconfig-paths').register({
  baseUrl: root,
  paths: JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions.paths,
});
