#!/usr/bin/env bash
# Regenerates schemas/kubernetes/: JSON schemas of every kind the gitops layer emits, from upstream
# sources fetched through the Go module proxy. Run it after changing FLUX_VERSION, the Kubernetes
# version or the kinds emitted; tests and kubeconform read the committed output, never the network.
#
#   bash scripts/schemas/generate.sh
#
# Needs Go (any recent release) and Node with the project's node_modules.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Flux v2.6.4 (modules/contracts/flux.ts) ships these controller API versions (flux2 manifests/bases).
SOURCE_API=github.com/fluxcd/source-controller/api@v1.6.2
KUSTOMIZE_API=github.com/fluxcd/kustomize-controller/api@v1.6.1
HELM_API=github.com/fluxcd/helm-controller/api@v1.3.0
# controller-gen turns the API types into CRDs, exactly as the controllers' own Makefiles do.
CONTROLLER_GEN=sigs.k8s.io/controller-tools/cmd/controller-gen@v0.17.3
# Kubernetes' OpenAPI document of the cluster version (environments use 1.33).
KUBERNETES=k8s.io/kubernetes@v1.33.4
# kube-prometheus-stack's operator generation: PrometheusRule monitoring.coreos.com/v1.
PROMETHEUS_OPERATOR=github.com/prometheus-operator/prometheus-operator@v0.83.0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOPATH="$work/gopath" GOFLAGS=-mod=mod GOTOOLCHAIN=local
module_dir() { go mod download -json "$1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s);if(m.Error){console.error(m.Error);process.exit(1)}console.log(m.Dir)})'; }

GOBIN="$work/bin" go install "$CONTROLLER_GEN"
mkdir -p "$work/crds"
for api in "$SOURCE_API" "$KUSTOMIZE_API" "$HELM_API"; do
  copy="$work/src/$(basename "${api%@*}")-$(dirname "${api%@*}" | xargs basename)"
  mkdir -p "$copy" && cp -r "$(module_dir "$api")/." "$copy" && chmod -R u+w "$copy"
  (cd "$copy" && "$work/bin/controller-gen" crd paths=./... output:crd:artifacts:config="$work/crds")
done
cp "$(module_dir "$PROMETHEUS_OPERATOR")/example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml" "$work/crds/"

node scripts/schemas/to-json-schema.js \
  --swagger "$(module_dir "$KUBERNETES")/api/openapi-spec/swagger.json" \
  --crds "$work/crds" \
  --out schemas/kubernetes
