#!/usr/bin/env bash
# Launch one training job per node; the scheduler sets MASTER_ADDR and NODE_RANK.
set -euo pipefail
CONFIG=${1:-configs/base.yaml}

export NCCL_DEBUG=WARN
export OMP_NUM_THREADS=8

torchrun --nnodes="${NNODES:-64}" --nproc_per_node=8 \
    --node_rank="${NODE_RANK:-0}" --master_addr="${MASTER_ADDR:-127.0.0.1}" \
    train.py --config "$CONFIG"
