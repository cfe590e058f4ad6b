#!/usr/bin/env bash
# Speculative Terraform Cloud plans of one environment's stacks in deploy order (workspaces, network,
# cluster, gitops), from what `npm run synth` wrote. A plan in a workspace with a `cloud` block runs
# remotely and cannot apply. Stacks on local state are skipped: they have no workspace to plan in.
# Needs Terraform and a Terraform Cloud token (TF_TOKEN_app_terraform_io or `terraform login`).
# Usage: scripts/speculative-plans.sh <environment>
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
environment="${1:?usage: scripts/speculative-plans.sh <environment>}"
root="cdktf.out/environments/${environment}/stacks"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
[ -d "$root" ] || { echo "no synthesized stacks in $root: run npm run synth first" >&2; exit 1; }
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
failed=()
echo "### Speculative plans: ${environment}" >> "$summary"
for layer in workspaces network cluster gitops; do
  dir="${root}/${layer}"
  [ -f "${dir}/cdk.tf.json" ] || continue
  if ! grep -q '"cloud"' "${dir}/cdk.tf.json"; then
    echo "${environment}/${layer}: local state, no workspace to plan in; skipped" | tee -a "$summary"
    continue
  fi
  echo "::group::${environment}/${layer}"
  if terraform -chdir="$dir" init -input=false -no-color && terraform -chdir="$dir" plan -input=false -no-color | tee "${dir}/plan.txt"; then
    echo "- ${layer}: $(grep -E '^(Plan:|No changes\.)' "${dir}/plan.txt" | tail -n 1)" >> "$summary"
  else
    failed+=("$layer")
    echo "- ${layer}: **plan failed**" >> "$summary"
  fi
  echo "::endgroup::"
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "speculative plans failed for ${environment}: ${failed[*]}" >&2
  exit 1
fi
