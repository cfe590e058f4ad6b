import { Construct } from 'constructs';
import { CONTROLLER_SERVICE_ACCOUNTS } from '../../contracts/service-accounts';
import { Environment } from '../../environment/load';
import { FLUX_NAMESPACE } from '../flux/api-versions';
import { HelmRelease } from '../flux/helm-release';
import { HelmRepository } from '../flux/helm-repository';
import { platformLabels } from '../kubernetes-object';
import { namespace } from '../kubernetes/core';
import { Manifest } from '../manifest';
import { containerResources } from './pod-settings';

export const EXTERNAL_DNS = 'external-dns';

export interface ExternalDnsProps {
  readonly environment: Environment;
}

/**
 * external-dns with the cluster stack's IRSA role, limited to the environment's own zone twice over:
 * by domain and by zone ID, so a record can never land in a parent or sibling zone.
 */
export class ExternalDns extends Construct {
  constructor(scope: Construct, id: string, props: ExternalDnsProps) {
    super(scope, id);
    const { environment } = props;
    const settings = environment.gitops.externalDns;
    const account = CONTROLLER_SERVICE_ACCOUNTS.externalDns;
    const component = EXTERNAL_DNS;
    const labels = platformLabels(component);

    new Manifest(this, 'Namespace', { layer: 'infra-controllers', component, object: namespace({ name: account.namespace, labels }, 'restricted') });
    new HelmRepository(this, 'Charts', {
      layer: 'infra-controllers',
      component,
      metadata: { name: 'external-dns', namespace: FLUX_NAMESPACE, labels },
      url: 'https://kubernetes-sigs.github.io/external-dns',
    });
    new HelmRelease(this, 'Release', {
      layer: 'infra-controllers',
      component,
      metadata: { name: component, namespace: FLUX_NAMESPACE, labels },
      targetNamespace: account.namespace,
      chart: { kind: 'HelmRepository', repository: { name: 'external-dns' }, chart: 'external-dns', version: settings.chartVersion },
      intervalMinutes: environment.gitops.reconcileIntervalMinutes,
      values: {
        provider: { name: 'aws' },
        env: [{ name: 'AWS_DEFAULT_REGION', value: '${AWS_REGION}' }],
        serviceAccount: { create: true, name: account.name, annotations: { 'eks.amazonaws.com/role-arn': '${EXTERNAL_DNS_ROLE_ARN}' } },
        sources: ['service', 'ingress'],
        domainFilters: ['${HOSTED_ZONE_NAME}'],
        extraArgs: ['--zone-id-filter=${HOSTED_ZONE_ID}', '--aws-zone-type=public'],
        policy: settings.policy,
        registry: 'txt',
        txtOwnerId: '${CLUSTER_NAME}',
        resources: containerResources(settings.resources),
        serviceMonitor: { enabled: environment.gitops.monitoring.enabled },
      },
    });
  }
}
