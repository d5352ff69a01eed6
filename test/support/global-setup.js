// Build the cloud-function bundles once per test run; every action test loads these bundles
// through the local cloud, exactly as `npm start` does.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, '../../scripts/build-functions.mjs')], { stdio: 'inherit' });
};
