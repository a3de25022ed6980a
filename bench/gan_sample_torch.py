#!/usr/bin/python3
"""The PyTorch eager peer of bench_gan_sample: the same style-GAN generator (models/gan/networks.cpp: mapping
with pixel norm and an lr multiplier, modulated and demodulated convolutions with the stored noise, toRGBA
skips), written in plain PyTorch and read from the same config.json + model.safetensors, timed on the same 64
samples. With --compare DIR (bench_gan_sample --dump DIR) it also checks that both make the same pictures from
the same z. No safetensors package is needed: the file is parsed by hand.

    /usr/bin/python3 bench/gan_sample_torch.py --model DIR [--threads N] [--device cpu|cuda] [--compare DIR] [--json]
"""

import argparse
import json
import math
import struct
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

ST_DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}
SQRT2 = math.sqrt(2.0)


def read_safetensors(path):
    data = Path(path).read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        raw = bytearray(data[8 + size + begin:8 + size + end])
        tensors[name] = torch.frombuffer(raw, dtype=ST_DTYPES[info["dtype"]]).reshape(info["shape"]).float()
    return tensors


class Generator:
    def __init__(self, folder, device):
        self.config = json.loads((Path(folder) / "config.json").read_text())
        t = {k: v.to(device) for k, v in read_safetensors(Path(folder) / "model.safetensors").items()}
        self.t = t
        c = self.config
        self.res = [4 * 2 ** i for i in range(int(math.log2(c["resolution"])) - 1)]
        self.styles = 1 + 2 * (len(self.res) - 1) + 1

    def dense(self, name, x, lr_mul=1.0, activate=False):
        w, b = self.t[name + ".weight"], self.t[name + ".bias"]
        y = torch.addmm(b * lr_mul, x, (w * (lr_mul / math.sqrt(w.shape[1]))).t())
        return F.leaky_relu(y, 0.2) * SQRT2 if activate else y

    def map(self, z, psi):
        x = z * torch.rsqrt(z.square().mean(1, keepdim=True) + 1e-8)
        for i in range(self.config["mapping_layers"]):
            x = self.dense(f"mapping.{i}", x, self.config["mapping_lr_multiplier"], True)
        avg = self.t["mapping.w_avg"]
        return avg + psi * (x - avg)

    def modulated(self, name, x, w, up=False, demod=True):
        weight = self.t[name + ".weight"]
        gain = 1 / math.sqrt(weight.shape[1] * weight.shape[2] * weight.shape[3])
        weight = weight * gain
        styles = self.dense(name + ".affine", w)
        y = x * styles[:, :, None, None]
        if up:
            y = F.interpolate(y, scale_factor=2, mode="bilinear", align_corners=False)
        y = F.conv2d(y, weight, padding=weight.shape[2] // 2)
        if demod:
            d = torch.rsqrt(styles.square() @ weight.square().sum((2, 3)).t() + 1e-8)
            y = y * d[:, :, None, None]
            y = y + self.t[name + ".noise_const"] * self.t[name + ".noise_strength"]
        y = y + self.t[name + ".bias"][None, :, None, None]
        return F.leaky_relu(y, 0.2) * SQRT2 if demod else y

    def synthesize(self, w):
        n = w.shape[0]
        x = self.t["synthesis.const"].unsqueeze(0).expand(n, -1, -1, -1)
        conv, image = 0, None
        for block in range(len(self.res)):
            for i in range(1 if block == 0 else 2):
                x = self.modulated(f"synthesis.conv.{conv}", x, w, up=(block > 0 and i == 0))
                conv += 1
            rgba = self.modulated(f"synthesis.torgba.{block}", x, w, demod=False)
            image = rgba if image is None else F.interpolate(image, scale_factor=2, mode="bilinear", align_corners=False) + rgba
        return image


def to_bytes(images):
    """Premultiplied [-1, 1] to straight-alpha RGBA bytes, as models/gan/imagetensor.cpp does."""
    x = ((images + 1) * 0.5).clamp(0, 1)
    alpha = x[:, 3:4]
    rgb = torch.where(alpha > 1 / 512, x[:, :3] / alpha.clamp_min(1 / 512), torch.zeros_like(alpha)).clamp(0, 1)
    return torch.cat([rgb, alpha], 1).mul(255).round().to(torch.uint8).permute(0, 2, 3, 1).contiguous()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", required=True)
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--device", default="cpu")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--compare", help="a bench_gan_sample --dump folder")
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    device = torch.device(a.device)
    g = Generator(a.model, device)
    c = g.config
    if a.compare:
        z = torch.frombuffer(bytearray((Path(a.compare) / "z.bin").read_bytes()), dtype=torch.float32).reshape(64, c["z_dim"])
    else:
        z = torch.randn(64, c["z_dim"], generator=torch.Generator().manual_seed(0))
    z = z.to(device)

    def run():
        with torch.no_grad():
            w = g.map(z, 0.7)
            # 16 at a time as the engine does (a sampled latent has one w for every layer), then bytes
            images = torch.cat([g.synthesize(part) for part in w.split(16)])
            return images, to_bytes(images.cpu())

    run()
    times = []
    for _ in range(a.runs):
        start = time.perf_counter()
        images, _ = run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    result = {"samples64_ms": times[len(times) // 2], "threads": torch.get_num_threads(), "torch": torch.__version__}
    if a.compare:
        ours = torch.frombuffer(bytearray((Path(a.compare) / "samples.bin").read_bytes()), dtype=torch.uint8)
        ours = ours.reshape(64, c["resolution"], c["resolution"], 4).int()
        diff = (to_bytes(images.cpu()).int() - ours).abs()
        result["max_byte_difference"] = int(diff.max())
        result["mean_byte_difference"] = float(diff.float().mean())
    print(json.dumps(result) if a.json else
          f"PyTorch eager: 64 samples {result['samples64_ms']:.1f} ms ({result['threads']} threads, torch {torch.__version__})"
          + (f"; pictures differ from LibTorch's by at most {result['max_byte_difference']} of 255" if a.compare else ""))


if __name__ == "__main__":
    sys.exit(main())
