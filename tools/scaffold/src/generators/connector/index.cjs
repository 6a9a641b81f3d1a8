// Nx loads generator factories with require(); the generator is TypeScript importing the workspace's
// path aliases (@connspec/core), so it is loaded through tsx with the workspace tsconfig, as the CLI is.
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

async function connectorGenerator(tree, options) {
  const { tsImport } = await import('tsx/esm/api');
  const tsconfig = join(__dirname, '../../../../../tsconfig.base.json');
  const mod = await tsImport(pathToFileURL(join(__dirname, 'generator.ts')).href, { parentURL: pathToFileURL(__filename).href, tsconfig });
  return mod.connectorGenerator(tree, options);
}

module.exports = connectorGenerator;
module.exports.default = connectorGenerator;
