#!/usr/bin/env python3
# Writes tests/data/safetensors/tiny-ref.safetensors the way the reference implementation (huggingface/safetensors,
# serialize in safetensors/src/tensor.rs) lays a file out, with the Python standard library only, so that
# tst_safetensors checks our reader against a file our writer did not make. The values are exact in their dtype;
# tst_safetensors.cpp lists the same ones. Usage: tests/safetensors/make-reference.py
import json
import pathlib
import struct

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "safetensors" / "tiny-ref.safetensors"

# Rust's Dtype order (..., F16, BF16, I32, U32, F32, ...): the writer sorts by dtype, largest first, then name.
DTYPE_RANK = {"F16": 0, "BF16": 1, "F32": 2}


def f32(values):
    return struct.pack("<%df" % len(values), *values)


def f16(values):
    return struct.pack("<%de" % len(values), *values)


def bf16(values):
    # bfloat16 is the upper half of a float32; every value below is exact, so truncation does not round.
    return b"".join(struct.pack("<f", v)[2:] for v in values)


TENSORS = {
    "weight": ("F32", [2, 3], f32([0.5, -1.25, 3.0, 0.001, -0.0, 65504.0])),
    "scalar": ("F32", [], f32([42.0])),
    "embed": ("BF16", [2, 2], bf16([1.0, -0.5, 3.140625, -256.0])),
    # 2**-14 is the smallest normal half, 2**-24 the smallest subnormal.
    "bias": ("F16", [5], f16([0.375, -2.5, 1024.0, 2.0**-14, 2.0**-24])),
    "empty": ("F16", [0, 4], b""),
}
METADATA = {"format": "pt", "source": "make-reference.py"}


def main():
    order = sorted(TENSORS, key=lambda name: (-DTYPE_RANK[TENSORS[name][0]], name))
    header = {"__metadata__": METADATA}
    data = b""
    for name in order:
        dtype, shape, raw = TENSORS[name]
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + len(raw)]}
        data += raw
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)  # the reference pads the header with spaces to 8 bytes
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(struct.pack("<Q", len(text)) + text + data)
    print("wrote %s (%d bytes)" % (OUT, 8 + len(text) + len(data)))


if __name__ == "__main__":
    main()
