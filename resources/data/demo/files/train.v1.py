"""Training loop for tinylm."""
import argparse

import torch
import yaml

from model import TinyLM


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    args = parser.parse_args()
    with open(args.config) as f:
        cfg = yaml.safe_load(f)

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = TinyLM(**cfg["model"]).to(device)
    optim = torch.optim.AdamW(model.parameters(), lr=cfg["train"]["lr"])

    for step, batch in enumerate(load_batches(cfg)):
        loss = model(batch.to(device)).loss
        loss.backward()
        optim.step()
        optim.zero_grad(set_to_none=True)
        if step % 100 == 0:
            print(f"step {step} loss {loss.item():.4f}")


def load_batches(cfg):
    raise NotImplementedError("plug in the data loader")


if __name__ == "__main__":
    main()
