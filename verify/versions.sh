# Pinned versions of every verification tool: the one place to change them. Sourced by verify/*.sh.
# Provider versions match the prebuilt cdktf bindings (package.json) and what the stacks' required_providers pin.
TERRAFORM_VERSION=1.11.4
# Built instead when a machine has no Terraform: Terraform's own module cannot be built from the proxy
# (its go.mod replaces nested modules with directories that the module zip leaves out).
TOFU_VERSION=v1.10.6
AWS_PROVIDER_VERSION=5.100.0
KUBERNETES_PROVIDER_VERSION=2.38.0
HELM_PROVIDER_VERSION=3.1.1
TFE_PROVIDER_VERSION=0.71.0
# fluxcd/flux 1.6.x is the provider line that bootstraps Flux v2.6 (modules/contracts/flux.ts: FLUX_VERSION).
FLUX_PROVIDER_VERSION=1.6.4
KUBECONFORM_VERSION=v0.7.0
CHECKOV_VERSION=3.2.533
# Writes Flux CRDs from the controllers' API modules (the proxy refuses most controllers' root modules).
CONTROLLER_GEN_VERSION=v0.17.3
# Schemas (verify/schemas.sh): the Kubernetes patch release whose OpenAPI document stands for each minor an
# environment may run (modules/environment/schema.ts: KUBERNETES_VERSIONS), and kube-prometheus-stack's
# operator generation, whose CRD gives PrometheusRule monitoring.coreos.com/v1. Flux's version is FLUX_VERSION.
declare -A KUBERNETES_RELEASES=([1.31]=v1.31.14 [1.32]=v1.32.13 [1.33]=v1.33.4)
PROMETHEUS_OPERATOR_VERSION=v0.83.0

# Stand-ins, used only when the Go module proxy refuses the pinned version (and always reported as such):
# the kubernetes and helm providers tag v2/v3 releases without a /v2 or /v3 module path, so no Go module
# version names them; the proxy serves only these main-branch snapshots (pseudo-versions).
KUBERNETES_PROVIDER_STANDIN=v1.13.4-0.20260821094251-3a33fb6cc605   # main 2026-08-21, after 3.2.1
HELM_PROVIDER_STANDIN=v1.3.3-0.20260629194918-a4f1c1d8b008          # main 2026-06-29, after 3.2.0

TOOLS_DIR="${TOOLS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools}"
PLUGIN_MIRROR="$TOOLS_DIR/terraform-plugins"
# Mirrors already on the machine (this project's machines ship hashicorp/aws here); used before building.
EXTRA_PLUGIN_MIRRORS=(/opt/tf-plugins)
