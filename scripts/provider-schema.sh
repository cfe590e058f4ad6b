#!/usr/bin/env bash
# Prints `terraform providers schema -json` of hashicorp/aws 5.100.0 (the version @cdktf/provider-aws
# 20.1.0 binds), offline, from a filesystem mirror of the provider (default /opt/tf-plugins).
# Usage: scripts/provider-schema.sh > /tmp/aws-schema.json
set -euo pipefail
mirror="${TF_PLUGIN_MIRROR:-/opt/tf-plugins}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'provider_installation {\n  filesystem_mirror { path = "%s" }\n}\n' "$mirror" > "$work/cli.tfrc"
printf '{"terraform":{"required_providers":{"aws":{"source":"hashicorp/aws","version":"5.100.0"}}}}\n' > "$work/main.tf.json"
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" CHECKPOINT_DISABLE=1
terraform -chdir="$work" init -backend=false -input=false >/dev/null
terraform -chdir="$work" providers schema -json
