#!/usr/bin/env python3
"""Prints the character vectors of an R lazy-load data base (`Rdata.rdx` + `Rdata.rdb`) as plain text files.

Debian ships Jane Austen's novels only as R data (r-cran-janeaustenr); this reads R's XDR serialisation
(R Internals, "Serialization Formats") far enough for character vectors, with the standard library alone, so
preparing the corpus needs no R. Usage: rdata_text.py DATA_DIR OUT_DIR  → OUT_DIR/<object>.txt, one line each.
"""
import gzip
import os
import struct
import sys
import zlib

NILVALUE, REF, GLOBALENV, EMPTYENV, BASEENV, MISSINGARG, BASENAMESPACE = 254, 255, 253, 242, 241, 251, 247
SPECIAL_REFS = {GLOBALENV, EMPTYENV, BASEENV, MISSINGARG, BASENAMESPACE, 250, 249, 248, 246, 245, 244, 243}


class Reader:
    def __init__(self, data: bytes):
        if data[:2] != b"X\n":
            raise ValueError("not an XDR R serialisation")
        self.data, self.pos, self.refs, self.names = data, 2, [], {}
        version = self.int()
        self.int(), self.int()  # writer's R version, minimal reader version
        if version == 3:
            length = self.int()  # native encoding name
            self.pos += length

    def int(self):
        (value,) = struct.unpack_from(">i", self.data, self.pos)
        self.pos += 4
        return value

    def item(self):
        flags = self.int()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind == NILVALUE or kind in SPECIAL_REFS:
            return None
        if kind == REF:
            index = flags >> 8 or self.int()
            return self.refs[index - 1]
        if kind == 1:  # SYMSXP: a CHARSXP follows
            name = self.item()
            self.refs.append(name)
            return name
        if kind == 9:  # CHARSXP
            length = self.int()
            if length == -1:
                return None  # NA_character_
            text = self.data[self.pos:self.pos + length].decode("utf-8", errors="replace")
            self.pos += length
            return text
        if kind in (2, 6):  # LISTSXP (pairlist), LANGSXP
            items = {}
            while kind in (2, 6):
                if has_attr:
                    self.item()
                tag = self.item() if has_tag else None
                items[tag] = self.item()
                flags = self.int()
                kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
            return items  # the terminating NILVALUE was consumed as flags
        if kind in (10, 13):  # LGLSXP, INTSXP
            n = self.int()
            values = struct.unpack_from(f">{n}i", self.data, self.pos)
            self.pos += 4 * n
        elif kind == 14:  # REALSXP
            n = self.int()
            values = struct.unpack_from(f">{n}d", self.data, self.pos)
            self.pos += 8 * n
        elif kind in (16, 19, 20):  # STRSXP, VECSXP, EXPRSXP
            values = [self.item() for _ in range(self.int())]
        else:
            raise ValueError(f"unsupported R object type {kind}")
        if has_attr:
            attributes = self.item()
            if isinstance(attributes, dict) and "names" in attributes:
                self.names[id(values)] = attributes["names"]
        return values


def lazy_load(data_dir):
    # The index is list(variables=, references=, compressed=); variables is a named list of (offset, length)
    # into the data base, each chunk a 4-byte length and a zlib stream.
    reader = Reader(gzip.decompress(open(os.path.join(data_dir, "Rdata.rdx"), "rb").read()))
    variables = reader.item()[0]
    database = open(os.path.join(data_dir, "Rdata.rdb"), "rb").read()
    for name, (offset, length) in zip(reader.names[id(variables)], variables):
        chunk = database[offset:offset + length]
        yield name, Reader(zlib.decompress(chunk[4:])).item()


def main():
    data_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    for name, value in lazy_load(data_dir):
        if isinstance(value, list) and all(isinstance(v, (str, type(None))) for v in value):
            with open(os.path.join(out_dir, f"{name}.txt"), "w", encoding="utf-8") as out:
                out.write("\n".join(v or "" for v in value) + "\n")
            print(f"{name}: {len(value)} lines")


if __name__ == "__main__":
    main()
