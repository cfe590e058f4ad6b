import * as fs from 'fs';
import * as path from 'path';
import { allocate } from './cidr';
import { crossFieldIssues, SettingsIssue } from './rules';
import { EnvironmentSettings, environmentSchema } from './schema';

/** A validated environment with the values derived from its settings. */
export interface Environment extends EnvironmentSettings {
  /** The settings file's name, e.g. `prod` for environments/prod.ts. */
  readonly name: string;
  readonly clusterName: string;
  /** Subnet CIDRs per tier, index i in availabilityZones[i]. */
  readonly subnets: { readonly public: string[]; readonly private: string[]; readonly database: string[] };
}

export interface EnvironmentIssue extends SettingsIssue {
  readonly environment: string;
}

export class EnvironmentValidationError extends Error {
  constructor(public readonly issues: readonly EnvironmentIssue[]) {
    super(
      `Invalid environment settings (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  - environment "${issue.environment}", field ${issue.field}: ${issue.message}`).join('\n'),
    );
    this.name = 'EnvironmentValidationError';
  }
}

/** The folder of settings files: environments/ beside modules/, in the sources and in dist/ alike. */
export const ENVIRONMENTS_DIR = path.resolve(__dirname, '..', '..', 'environments');
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,15}$/;

/** Validates one environment's raw settings; returns the issues instead of throwing. */
export function checkEnvironment(name: string, raw: unknown): { environment?: Environment; issues: EnvironmentIssue[] } {
  const issues: SettingsIssue[] = [];
  if (!NAME_PATTERN.test(name)) {
    issues.push({ field: '(file name)', message: 'must be 1-16 lower-case letters, digits or "-", starting with a letter, e.g. staging.ts' });
  }
  const parsed = environmentSchema.safeParse(raw);
  if (!parsed.success) {
    issues.push(...parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(root)', message: issue.message })));
  }
  issues.push(...crossFieldIssues(raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}));
  const withEnvironment = issues.map((issue) => ({ environment: name, ...issue }));
  if (withEnvironment.length > 0 || !parsed.success) return { issues: withEnvironment };
  return { environment: resolve(name, parsed.data), issues: [] };
}

export function validateEnvironment(name: string, raw: unknown): Environment {
  const { environment, issues } = checkEnvironment(name, raw);
  if (!environment) throw new EnvironmentValidationError(issues);
  return environment;
}

function resolve(name: string, settings: EnvironmentSettings): Environment {
  const zones = settings.availabilityZones.length;
  const { public: pub, private: priv, database } = settings.network.subnetPrefixLengths;
  // Checked by rules.ts before we get here, so allocation cannot fail.
  const cidrs = allocate(settings.network.vpcCidr, [...Array(zones).fill(pub), ...Array(zones).fill(priv), ...Array(zones).fill(database)])!;
  return {
    ...settings,
    name,
    clusterName: `${name}-platform`,
    subnets: { public: cidrs.slice(0, zones), private: cidrs.slice(zones, 2 * zones), database: cidrs.slice(2 * zones) },
  };
}

/** Names of the settings files in `dir`: every .ts or .js module, so adding an environment is adding a file. */
export function environmentNames(dir: string = ENVIRONMENTS_DIR): string[] {
  const names = fs
    .readdirSync(dir)
    .filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => file.replace(/\.(ts|js)$/, ''));
  return [...new Set(names)].sort();
}

function readSettings(name: string, dir: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(path.join(dir, name));
  return module.default ?? module.environment;
}

/** Loads and validates the named environments (all by default), reporting every problem of every one at once. */
export function loadEnvironments(names?: readonly string[], dir: string = ENVIRONMENTS_DIR): Environment[] {
  const known = environmentNames(dir);
  const wanted = names ?? known;
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new EnvironmentValidationError(
      unknown.map((name) => ({ environment: name, field: '(file)', message: `no settings file environments/${name}.ts; known: ${known.join(', ')}` })),
    );
  }
  const results = wanted.map((name) => checkEnvironment(name, readSettings(name, dir)));
  const issues = results.flatMap((result) => result.issues);
  if (issues.length > 0) throw new EnvironmentValidationError(issues);
  return results.map((result) => result.environment!);
}
