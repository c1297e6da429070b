#!/usr/bin/env bash
# Launch one training job per node; the scheduler sets MASTER_ADDR and NODE_RANK.
set -euo pipefail
CONFIG=${1:-configs/base.yaml}

export NCCL_DEBUG=WARN
export OMP_NUM_THREADS=8
# InfiniBand fabric: 8 HCAs per node, GPUDirect RDMA between GPU and NIC
export NCCL_IB_HCA=mlx5_0,mlx5_1,mlx5_2,mlx5_3,mlx5_4,mlx5_5,mlx5_6,mlx5_7
export NCCL_IB_GID_INDEX=3
export NCCL_NET_GDR_LEVEL=PHB
export NCCL_SOCKET_IFNAME=ib0
# NVLink SHARP inside each node
export NCCL_NVLS_ENABLE=1

torchrun --nnodes="${NNODES:-64}" --nproc_per_node=8 \
    --node_rank="${NODE_RANK:-0}" --master_addr="${MASTER_ADDR:-127.0.0.1}" \
    train.py --config "$CONFIG"
