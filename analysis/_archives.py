"""Reading compressed files and archives in memory for the loader: this module
owns gzip, zip and tar handling and nothing else. It yields the members of an
archive as ``(name, display path, bytes)``; the caller
(:func:`analysis.readers.read_document_bytes`) reads each member like a file,
so this module never calls back into the readers (no import loop). Nothing is
ever extracted to disk; member names are only labels (``archive.zip!dir/a.txt``)
and members whose path is absolute or climbs out of the archive ("../../etc/x")
are refused and reported, as are links and devices inside a tar. Decompressed
bytes are counted against ``max_archive_bytes`` while reading (declared sizes
are not trusted), so a zip/gzip bomb stops with a clear "size limit" problem
instead of filling memory; a tar whose headers point backwards (a negative
size) is refused instead of looping.
"""

from __future__ import annotations

import io
import posixpath
import tarfile
import zipfile
import zlib

__all__ = ["iter_members", "safe_member_name", "gunzip_limited", "ARCHIVE_FORMATS", "MAX_DEPTH"]

MAX_DEPTH = 3
ARCHIVE_FORMATS = ("gzip", "zip", "tar")
_SKIP_PREFIXES = ("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG")
_ERRORS = (zipfile.BadZipFile, tarfile.TarError, zlib.error, EOFError, OSError, ValueError)


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
            while True:  # drain what is buffered
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


def _too_big(limit: int) -> str:
    return f"decompressed size exceeds the limit of {limit:,} bytes (max_archive_bytes; zip bomb?)"


def iter_members(fmt: str, data: bytes, name: str, path: str, log, opts, is_doc, depth: int = 0):
    """Yield ``(member name, display path, bytes)`` for the documents in a gzip/zip/tar.

    ``is_doc(basename)`` says whether a member is a supported document file
    (None/False: reported as skipped and not read). Every problem (corrupt or
    truncated archive, unsafe or non-regular member, size limit, nesting
    deeper than :data:`MAX_DEPTH`) goes to ``log`` with ``dropped=1`` for each
    document it cost (a whole unreadable archive counts as one).

    Example:
        >>> import gzip
        >>> from analysis.readers import ProblemLog, ReadOptions
        >>> [m[:2] for m in iter_members("gzip", gzip.compress(b"hi"), "a.txt.gz", "a.txt.gz",
        ...                               ProblemLog(), ReadOptions(), lambda n: True)]
        [('a.txt', 'a.txt.gz')]
    """
    limit = opts.max_archive_bytes
    if depth == 0:
        opts.budget[0] = 0
    if depth >= MAX_DEPTH:
        log.add(path, "archive nested too deeply", "skipped", dropped=1)
        return
    if fmt == "gzip":
        try:
            inner = gunzip_limited(data, limit, opts)
        except _TooBig:
            log.add(path, _too_big(limit), "skipped", dropped=1)
            return
        except _ERRORS as exc:
            log.add(path, f"truncated or corrupt gzip: {exc}", "skipped", dropped=1)
            return
        yield (name[:-3] if name.lower().endswith(".gz") else name + ".out"), path, inner
        return
    members: list = []
    yielded = 0
    try:
        if fmt == "zip":
            members = _zip_members(data)
        else:
            if data.startswith(b"\x1f\x8b"):  # .tar.gz: inflate under the limit first
                data = gunzip_limited(data, limit, opts)
            members = _tar_members(data, path, log)
        for mname, opener in members:
            mpath = f"{path}!{mname}"
            base = posixpath.basename(mname.replace("\\", "/"))
            if base.startswith(".") or "__MACOSX/" in mname:
                continue
            doc = is_doc(base) and not base.upper().startswith(_SKIP_PREFIXES)
            if not safe_member_name(mname):
                log.add(
                    mpath,
                    "unsafe member path (absolute or escapes the archive)",
                    "skipped, not extracted",
                    dropped=1 if doc else 0,
                )
                continue
            if not doc:
                what = posixpath.splitext(base.lower())[1] or "(no extension)"
                log.add(mpath, f"unsupported file type {what!r}", "skipped")
                continue
            try:
                with opener() as fobj:
                    content = _read_member(fobj, limit, opts)
            except _TooBig:
                raise
            except (*_ERRORS, RuntimeError) as exc:
                log.add(mpath, f"unreadable archive member: {exc}", "skipped", dropped=1)
                continue
            yielded += 1
            yield mname, mpath, content
    except _TooBig:
        log.add(path, _too_big(limit), "stopped reading the archive", dropped=1)
    except _ERRORS as exc:
        # the members not read are lost: at least one document (the archive itself)
        log.add(path, f"truncated or corrupt {fmt} archive: {exc}", "skipped", dropped=1)


def _zip_members(data: bytes):
    zf = zipfile.ZipFile(io.BytesIO(data))
    infos = sorted((i for i in zf.infolist() if not i.is_dir()), key=lambda i: i.filename)
    return [(i.filename, (lambda i=i: zf.open(i))) for i in infos]


def _tar_members(data: bytes, path: str, log):
    """Members of a tar, read header by header: a header whose size is negative
    or that points back at an earlier one (a loop) ends the archive with an error."""
    tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:")
    found, last = [], -1
    while True:
        m = tf.next()
        if m is None:
            break
        if m.size < 0 or m.offset <= last:
            raise tarfile.TarError(f"bad tar header for {m.name!r} (negative size or loop)")
        last = m.offset
        if len(found) > 1_000_000:
            raise tarfile.TarError("more than a million members")
        if m.offset_data + m.size > len(data):
            log.add(
                f"{path}!{m.name}",
                "truncated tar member (archive ends inside it)",
                "skipped",
                dropped=1 if m.isfile() else 0,
            )
            return _sorted_members(found, tf, path, log)
        found.append(m)
    if data[tf.offset :].strip(b"\x00"):
        log.add(
            path, "truncated tar (a damaged header after the last member)", "skipped", dropped=1
        )
    return _sorted_members(found, tf, path, log)


def _sorted_members(found, tf, path, log):
    out = []
    for m in sorted(found, key=lambda m: m.name):
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
