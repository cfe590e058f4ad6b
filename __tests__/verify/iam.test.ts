import { iamChecks, matchingActions, policiesOf, statementProblems } from '../../verify/iam';

describe('IAM actions against the AWS service authorization catalogue', () => {
  test('Given a wildcard action, then it expands to the real actions it matches', async () => {
    const actions = await matchingActions('kms:Encrypt*');
    expect(actions).toContain('kms:Encrypt');
    expect(actions.every((a) => a.startsWith('kms:Encrypt'))).toBe(true);
  });

  test.each([
    ['a misspelt action', { Effect: 'Allow', Action: 'logs:PutLogEvent', Resource: 'arn:aws:logs:eu-west-2:1:log-group:x:*' }, 'action logs:PutLogEvent is not in the AWS service authorization catalogue'],
    ['a wildcard matching nothing', { Effect: 'Allow', Action: 'kms:Encrypted*', Resource: 'arn:aws:kms:eu-west-2:1:key/x' }, 'action kms:Encrypted* is not in the AWS service authorization catalogue'],
    ['an unknown service', { Effect: 'Allow', Action: 'nosuch:Get', Resource: 'x' }, 'action nosuch:Get is not in the AWS service authorization catalogue'],
    ['all actions', { Effect: 'Allow', Action: '*', Resource: 'x' }, 'allows *'],
    ['a whole service', { Effect: 'Allow', Action: 's3:*', Resource: 'x' }, 'allows s3:*'],
    ['write actions on every resource', { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: '*' }, 'allows write actions on "*": s3:PutObject'],
  ])('Given a statement with %s, then it is reported', async (_name, statement, message) => {
    expect(await statementProblems(statement)).toContain(message);
  });

  test('Given read-only actions on every resource and exact write actions on named resources, then nothing is reported', async () => {
    expect(await statementProblems({ Effect: 'Allow', Action: ['ec2:DescribeInstances', 'ecr:GetAuthorizationToken'], Resource: '*' })).toEqual([]);
    expect(await statementProblems({ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: 'arn:aws:logs:eu-west-2:1:log-group:x:*' })).toEqual([]);
  });

  test('Given a KMS key policy, then Resource "*" is read as the key itself', async () => {
    const statement = { Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' };
    expect(await statementProblems(statement, true)).toEqual([]);
    expect(await statementProblems(statement, false)).not.toEqual([]);
  });

  test('Given policies in several attributes, then each JSON policy is found and ARNs or names are not', () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] });
    const { policies, unreadable } = policiesOf({
      resource: {
        aws_iam_role: { R: { assume_role_policy: policy } },
        aws_opensearch_domain: { D: { access_policies: policy } },
        aws_iam_role_policy_attachment: { A: { policy_arn: 'arn:aws:iam::aws:policy/X' } },
        aws_iam_policy: { P: { policy: '${jsonencode({Statement = []})}' } },
      },
      data: { aws_iam_policy_document: { Doc: { statement: [{ actions: ['s3:GetObject'], resources: ['*'] }] } } },
    });
    expect(policies.map((p) => p.address).sort()).toEqual(['aws_iam_role.R.assume_role_policy', 'aws_opensearch_domain.D.access_policies', 'data.aws_iam_policy_document.Doc']);
    expect(unreadable).toEqual(['aws_iam_policy.P.policy']);
  });
});

describe('the IAM allow list', () => {
  const keyPolicy = (sid: string) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::1:root' }, Action: 'kms:*', Resource: '*' }] });
  const stack = (sid: string) => ({ environment: 'e', stack: 's', file: 'f', json: { resource: { aws_kms_key: { Key: { policy: keyPolicy(sid) } } } } });

  test('Given the listed key-administration statement, then it passes as allow-listed', async () => {
    const [result] = await iamChecks([stack('AccountAdministersKeyThroughIam')]);
    expect(result.status).toBe('pass');
    expect(result.detail).toContain('1 allow-listed, 0 failed');
  });

  test('Given the same grant under another Sid, then it fails and names the statement', async () => {
    const [result] = await iamChecks([stack('SomethingElse')]);
    expect(result.status).toBe('fail');
    expect(result.detail).toContain('aws_kms_key.Key.policy statement SomethingElse: allows kms:*');
  });
});
