"""Training loop for tinylm."""
import argparse
import os

import torch
import torch.distributed as dist
import yaml
from torch.nn.parallel import DistributedDataParallel as DDP

from model import TinyLM


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    args = parser.parse_args()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)

    dist.init_process_group(backend="nccl")
    local_rank = int(os.environ["LOCAL_RANK"])
    torch.cuda.set_device(local_rank)
    device = torch.device("cuda", local_rank)

    model = DDP(TinyLM(**cfg["model"]).to(device), device_ids=[local_rank])
    optim = torch.optim.AdamW(model.parameters(), lr=cfg["train"]["lr"])

    for step, batch in enumerate(load_batches(cfg)):
        with torch.autocast(device_type="cuda", dtype=torch.bfloat16):
            loss = model(batch.to(device)).loss
        loss.backward()
        optim.step()
        optim.zero_grad(set_to_none=True)
        if step % 100 == 0 and dist.get_rank() == 0:
            print(f"step {step} loss {loss.item():.4f}")
    dist.destroy_process_group()


def load_batches(cfg):
    raise NotImplementedError("plug in the data loader")


if __name__ == "__main__":
    main()
