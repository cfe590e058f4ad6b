#!/usr/bin/env bash
# Validates the AWS part of each synthesized cluster stack with `terraform validate` against the
# offline hashicorp/aws mirror. The kubernetes, helm and flux providers are not in the mirror, so a
# copy of each stack without them (and without the cloud backend) is validated instead.
# Usage: npm run synth && scripts/validate-cluster-aws.sh [mirror-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
mirror="${1:-/opt/tf-plugins}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'provider_installation {\n  filesystem_mirror { path = "%s" }\n}\n' "$mirror" > "$work/tf.rc"
for stack in cdktf.out/environments/*/stacks/cluster/cdk.tf.json; do
  env="$(basename "$(dirname "$(dirname "$(dirname "$stack")")")")"
  mkdir -p "$work/$env"
  node -e '
    const fs = require("fs");
    const config = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    delete config.terraform.cloud;
    delete config.terraform.backend;
    for (const name of ["flux", "helm", "kubernetes"]) {
      delete config.terraform.required_providers[name];
      delete config.provider[name];
    }
    config.resource = Object.fromEntries(Object.entries(config.resource).filter(([type]) => type.startsWith("aws_")));
    fs.writeFileSync(process.argv[2], JSON.stringify(config, null, 1));
  ' "$stack" "$work/$env/main.tf.json"
  (cd "$work/$env" && TF_CLI_CONFIG_FILE="$work/tf.rc" terraform init -backend=false -input=false >/dev/null \
    && printf '%s: ' "$env" && TF_CLI_CONFIG_FILE="$work/tf.rc" terraform validate -no-color)
done
