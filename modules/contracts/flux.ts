/**
 * The Flux release the cluster layer bootstraps. The gitops layer writes objects of this release's
 * APIs, and verification checks them against this release's CRDs: one constant keeps all three in step.
 */
export const FLUX_VERSION = 'v2.6.4';
