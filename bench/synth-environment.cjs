// Synthesizes the named environments of an environments folder, as `npm run synth` does, and prints
// the milliseconds spent in synthAll (after module load) as JSON. Used by the scale measure.
const path = require('path');
const loaded = performance.now();
const { synthAll } = require(path.resolve(__dirname, '..', 'dist', 'bin', 'synth-all.js'));
const [environmentsDir, outRoot, ...names] = process.argv.slice(2);
const started = performance.now();
synthAll(names, outRoot, environmentsDir);
process.stdout.write(JSON.stringify({ loadMs: started - loaded, synthMs: performance.now() - started }) + '\n');
