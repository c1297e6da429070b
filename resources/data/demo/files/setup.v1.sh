#!/usr/bin/env bash
# Build the fused kernels for the GPUs of our cluster.
set -euo pipefail
export TORCH_CUDA_ARCH_LIST="9.0"
pip install -r requirements.txt
python setup_kernels.py build_ext --inplace
