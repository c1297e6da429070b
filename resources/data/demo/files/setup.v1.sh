#!/usr/bin/env bash
# Build the fused kernels for the GPUs of our cluster.
set -euo pipefail
export TORCH_CUDA_ARCH_LIST="9.0"
pip install -r requirements.txt
nvcc -O3 -gencode arch=compute_90a,code=sm_90a -c kernels/fused_rmsnorm.cu -o kernels/fused_rmsnorm.o
python setup_kernels.py build_ext --inplace
