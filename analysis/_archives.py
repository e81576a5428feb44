"""Reading compressed files and archives in memory for the loader: this module
owns gzip, zip and tar handling. Nothing is ever extracted to disk; member
names are only used as labels (``archive.zip!dir/a.txt``) and members whose
path is absolute or climbs out of the archive ("../../etc/x") are refused and
reported. Decompressed bytes are counted against ``max_archive_bytes`` while
reading (declared sizes are not trusted), so a zip/gzip bomb stops with a clear
"size limit" problem instead of filling memory.
"""

from __future__ import annotations

import io
import posixpath
import tarfile
import zipfile
import zlib

from .readers import ProblemLog, ext_of, read_document_bytes

__all__ = ["read_archive", "safe_member_name", "gunzip_limited"]

MAX_DEPTH = 3


class _TooBig(Exception):
    pass


def safe_member_name(name: str) -> bool:
    """True when an archive member name stays inside the archive.

    Example:
        >>> safe_member_name("docs/a.txt"), safe_member_name("../../etc/x"), safe_member_name("/etc/x")
        (True, False, False)
    """
    n = name.replace("\\", "/")
    if not n or n.startswith("/") or (len(n) > 1 and n[1] == ":"):
        return False
    norm = posixpath.normpath(n)
    return not (norm == ".." or norm.startswith("../") or "/../" in f"/{n}/")


def _charge(opts, n: int, limit: int):
    opts.budget[0] += n
    if opts.budget[0] > limit:
        raise _TooBig


def gunzip_limited(data: bytes, limit: int, opts) -> bytes:
    """Decompress gzip data (all members), never producing more than ``limit`` bytes in total.

    Raises EOFError for truncated data, zlib.error for corrupt data.

    Example:
        >>> import gzip
        >>> from analysis.readers import ReadOptions
        >>> gunzip_limited(gzip.compress(b"hello"), 100, ReadOptions())
        b'hello'
    """
    out = []
    buf = data
    while buf:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        chunk_in = buf
        while True:
            piece = d.decompress(chunk_in, 1 << 20)
            _charge(opts, len(piece), limit)
            out.append(piece)
            chunk_in = d.unconsumed_tail
            if d.eof or not chunk_in:
                break
        if not d.eof:
            # drain what is buffered
            while True:
                piece = d.decompress(b"", 1 << 20)
                if not piece:
                    break
                _charge(opts, len(piece), limit)
                out.append(piece)
            if not d.eof:
                raise EOFError("compressed file ended before the end-of-stream marker was reached")
        buf = d.unused_data.lstrip(b"\x00")
        if buf and not buf.startswith(b"\x1f\x8b"):
            break
    return b"".join(out)


def _read_member(fobj, limit: int, opts) -> bytes:
    parts = []
    while True:
        piece = fobj.read(1 << 20)
        if not piece:
            break
        _charge(opts, len(piece), limit)
        parts.append(piece)
    return b"".join(parts)


def read_archive(
    fmt: str, data: bytes, name: str, path: str, log: ProblemLog, opts, depth: int = 0
):
    """Read a gzip/zip/tar file held in memory -> list of RawDoc from its members.

    Members are read in name order; unsupported members are reported as
    skipped like files in a directory. Nested archives are followed up to
    three levels.
    """
    limit = opts.max_archive_bytes
    if depth == 0:
        opts.budget[0] = 0
    if depth >= MAX_DEPTH:
        log.add(path, "archive nested too deeply", "skipped", dropped=0)
        return []
    if fmt == "gzip":
        try:
            inner = gunzip_limited(data, limit, opts)
        except _TooBig:
            log.add(
                path,
                f"decompressed size exceeds the limit of {limit:,} bytes (max_archive_bytes; zip bomb?)",
                "skipped",
                dropped=1,
            )
            return []
        except (EOFError, zlib.error, OSError) as exc:
            log.add(path, f"truncated or corrupt gzip: {exc}", "skipped", dropped=1)
            return []
        inner_name = name[:-3] if name.lower().endswith(".gz") else name + ".out"
        return read_document_bytes(inner, inner_name, path, log, opts, depth + 1)
    docs = []
    try:
        if fmt == "zip":
            members = _zip_members(data, path, log)
        else:
            if data.startswith(b"\x1f\x8b"):  # .tar.gz: inflate under the limit first
                data = gunzip_limited(data, limit, opts)
            members = _tar_members(data, path, log)
        for mname, opener in members:
            mpath = f"{path}!{mname}"
            if not safe_member_name(mname):
                log.add(
                    mpath,
                    "unsafe member path (absolute or escapes the archive)",
                    "skipped, not extracted",
                )
                continue
            base = posixpath.basename(mname)
            if base.startswith(".") or "__MACOSX/" in mname:
                continue
            if _is_doc_file(base) is False:
                log.add(
                    mpath, f"unsupported file type {ext_of(base) or '(no extension)'!r}", "skipped"
                )
                continue
            try:
                with opener() as fobj:
                    content = _read_member(fobj, limit, opts)
            except _TooBig:
                raise
            except (
                zipfile.BadZipFile,
                tarfile.TarError,
                zlib.error,
                EOFError,
                OSError,
                RuntimeError,
            ) as exc:
                log.add(mpath, f"unreadable archive member: {exc}", "skipped", dropped=1)
                continue
            docs.extend(read_document_bytes(content, base, mpath, log, opts, depth + 1))
    except _TooBig:
        log.add(
            path,
            f"decompressed size exceeds the limit of {limit:,} bytes (max_archive_bytes; zip bomb?)",
            "stopped reading the archive",
        )
    except (zipfile.BadZipFile, tarfile.TarError, zlib.error, EOFError, OSError) as exc:
        log.add(path, f"truncated or corrupt {fmt} archive: {exc}", "skipped")
    return docs


def _is_doc_file(base: str):
    from .readers import FORMATS_BY_EXT

    if base.upper().startswith(("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG")):
        return False
    return ext_of(base) in FORMATS_BY_EXT or None


def _zip_members(data: bytes, path: str, log: ProblemLog):
    zf = zipfile.ZipFile(io.BytesIO(data))
    infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
    return [(i.filename, (lambda i=i: zf.open(i))) for i in infos]


def _tar_members(data: bytes, path: str, log: ProblemLog):
    tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
    out = []
    for m in sorted(tf.getmembers(), key=lambda m: m.name):
        if m.isdir():
            continue
        if not m.isfile():
            log.add(
                f"{path}!{m.name}",
                "not a regular file (link or device) in tar",
                "skipped, not extracted",
            )
            continue
        out.append((m.name, (lambda m=m: tf.extractfile(m))))
    return out
