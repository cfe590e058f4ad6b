import { createRequire } from 'module';
import { lazyModule } from '../../modules/platform/defer-archiver';

/**
 * What `archiver` resolves to in tests (jest.config.js moduleNameMapper): cdktf requires it in every
 * test file, and no test zips an asset, so it loads only if one ever does. Node's own resolver
 * finds the real module, by a path the mapper does not match.
 */
const archiverPath = createRequire(require.resolve('cdktf')).resolve('archiver');
module.exports = lazyModule(archiverPath, require);
