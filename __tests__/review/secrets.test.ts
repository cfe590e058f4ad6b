import { displayValue, isSecret, MASK } from '../../review/secrets';

describe('masking secret values', () => {
  test.each([
    ['aws_db_instance', 'password', 'provider marks it sensitive'],
    ['aws_ssm_parameter', 'value', 'provider marks it sensitive, though the name does not say so'],
    ['kubernetes_secret_v1', 'data.identity', 'a Kubernetes secret\'s data'],
    ['aws_lambda_function', 'environment[0].variables.DB_PASSWORD', 'the name reads as a secret'],
    ['aws_ecs_task_definition', 'container_definitions:[0].secretToken', 'a secret-looking key inside a JSON document'],
  ])('Given %s %s, When printed, Then the value is masked (%s)', (type, path) => {
    expect(isSecret(type, path, 'value')).toBe(true);
    expect(displayValue(type, path, 'fixture-value')).toBe(MASK);
  });

  test.each([
    ['aws_db_instance', 'master_user_secret_kms_key_id', '${aws_kms_key.Storage.arn}'],
    ['aws_secretsmanager_secret', 'name', 'prod/gitops-deploy-key'],
    ['aws_db_instance', 'manage_master_user_password', true],
    ['aws_db_instance', 'engine', 'mysql'],
  ])('Given %s %s, When printed, Then the value is shown as it is', (type, path, value) => {
    expect(displayValue(type, path, value)).toBe(typeof value === 'string' ? value : JSON.stringify(value));
  });

  test('Given a secret attribute set from a reference, When printed, Then the reference is shown, revealing nothing', () => {
    expect(displayValue('aws_db_instance', 'password', '${var.database_password}')).toBe('${var.database_password}');
  });
});
