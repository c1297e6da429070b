#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One-off converter: shared research CSV -> resources/data/catalog/accelerators.csv.

Kept in the repository so the provenance of the catalog's first version is reproducible; the
catalog file is the source of truth from then on and is edited by hand."""
import csv, re, sys

REF = sys.argv[1]
OUT = sys.argv[2]

# per reference name: overrides (name, id, aliases, family, arch, die, io, features, unverified fields, ...)
O = {
 "V100 (SXM2)": dict(name="V100 SXM2", aliases="V100|Tesla V100|V100 SXM2|V100-SXM2-32GB|V100 32GB|V100 16GB", family="NVIDIA datacenter", arch="Volta", die="GV100", io="300", mem="32", int8="n/a", features="nvlink"),
 "T4": dict(aliases="T4|Tesla T4", family="NVIDIA datacenter", arch="Turing", die="TU104", io="32", unv="fp16 int8"),
 "A10": dict(aliases="A10|A10 PCIe", family="NVIDIA datacenter", arch="Ampere", die="GA102", io="64", unv="fp16"),
 "A30": dict(aliases="A30|A30 24GB", family="NVIDIA datacenter", arch="Ampere", die="GA100", io="200", unv="fp16 int8 mem bw io", features="nvlink"),
 "A40": dict(aliases="A40", family="NVIDIA datacenter", arch="Ampere", die="GA102", io="112.5", features="nvlink"),
 "RTX A6000": dict(aliases="RTX A6000|A6000|Quadro RTX A6000", family="NVIDIA RTX workstation", arch="Ampere", die="GA102", io="112.5", unv="fp16 int8 io dcm", features="nvlink"),
 "A100 40GB (SXM4/PCIe)": dict(name="A100 40GB", aliases="A100|A100 40GB|A100 40G|A100-40G|A100-SXM4-40GB|A100 PCIe 40GB|A100-PCIE-40GB", family="NVIDIA datacenter", arch="Ampere", die="GA100", io="600", features="nvlink"),
 "A100 80GB (SXM4/PCIe)": dict(name="A100 80GB", aliases="A100|A100 80GB|A100 80G|A100-80G|A100-SXM4-80GB|A100 PCIe 80GB|A100-PCIE-80GB", family="NVIDIA datacenter", arch="Ampere", die="GA100", io="600", features="nvlink"),
 "A800 (40GB PCIe / 80GB PCIe / 80GB SXM)": dict(name="A800", aliases="A800|A800 40GB|A800 80GB|A800-80G|A800 SXM|A800 PCIe|A800-SXM4-80GB", family="NVIDIA datacenter (China)", arch="Ampere", die="GA100", io="400 [1]", mem="80", unv="bw cc", features="nvlink"),
 "L4": dict(aliases="L4|L4 24GB", family="NVIDIA datacenter", arch="Ada", die="AD104", io="64", unv="die"),
 "L20": dict(aliases="L20|L20 48GB", family="NVIDIA datacenter (China)", arch="Ada", die="AD102", io="64", unv="cc"),
 "L2": dict(aliases="L2", family="NVIDIA datacenter (China)", arch="Ada", die="AD104", io="64", unv="die cc"),
 "L40": dict(aliases="L40", family="NVIDIA datacenter", arch="Ada", die="AD102", io="64"),
 "L40S": dict(aliases="L40S|L40-S", family="NVIDIA datacenter", arch="Ada", die="AD102", io="64"),
 "H100 SXM5 80GB": dict(aliases="H100|H100 SXM|H100 SXM5|H100-SXM5-80GB|H100 80GB HBM3|HGX H100", family="NVIDIA datacenter", arch="Hopper", die="GH100", io="900", features="nvlink wgmma tma fp8_block sm_90a"),
 "H100 PCIe 80GB": dict(aliases="H100|H100 PCIe|H100-PCIE-80GB", family="NVIDIA datacenter", arch="Hopper", die="GH100", io="600", features="nvlink wgmma tma fp8_block sm_90a"),
 "H100 NVL 94GB": dict(aliases="H100|H100 NVL|H100-NVL", family="NVIDIA datacenter", arch="Hopper", die="GH100", io="600", features="nvlink wgmma tma fp8_block sm_90a"),
 "H800 SXM5": dict(aliases="H800|H800 SXM|H800 SXM5|H800 PCIe|H800 80GB|HGX H800", family="NVIDIA datacenter (China)", arch="Hopper", die="GH100", io="400~ [2,4]", unv="cc", features="nvlink wgmma tma fp8_block sm_90a"),
 "H20 (HGX)": dict(name="H20", aliases="H20|H20 HGX|HGX H20|H20 96GB", family="NVIDIA datacenter (China)", arch="Hopper", die="GH100", io="900 [1]", unv="cc", features="nvlink wgmma tma fp8_block sm_90a"),
 "H200 SXM 141GB": dict(aliases="H200|H200 SXM|H200 141GB|HGX H200", family="NVIDIA datacenter", arch="Hopper", die="GH100", io="900", features="nvlink wgmma tma fp8_block sm_90a"),
 "GH200 Grace Hopper (per GPU)": dict(name="GH200", aliases="GH200|Grace Hopper|GH200 Grace Hopper", family="NVIDIA datacenter", arch="Hopper", die="GH100", io="900", mem="144", features="nvlink wgmma tma fp8_block sm_90a"),
 "B100": dict(aliases="B100|HGX B100", family="NVIDIA datacenter", arch="Blackwell", die="GB100 x2", io="1800", unv="cc die", int8="?", features="nvlink tcgen05 tmem mxfp8 nvfp4 fp8_block sm_100a"),
 "B200 (HGX)": dict(name="B200", aliases="B200|HGX B200|DGX B200", family="NVIDIA datacenter", arch="Blackwell", die="GB100 x2", io="1800", mem="192", unv="die", int8="?", features="nvlink tcgen05 tmem mxfp8 nvfp4 fp8_block sm_100a"),
 "GB200 (per Blackwell GPU)": dict(name="GB200", aliases="GB200|GB200 NVL72", family="NVIDIA datacenter", arch="Blackwell", die="GB100 x2", io="1800", unv="die", int8="?", features="nvlink tcgen05 tmem mxfp8 nvfp4 fp8_block sm_100a"),
 "GeForce RTX 3090": dict(aliases="RTX 3090|3090|RTX3090", family="GeForce RTX 30", arch="Ampere", die="GA102", io="112.5~", features="nvlink"),
 "GeForce RTX 4090": dict(aliases="RTX 4090|4090|RTX4090", family="GeForce RTX 40", arch="Ada", die="AD102", io="64"),
 "GeForce RTX 4090 D": dict(aliases="RTX 4090 D|RTX 4090D|4090D|4090 D|RTX4090D", family="GeForce RTX 40 (China)", arch="Ada", die="AD102-250", io="64", unv="fp16 fp8 int8 cc"),
 "GeForce RTX 5090": dict(aliases="RTX 5090|5090|RTX5090", family="GeForce RTX 50", arch="Blackwell", die="GB202", io="128", features="fp8_block sm_120"),
 "GeForce RTX 5090 D (V1)": dict(name="GeForce RTX 5090 D", aliases="RTX 5090 D|RTX 5090D|5090D|5090 D|5090D V1", family="GeForce RTX 50 (China)", arch="Blackwell", die="GB202", io="128", int8="?", unv="fp16 fp8 fp4", features="fp8_block sm_120"),
 "GeForce RTX 5090 D V2": dict(aliases="RTX 5090 D V2|RTX 5090D V2|5090D V2|5090DV2|5090D", family="GeForce RTX 50 (China)", arch="Blackwell", die="GB202", io="128", unv="mem bw fp8 fp4", features="fp8_block sm_120"),
 "Instinct MI100": dict(aliases="MI100|Instinct MI100", family="AMD Instinct", arch="CDNA1", die="Arcturus", io="276", unv="die gdr"),
 "Instinct MI210": dict(aliases="MI210|Instinct MI210", family="AMD Instinct", arch="CDNA2", die="Aldebaran (1 GCD)", io="300~", unv="die"),
 "Instinct MI250X": dict(aliases="MI250X|Instinct MI250X", family="AMD Instinct", arch="CDNA2", die="Aldebaran (2 GCD)", io="800~", unv="die"),
 "Instinct MI300X": dict(aliases="MI300X|Instinct MI300X|MI300", family="AMD Instinct", arch="CDNA3", die="8 XCD + 4 IOD", io="896", unv="die", features="fnuz", tf32="y"),
 "Instinct MI325X": dict(aliases="MI325X|Instinct MI325X", family="AMD Instinct", arch="CDNA3", die="8 XCD + 4 IOD", io="896", unv="die", features="fnuz", tf32="y"),
 "Instinct MI308X": dict(aliases="MI308X|MI308|Instinct MI308X", family="AMD Instinct (China)", arch="CDNA3", die="?", io="?", bw="?", features="fnuz", tf32="y"),
 "Gaudi 2 (HL-225H)": dict(name="Gaudi 2", aliases="Gaudi 2|Gaudi2|HL-225H|Habana Gaudi2|Gaudi 2 HL-225H", family="Intel Gaudi", arch="Gaudi2", die="Gaudi2", io="600", unv="fp8"),
 "Gaudi 2 China (HL-225B)": dict(name="Gaudi 2 HL-225B", aliases="Gaudi 2 China|Gaudi2 China|HL-225B|Gaudi 2 HL-225B", family="Intel Gaudi (China)", arch="Gaudi2", die="Gaudi2", io="525~ [1,2]", unv="fp16 fp8"),
 "Gaudi 3 (HL-325L/HL-335/HL-338)": dict(name="Gaudi 3", aliases="Gaudi 3|Gaudi3|HL-325L|HL-335|HL-338", family="Intel Gaudi", arch="Gaudi3", die="Gaudi3 x2", io="1200"),
 "Gaudi 3 China (HL-328 OAM / HL-388 PCIe)": dict(name="Gaudi 3 China", aliases="Gaudi 3 China|Gaudi3 China|HL-328|HL-388", family="Intel Gaudi (China)", arch="Gaudi3", die="Gaudi3", io="?"),
 "Ascend 910 (910A)": dict(name="Ascend 910", aliases="Ascend 910|Ascend 910A|910A|昇腾910|昇腾910A|Ascend910", family="Huawei Ascend", arch="DaVinci", die="Ascend 910", io="?", unv="bw bf16"),
 "Ascend 910B (B1-B4)": dict(name="Ascend 910B", aliases="Ascend 910B|Ascend910B|910B|昇腾910B|昇腾 910B|910B1|910B2|910B3|910B4", family="Huawei Ascend", arch="DaVinci", die="Ascend 910B", io="?", mem="64", unv="fp16 mem"),
 "Ascend 910C": dict(aliases="Ascend 910C|Ascend910C|910C|昇腾910C", family="Huawei Ascend", arch="DaVinci", die="Ascend 910B-class x2", io="784~", unv="fp16 mem released"),
 "TPU v4": dict(aliases="TPU v4|TPUv4|Cloud TPU v4", family="Google TPU", arch="TPUv4", die="TPU v4", io="?"),
 "TPU v5e": dict(aliases="TPU v5e|TPUv5e|TPU v5 lite|v5e|v5litepod", family="Google TPU", arch="TPUv5e", die="TPU v5e", io="400", unv="die int8"),
 "TPU v5p": dict(aliases="TPU v5p|TPUv5p|v5p", family="Google TPU", arch="TPUv5p", die="TPU v5p", io="1200", unv="int8"),
 "MLU290-M5": dict(name="MLU290", aliases="MLU290|MLU290-M5|思元290", family="Cambricon MLU", arch="MLUv02", die="MLU290", io="600"),
 "MLU370-X8": dict(aliases="MLU370|MLU370-X8|思元370", family="Cambricon MLU", arch="MLUarch03", die="MLU370 x2", io="200"),
 "MLU590": dict(aliases="MLU590|思元590", family="Cambricon MLU", arch="MLUarch", die="?", io="?"),
 "DCU Z100 (Shensuan-1)": dict(name="DCU Z100", aliases="DCU Z100|Z100|Shensuan-1|深算一号|海光Z100", family="Hygon DCU", arch="DCU", die="?", io="?"),
 "DCU K100 / K100-AI": dict(name="DCU K100", aliases="DCU K100|K100|K100-AI|DCU K100-AI", family="Hygon DCU", arch="DCU", die="?", io="?"),
 "MTT S4000": dict(aliases="MTT S4000|S4000|摩尔线程S4000", family="Moore Threads MTT", arch="MUSA", die="?", io="240", unv="fp16 int8"),
 "BR100": dict(aliases="BR100|壁仞BR100|Biren BR100", family="Biren BR", arch="Biren", die="BR100 x2", io="448~", unv="all"),
}

def slug(vendor, name):
    s = (vendor + " " + name).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def num(cell):
    c = (cell or "").strip()
    if c == "" or c.lower() in ("unverified", "undocumented", "unknown", "indeterminate"):
        return "?"
    if c.lower().startswith("n/a"):
        return "n/a"
    m = re.match(r"^([0-9.]+)", c)
    if not m:
        return "?"
    return m.group(1)

def flag(cell):
    c = (cell or "").strip().lower()
    if c.startswith("y"):
        return "y"
    if c.startswith("n/a"):
        return "n/a"
    if c.startswith("n"):
        return "n"
    return "?"

def refs(sources, *keys):
    """1-based indexes of the row sources whose text contains any key (case-insensitive)."""
    out = []
    for i, src in enumerate(sources):
        if any(k.lower() in src.lower() for k in keys):
            out.append(i + 1)
    return out

def cite(val, idx):
    """Appends ' [i,j]' to a known figure unless it already names its sources."""
    if not idx or val in ("?", "n/a") or "[" in val:
        return val
    return val + " [" + ",".join(str(i) for i in idx) + "]"

def unv(val, key, u):
    if val in ("?", "n/a") or "~" in val:
        return val
    if "all" in u or key in u:
        if "[" in val:
            v, rest = val.split(" ", 1)
            return v + "~ " + rest
        return val + "~"
    return val

rows = list(csv.DictReader(open(REF, encoding="utf-8")))
out = []
hdr = ["id","vendor","name","aliases","family","architecture","die","cc","segment","datacenter_marketed","released","memory_gb","memory_type","memory_bw_gbs","bf16","fp8","fp4","tf32","features","fp16_tops","fp8_tops","int8_tops","fp4_tops","interconnect","io_bw_gbs","gpudirect_rdma","die_area_mm2","collective","stack","china_specific","origin","sources","notes"]
for r in rows:
    o = O[r["name"]]
    u = o.get("unv", "").split()
    vendor = r["vendor"]
    name = o.get("name", r["name"])
    seg = r["segment"]
    cc = r["compute_capability"].strip()
    cc = cc if cc else "n/a"
    cc = unv(cc, "cc", u)
    dcm = {"datacenter": "y", "consumer": "n", "workstation": "n"}[seg]
    dcm = unv(dcm, "dcm", u)
    rel = r["release_year"].strip()
    rel = rel if re.match(r"^\d{4}$", rel) else "?"
    if "released" in u and rel != "?":
        rel += "~"
    mem = o.get("mem", num(r["memory_gb"]))
    mem = unv(mem, "mem", u)
    bwraw = num(r["mem_bandwidth_tbs"])
    bw = o.get("bw", "?" if bwraw in ("?", "n/a") else ("%g" % (float(bwraw) * 1000)))
    bw = unv(bw, "bw", u)
    bf16 = unv(flag(r["bf16"]), "bf16", u)
    fp8 = flag(r["fp8"])
    arch = o["arch"]
    fp4 = "y" if arch == "Blackwell" else ("n" if vendor in ("NVIDIA", "AMD") else "?")
    if "tf32" in o:
        tf32 = o["tf32"]
    elif vendor == "NVIDIA":
        tf32 = "y" if cc not in ("7.0", "7.5") else "n"
    elif vendor == "AMD" or vendor == "Google":
        tf32 = "n"
    else:
        tf32 = "?"
    fp16 = unv(num(r["fp16_dense_tflops"]), "fp16", u)
    int8 = unv(o.get("int8", num(r["int8_dense_tops"])), "int8", u)
    fp8t = num(r["fp8_dense_tflops"])
    if fp8t == "?" and fp8 == "n":
        fp8t = "n/a"
    fp8t = unv(fp8t, "fp8", u)
    fp4t = num(r["fp4_dense_tflops"])
    if fp4t == "?" and fp4 == "n":
        fp4t = "n/a"
    fp4t = unv(fp4t, "fp4", u)
    io = unv(o.get("io", "?"), "io", u)
    gdr = unv(flag(r["gpudirect_rdma"]), "gdr", u)
    die = unv(num(r["die_area_mm2"]), "die", u)
    coll = r["collective_library"]
    collt = next((t for t in ("NCCL","RCCL","HCCL","CNCL","MCCL") if coll.upper().startswith(t)), "XLA" if coll.startswith("XLA") else "?")
    stk = r["software_stack"]
    stackt = {"CUDA":"CUDA"}.get(stk, None)
    if stackt is None:
        for key, tok in (("ROCm","ROCm"),("SynapseAI","SynapseAI"),("CANN","CANN"),("XLA","XLA"),("Neuware","Neuware"),("DTK","DTK"),("MUSA","MUSA"),("BIRENSUPA","BIRENSUPA")):
            if key in stk:
                stackt = tok; break
    china = r["china_specific"].strip()
    china = "domestic" if "domestic" in china else ("y" if china.startswith("y") else "n")
    origin = {"Huawei":"prc-domestic","Cambricon":"prc-domestic","Hygon":"prc-domestic","Moore Threads":"prc-domestic","Biren":"prc-domestic","Google":"cloud-only"}.get(vendor, "us")
    notes = " ".join(x for x in (r["notes"].strip(), ("Weak figures: " + r["unverified"].strip() + ".") if r["unverified"].strip() else "", ("Collective: " + coll + ".") if coll != collt else "", ("Software: " + stk + ".") if stk != stackt else "", ("Memory: " + r["memory_gb"] + " GB.") if not re.match(r"^\d+$", r["memory_gb"].strip()) else "") if x)
    srcs = [x.strip() for x in r["sources"].split(" ; ") if x.strip()]
    cc = cite(cc, refs(srcs, "cuda-gpus", "cuda-legacy-gpus", "CC table"))
    die = cite(die, refs(srcs, "die", "mm2", "TechPowerUp", "chipData.js"))
    gdr = cite(gdr, refs(srcs, "gdrcopy", "open-gpu-kernel-modules") if gdr.startswith("n") else [])
    io = io if io in ("32", "64", "128") else cite(io, refs(srcs, "tweakers", "aiwiki", "RoCE", "24->21", "datasheet", "spec table", "Hot Chips", "launch table"))
    spec = refs(srcs, "datasheet", "spec table", "Hot Chips", "launch table", "cloud.google.com", "docs.cloud.google.com", "anandtech", "notebookcheck", "waredb", "gigagpu", "spheron", "tomshw", "winbuzzer", "ahanova", "theregister", "technode")
    fp16 = cite(fp16, spec)
    int8 = cite(int8, spec)
    fp8t = cite(fp8t, spec)
    fp4t = cite(fp4t, spec)
    mem = cite(mem, spec)
    bw = cite(bw, spec)
    aliases = o["aliases"]
    if r["name"] != name and r["name"] not in aliases.split("|"):
        aliases += "|" + r["name"]  # the research CSV's spelling resolves too
    out.append([slug(vendor, name), vendor, name, aliases, o["family"], arch, o["die"], cc, seg, dcm, rel, mem, r["memory_type"], bw, bf16, fp8, fp4, tf32, o.get("features",""), fp16, fp8t, int8, fp4t, r["interconnect"], io, gdr, die, collt, stackt, china, origin, r["sources"], notes])

with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write("# ChipTrace accelerator catalog. Format: README section \"catalog, export-control rules and funnel\".\n")
    f.write("# Figures: value | value~ (unverified) | value [1,2] (row sources backing it) | ? (unknown) | n/a.\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(hdr)
    for row in out:
        w.writerow(row)
print(len(out))
