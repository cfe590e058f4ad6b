import { Construct } from 'constructs';
import { CONTROLLER_SERVICE_ACCOUNTS } from '../../contracts/service-accounts';
import { Environment } from '../../environment/load';
import { FLUX_NAMESPACE } from '../flux/api-versions';
import { HelmRelease } from '../flux/helm-release';
import { HelmRepository } from '../flux/helm-repository';
import { platformLabels } from '../kubernetes-object';
import { namespace } from '../kubernetes/core';
import { Manifest } from '../manifest';
import { fluentBitValues } from './fluent-bit-values';

export const LOGGING = 'logging';

export interface LoggingProps {
  readonly environment: Environment;
}

/** Fluent Bit on every node, shipping application and pod logs to the environment's OpenSearch domain. */
export class Logging extends Construct {
  constructor(scope: Construct, id: string, props: LoggingProps) {
    super(scope, id);
    const { environment } = props;
    const settings = environment.gitops.logging;
    const component = LOGGING;
    const labels = platformLabels(component);
    const account = CONTROLLER_SERVICE_ACCOUNTS.fluentBit;

    // Reading the nodes' /var/log takes hostPath volumes, which only the privileged level admits.
    new Manifest(this, 'Namespace', { layer: 'infra-controllers', component, object: namespace({ name: account.namespace, labels }, 'privileged') });
    new HelmRepository(this, 'Charts', {
      layer: 'infra-controllers',
      component,
      metadata: { name: 'fluent', namespace: FLUX_NAMESPACE, labels },
      url: 'https://fluent.github.io/helm-charts',
    });
    new HelmRelease(this, 'Release', {
      layer: 'infra-controllers',
      component,
      metadata: { name: 'fluent-bit', namespace: FLUX_NAMESPACE, labels },
      targetNamespace: account.namespace,
      chart: { kind: 'HelmRepository', repository: { name: 'fluent' }, chart: 'fluent-bit', version: settings.chartVersion },
      intervalMinutes: environment.gitops.reconcileIntervalMinutes,
      values: fluentBitValues(settings),
    });
  }
}
