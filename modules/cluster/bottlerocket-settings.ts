/**
 * Bottlerocket settings for the nodes, rendered to TOML user data. EKS merges this TOML with the
 * settings it generates for a managed node group (API server, CA, cluster name, cluster DNS), but
 * only when the node group has a launch template of its own; without one the settings are silently
 * dropped (terraform-aws-eks #3175). The rendered text has a committed snapshot, so review shows diffs.
 */

export type TomlValue = string | number | boolean;
/** TOML tables by dotted name, e.g. `settings.kernel`, each a set of key-value pairs. */
export type TomlTables = Readonly<Record<string, Readonly<Record<string, TomlValue>>>>;

export type KernelLockdown = 'none' | 'integrity' | 'confidentiality';

export interface BottlerocketSettingsProps {
  /** The admin host container gives root on the host; break-glass only. @default false */
  readonly adminContainer?: boolean;
  /** The control host container runs the SSM agent (Session Manager access). @default true */
  readonly controlContainer?: boolean;
  /** @default "integrity" */
  readonly kernelLockdown?: KernelLockdown;
  /** Extra node labels applied by the kubelet itself. @default - none */
  readonly nodeLabels?: Readonly<Record<string, string>>;
}

export function bottlerocketSettings(props: BottlerocketSettingsProps = {}): TomlTables {
  const tables: Record<string, Record<string, TomlValue>> = {
    'settings.kernel': { lockdown: props.kernelLockdown ?? 'integrity' },
    'settings.host-containers.admin': { enabled: props.adminContainer ?? false },
    'settings.host-containers.control': { enabled: props.controlContainer ?? true },
    // No phoning home: Bottlerocket otherwise reports a health ping to its update service.
    'settings.metrics': { 'send-metrics': false },
  };
  if (props.nodeLabels && Object.keys(props.nodeLabels).length > 0) {
    tables['settings.kubernetes.node-labels'] = { ...props.nodeLabels };
  }
  return tables;
}

/** TOML text of the tables: keys quoted when they are not bare keys, tables in the given order. */
export function renderToml(tables: TomlTables): string {
  return Object.entries(tables)
    .map(([name, entries]) => {
      const lines = Object.entries(entries).map(([key, value]) => `${tomlKey(key)} = ${tomlValue(value)}`);
      return [`[${name.split('.').map(tomlKey).join('.')}]`, ...lines].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}

function tomlValue(value: TomlValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
