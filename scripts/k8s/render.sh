#!/usr/bin/env bash
# Renders the Kubernetes manifests: k8s/base, k8s/overlays/dev and k8s/overlays/prod, each to
# OUT/<name>.yaml (default OUT: .build/k8s). `make k8s` runs it; the deployment tests validate
# what it writes.
#
# Uses `kubectl kustomize`, or a standalone `kustomize`; with neither, installs Debian's
# kubernetes-client (kubectl 1.20, Kustomize v2.0.3 inside), which is why the kustomizations keep
# to what Kustomize v2 understands.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/.build/k8s}"

kustomize() {
  if command -v kubectl >/dev/null && kubectl kustomize --help >/dev/null 2>&1; then
    kubectl kustomize "$1"
  elif command -v kustomize >/dev/null; then
    command kustomize build "$1"
  else
    return 127
  fi
}

if ! kustomize "$root/k8s/base" >/dev/null 2>&1; then
  echo "render: no kubectl or kustomize; installing Debian's kubernetes-client" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends kubernetes-client >&2 \
    || { $sudo apt-get update >&2 && $sudo apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends kubernetes-client >&2; }
fi

mkdir -p "$out"
for kustomization in base overlays/dev overlays/prod; do
  name="$(basename "$kustomization")"
  # Newer Kustomize warns about the v2 spellings on stderr (see k8s/README.md): not an error.
  kustomize "$root/k8s/$kustomization" > "$out/$name.yaml" 2> >(grep -v "is deprecated. Please use" >&2)
  echo "render: k8s/$kustomization -> $out/$name.yaml ($(grep -c '^kind:' "$out/$name.yaml") objects)"
done
