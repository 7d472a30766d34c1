"""Session files (``.nnstudio``): a zip archive with a JSON manifest and the files it names.

Layout (format version 1)::

    manifest.json   {"format": "nnstudio-session", "version": 1, "app_version": "0.2.0",
                     "tab": "filters", "image": {"member": "image.png", "name": "cat.png"},
                     "pixels": {...}, "filters": {...}, "network": {"design": {...},
                     "weights": "weights.pt" or null, "curves": {...} or null}}
    image.png       the current image, lossless
    weights.pt      the trained weights, when there were any (torch.save of a state dict)

Writing goes through core/atomic_write: the zip is built in a temporary file beside the target
and renamed over it only when complete, so a crash or a kill mid-save leaves the previous
file as it was. Reading checks everything an archive can get wrong before anyone uses a
byte of it: not a zip, a damaged member (CRC), no manifest, a format from a newer nnstudio,
a member the manifest names but the archive lacks, members that would inflate beyond
reason. Each is one sentence (InputError).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .atomic_write import atomic_write
from .errors import InputError
from .i18n import QT_TRANSLATE_NOOP, translate

FORMAT = "nnstudio-session"
SESSION_VERSION = 1
SUFFIX = ".nnstudio"
MANIFEST = "manifest.json"
MAX_MANIFEST = 4 * 1024 * 1024
MAX_TOTAL = 2 * 1024 ** 3  # a 100-megapixel RGBA image as PNG stays far below this


@dataclass(frozen=True)
class SessionFile:
    manifest: dict
    members: dict[str, bytes]  # every file the manifest names, by member name


def write_session(path: str | Path, manifest: dict, members: dict[str, bytes]) -> Path:
    """Write a session atomically; InputError (one sentence) if it cannot be written."""
    manifest = {"format": FORMAT, "version": SESSION_VERSION, **manifest}
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    with atomic_write(path) as handle:
        # PNG and torch files are compressed already, or hold raw floats that barely shrink.
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            archive.writestr(MANIFEST, text)
            for name, data in members.items():
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
    return Path(path)


def _refuse(text: str, path: Path, **values) -> InputError:
    return InputError(translate("SessionFile", text).format(name=path.name, **values))


def named_members(manifest: dict) -> list[str]:
    """The archive members a manifest refers to (image, weights)."""
    names = []
    image = manifest.get("image")
    if isinstance(image, dict) and isinstance(image.get("member"), str):
        names.append(image["member"])
    network = manifest.get("network")
    if isinstance(network, dict) and isinstance(network.get("weights"), str):
        names.append(network["weights"])
    return names


def read_session(path: str | Path) -> SessionFile:
    """The manifest and the members it names, checked; InputError otherwise."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "There is no session file {name}."), path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if MANIFEST not in infos:
                raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is not an nnstudio session (it has no manifest)."), path)
            if infos[MANIFEST].file_size > MAX_MANIFEST or sum(i.file_size for i in infos.values()) > MAX_TOTAL:
                raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} declares more data than a session holds; it was not opened."), path)
            try:
                manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError):
                raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is damaged: its manifest is not valid JSON."), path) from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is not an nnstudio session."), path)
            version = manifest.get("version")
            if isinstance(version, bool) or not isinstance(version, int) or version < 1:
                raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is damaged: its format version is missing."), path)
            if version > SESSION_VERSION:
                raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} was saved by a newer nnstudio (session format {version}); this version "
                              "reads format {ours}. Update nnstudio to open it."), path,
                              version=version, ours=SESSION_VERSION)
            members = {}
            for member in named_members(manifest):
                if member not in infos:
                    raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is incomplete: {member} is missing from it."), path, member=member[:80])
                members[member] = archive.read(member)
    except InputError:
        raise
    except zipfile.BadZipFile:
        raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is damaged: it is not a complete zip archive."), path) from None
    except (zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError):
        raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is damaged and could not be read."), path) from None
    except OSError as exc:
        if "CRC" in str(exc) or "Bad" in str(exc):  # zipfile reports a damaged member as OSError
            raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} is damaged: a part of it fails its checksum."), path) from None
        raise _refuse(QT_TRANSLATE_NOOP("SessionFile", "{name} cannot be read: {reason}."), path, reason=(exc.strerror or str(exc)).lower()) from None
    return SessionFile(manifest, members)


