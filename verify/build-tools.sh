#!/usr/bin/env bash
# Installs every verification tool into .tools/ from the package registries only (Go module proxy, PyPI),
# at the versions pinned in verify/versions.sh. Reuses whatever it already built; never skips silently:
# anything it cannot get is written to .tools/BLOCKED and reported by the checks that need it.
set -euo pipefail
source "$(dirname "$0")/versions.sh"
source "$(dirname "$0")/lib.sh"
LOG_TAG=tools
mkdir -p "$TOOLS_DIR/bin" "$PLUGIN_MIRROR" "$TOOLS_DIR/go-src"
export GOFLAGS=-mod=mod GOBIN="$TOOLS_DIR/bin" CGO_ENABLED=0
OS_ARCH="$(go env GOOS)_$(go env GOARCH)"
BLOCKED="$TOOLS_DIR/BLOCKED"
: >"$BLOCKED"

# provider namespace type version module [stand-in pseudo-version]
provider() {
  local ns=$1 type=$2 version=$3 module=$4 standin=${5:-} target src why reported=$3
  target="$PLUGIN_MIRROR/registry.terraform.io/$ns/$type/$version/$OS_ARCH/terraform-provider-${type}_v$version"
  if [[ -x $target ]]; then log "$ns/$type $version: cached"; return; fi
  for mirror in "${EXTRA_PLUGIN_MIRRORS[@]}"; do
    if compgen -G "$mirror/registry.terraform.io/$ns/$type/$version/$OS_ARCH/terraform-provider-${type}_v$version*" >/dev/null; then
      log "$ns/$type $version: found in $mirror"; return
    fi
  done
  if src=$(module_copy "$module" "v$version" 2>/tmp/why.$$); then
    log "$ns/$type $version: building from $module@v$version"
  elif [[ -n $standin ]] && src=$(module_copy "$module" "$standin" 2>/dev/null); then
    why=$(cat /tmp/why.$$)
    log "$ns/$type $version: proxy refuses v$version ($why); building STAND-IN $module@$standin"
    echo "$ns/$type $version STAND-IN $standin: the Go module proxy refuses v$version ($why)" >>"$TOOLS_DIR/STANDINS.tmp"
    reported=$standin # what the binary says it is; the mirror path keeps the pinned version for terraform init
  else
    why=$(cat /tmp/why.$$)
    log "$ns/$type $version: BLOCKED, proxy refuses $module@v$version ($why)"
    echo "$ns/$type $version: the Go module proxy refuses $module@v$version ($why)" >>"$BLOCKED"
    rm -f /tmp/why.$$; return
  fi
  rm -f /tmp/why.$$
  mkdir -p "$(dirname "$target")"
  (cd "$src" && go build -trimpath -ldflags "-s -w -X main.version=$reported" -o "$target.tmp" . && mv "$target.tmp" "$target")
}

SECONDS=0
: >"$TOOLS_DIR/STANDINS.tmp"

if command -v terraform >/dev/null && [[ $(TF_CLI_CONFIG_FILE=/dev/null terraform version) == *"v$TERRAFORM_VERSION"* ]]; then
  log "terraform $TERRAFORM_VERSION: $(command -v terraform)"
elif [[ -x $TOOLS_DIR/bin/terraform ]]; then
  log "terraform $TERRAFORM_VERSION: cached in .tools/bin"
elif [[ -x $TOOLS_DIR/bin/tofu ]]; then
  log "terraform $TERRAFORM_VERSION: not on this machine; OpenTofu $TOFU_VERSION cached in .tools/bin stands in"
else
  log "terraform $TERRAFORM_VERSION not on PATH: building it from the Go module proxy"
  if src=$(module_copy github.com/hashicorp/terraform "v$TERRAFORM_VERSION") && sed -i '/tlskyber/d' "$src/go.mod" \
    && (cd "$src" && go build -trimpath -o "$TOOLS_DIR/bin/terraform" .); then
    log "terraform $TERRAFORM_VERSION: built"
  else
    log "terraform $TERRAFORM_VERSION cannot be built from the proxy (nested modules missing): building OpenTofu $TOFU_VERSION to stand in"
    if src=$(module_copy github.com/opentofu/opentofu "$TOFU_VERSION") && (cd "$src" && go build -trimpath -o "$TOOLS_DIR/bin/tofu" ./cmd/tofu); then
      log "OpenTofu $TOFU_VERSION: built; the Terraform checks run with it and say so"
    else
      echo "terraform $TERRAFORM_VERSION: not on this machine, and neither it nor OpenTofu $TOFU_VERSION could be built from the Go module proxy" >>"$BLOCKED"
    fi
  fi
fi

provider hashicorp aws "$AWS_PROVIDER_VERSION" github.com/hashicorp/terraform-provider-aws
provider hashicorp kubernetes "$KUBERNETES_PROVIDER_VERSION" github.com/hashicorp/terraform-provider-kubernetes "$KUBERNETES_PROVIDER_STANDIN"
provider hashicorp helm "$HELM_PROVIDER_VERSION" github.com/hashicorp/terraform-provider-helm "$HELM_PROVIDER_STANDIN"
provider hashicorp tfe "$TFE_PROVIDER_VERSION" github.com/hashicorp/terraform-provider-tfe
provider fluxcd flux "$FLUX_PROVIDER_VERSION" github.com/fluxcd/terraform-provider-flux
# Stand-ins are recorded once they are built, so that a later cached run still reports them.
cat "$TOOLS_DIR/STANDINS.tmp" >>"$TOOLS_DIR/STANDINS" 2>/dev/null; rm -f "$TOOLS_DIR/STANDINS.tmp"
sort -u -o "$TOOLS_DIR/STANDINS" "$TOOLS_DIR/STANDINS"

if [[ ! -x $TOOLS_DIR/bin/kubeconform ]]; then
  log "kubeconform $KUBECONFORM_VERSION: go install"
  go install "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION"
fi

if [[ ! -x $TOOLS_DIR/bin/controller-gen ]]; then
  log "controller-gen $CONTROLLER_GEN_VERSION (writes the Flux CRDs from the controllers' API types): go install"
  go install "sigs.k8s.io/controller-tools/cmd/controller-gen@$CONTROLLER_GEN_VERSION"
fi

if ! "$TOOLS_DIR/venv/bin/checkov" --version 2>/dev/null | grep -qx "$CHECKOV_VERSION"; then
  log "checkov $CHECKOV_VERSION: pip install into .tools/venv"
  python3 -m venv "$TOOLS_DIR/venv"
  "$TOOLS_DIR/venv/bin/pip" install -q --disable-pip-version-check "checkov==$CHECKOV_VERSION"
fi

log "tools ready in ${SECONDS}s"
