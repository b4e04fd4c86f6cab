#!/usr/bin/env python3
"""Writes the seed corpus of the `elf` harness: small ELF64 x86-64 cores.

Table pages are stored sparsely: each run of non-zero entries is its own PT_LOAD, and the
zeros after it are the segment's zero-filled tail (p_memsz > p_filesz), so a 4 KiB table with
three entries costs a few dozen bytes. That keeps the seeds small and also exercises the
reader's assembly of a page from several segments.

The cores' e_entry field holds a CR3 for the harness (a core reader ignores e_entry), and bit 0
of e_flags asks the harness to walk with the `.fail` policy for missing tables.

Usage: make-elf-seeds.py OUTPUT_DIR [REAL_CORE]
REAL_CORE, if given, is a decompressed core of shared/data (pti-on/snap-user/pgtables.elf.xz);
one seed then keeps its notes and the first few tables reachable from its user CR3.
"""
import os
import struct
import sys

PAGE = 4096
P, RW, US, PWT, PCD, A, D, PS, G = 1, 2, 4, 8, 16, 32, 64, 128, 256
NX = 1 << 63


def le64(*values):
    return b"".join(struct.pack("<Q", v & (2**64 - 1)) for v in values)


def note(name, note_type, descriptor):
    name_bytes = name.encode() + b"\0"
    pad = lambda b: b + b"\0" * (-len(b) % 4)
    return struct.pack("<III", len(name_bytes), len(descriptor), note_type) + pad(name_bytes) + pad(descriptor)


def qemu_note(cr3, cs_flags=0xA09B00, cs_selector=0x10, rip=0, gs_base=0, kernel_gs_base=0, cr4=0x6F0, size=440):
    """QEMU's QEMUCPUState (target/i386/arch_dump.c), 440 bytes; 432 before QEMU 5.0."""
    registers = [0] * 18
    registers[16] = rip
    body = struct.pack("<II", 1, size) + le64(*registers)
    for index in range(10):
        selector = cs_selector if index == 0 else 0
        flags = cs_flags if index == 0 else 0
        base = gs_base if index == 4 else 0
        body += struct.pack("<IIII", selector, 0xFFFFFFFF, flags, 0) + le64(base)
    body += le64(0x80050033, 0, 0, cr3, cr4)
    if size >= 440:
        body += le64(kernel_gs_base)
    return note("QEMU", 0, body)


def prstatus_note(pid, cs=0x10, rip=0, gs_base=0):
    """Linux's x86-64 struct elf_prstatus: 336 bytes, pid at 32, registers at 112."""
    registers = [0] * 27
    registers[16], registers[17], registers[22] = rip, cs, gs_base
    body = b"\0" * 32 + struct.pack("<I", pid) + b"\0" * 76 + le64(*registers) + b"\0" * 8
    return note("CORE", 1, body)


def sparse_loads(pages):
    """PT_LOADs for {page address: {index: entry}}: one per run of non-zero entries."""
    loads = []
    for page in sorted(pages):
        entries = {i: v for i, v in pages[page].items() if v}
        indices = sorted(entries)
        runs = []
        for index in indices:
            if runs and runs[-1][1] == index:
                runs[-1][1] += 1
            else:
                runs.append([index, index + 1])
        if not runs or runs[0][0] > 0:
            first = runs[0][0] if runs else 512
            loads.append((page, b"", first * 8))
        for number, (start, end) in enumerate(runs):
            following = runs[number + 1][0] if number + 1 < len(runs) else 512
            data = le64(*(entries[i] for i in range(start, end)))
            loads.append((page + start * 8, data, (following - start) * 8))
    return loads


def dense_loads(pages):
    """One PT_LOAD per page, every byte stored."""
    loads = []
    for page in sorted(pages):
        words = [pages[page].get(i, 0) for i in range(512)]
        loads.append((page, le64(*words), PAGE))
    return loads


def core(loads, notes=(), entry=0, flags=0, extended=False):
    """An ELF64 ET_CORE: header, program headers (PT_NOTE first), notes, then the loads."""
    note_data = b"".join(notes)
    count = (1 if notes else 0) + len(loads)
    header_end = 64 + 56 * count
    section_offset = 0
    if extended:
        section_offset = header_end
        header_end += 64
    cursor = header_end
    note_offset = cursor
    cursor += len(note_data)
    headers = b""
    if notes:
        headers += struct.pack("<II", 4, 4) + le64(note_offset, 0, 0, len(note_data), len(note_data), 0)
    body = note_data
    for physical, data, memory_size in loads:
        headers += struct.pack("<II", 1, 4) + le64(cursor, physical, physical, len(data), memory_size, 0)
        body += data
        cursor += len(data)
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + b"\0" * 8
    header = ident + struct.pack("<HHI", 4, 62, 1) + le64(entry, 64, section_offset)
    header += struct.pack("<IHHHHHH", flags, 64, 56, 0xFFFF if extended else count, 64 if extended else 0,
                          1 if extended else 0, 0)
    section = b""
    if extended:  # section header 0: sh_info (offset 44) holds the real e_phnum
        section = b"\0" * 44 + struct.pack("<I", count) + b"\0" * 16
    return header + headers + section + body


def sample_tables():
    """A kernel-looking tree at 0x1000: 4K, 2M and 1G leaves, a shared PD, G and NX bits."""
    return {
        0x1000: {0: 0x2000 | P | RW | US, 256: 0x3000 | P | RW, 511: 0x3000 | P | RW},  # PML4
        0x2000: {0: 0x4000 | P | RW | US, 1: 0x4000_0000 | P | RW | US | PS | NX},  # PDPT, 1G leaf
        0x3000: {0: 0x4000 | P | RW, 510: 0x4000 | P, 511: 0x8000_0000 | P | PS | G},  # shared PD
        0x4000: {0: 0x5000 | P | RW | US, 1: 0x20_0000 | P | RW | PS | G | NX, 2: 0x40_0000 | P | PS | A | D},
        0x5000: {0: 0x10_0000 | P | US, 1: 0x10_1000 | P | US, 2: 0x10_2000 | P | US | A, 3: 0x10_3000 | P | RW | US | NX,
                 4: 0x1000 | P | G, 511: 0xF_FFFF_FFFF_F000 | P | RW | NX},
    }


def real_seed(path):
    """The real core's notes, and its user CR3's PML4 plus the first tables under it."""
    with open(path, "rb") as file:
        data = file.read()
    (phoff,) = struct.unpack_from("<Q", data, 32)
    (phnum,) = struct.unpack_from("<H", data, 56)
    segments, notes = [], []
    for index in range(phnum):
        kind, _, offset, _, physical, size, _ = struct.unpack_from("<IIQQQQQ", data, phoff + 56 * index)
        if kind == 1:
            segments.append((physical, offset, size))
        elif kind == 4:
            cursor = offset
            while cursor + 12 <= offset + size:
                name_size, descriptor_size, _ = struct.unpack_from("<III", data, cursor)
                total = 12 + (name_size + 3) // 4 * 4 + (descriptor_size + 3) // 4 * 4
                notes.append(data[cursor:cursor + total])
                cursor += total

    def page(address):
        for physical, offset, size in segments:
            if physical <= address < physical + size:
                start = offset + address - physical
                return dict(enumerate(struct.unpack_from("<512Q", data, start)))
        return None

    cr3 = None
    for raw in notes:
        if raw[12:17] == b"QEMU\0":
            cr3 = struct.unpack_from("<Q", raw, 20 + 392 + 24)[0]  # descriptor at 20; CR3 = CR0 + 3 words
    root = cr3 & 0x000F_FFFF_FFFF_F000
    pages, pending = {}, [(root, 4)]
    while pending and len(pages) < 8:
        address, level = pending.pop(0)
        if address in pages:
            continue
        entries = page(address)
        if entries is None:
            continue
        if level == 1:  # keep PTE pages short: the first 16 present entries
            entries = dict([(i, v) for i, v in entries.items() if v & P][:16])
        pages[address] = entries
        if level > 1:
            children = [v & 0x000F_FFFF_FFFF_F000 for v in entries.values() if v & P and not v & PS]
            pending += [(child, level - 1) for child in children[:2]]
    return core(sparse_loads(pages), notes, entry=cr3)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tables = sample_tables()
    qemu = [qemu_note(0x1000 | 1), qemu_note(0x8000_0000_0000_1000 | 2, cs_flags=0xA0FB00, cs_selector=0x33, kernel_gs_base=0x1234)]
    seeds = {
        "qemu-sparse.core": core(sparse_loads(tables), qemu, entry=0x3000),
        "qemu-dense.core": core(dense_loads({a: tables[a] for a in (0x1000, 0x2000, 0x3000)})
                                + sparse_loads({a: tables[a] for a in (0x4000, 0x5000)}), qemu, entry=0x2000),
        "vmcore-prstatus.core": core(sparse_loads(tables), [prstatus_note(1), prstatus_note(2, cs=0x33)], entry=0x1000),
        "qemu-432-and-prstatus.core": core(sparse_loads(tables), [prstatus_note(1), qemu_note(0x1000, size=432)], entry=0x5000),
        "missing-table-fail.core": core(sparse_loads({0x1000: {0: 0x9000 | P, 1: 0x2000 | P}, 0x2000: tables[0x2000]}),
                                        [qemu_note(0x1000)], entry=0x1000, flags=1),
        "self-reference.core": core(sparse_loads({0x1000: {0: 0x1000 | P | RW, 1: 0x1000 | P | PS, 510: 0x1000 | P}}),
                                    [qemu_note(0x1000)], entry=0x1000),
        # 44^4 leaves at the default bound; walked to the harness's lower bound of 2^16 runs.
        "self-reference-44.core": core(sparse_loads({0x1000: {i: 0x1000 | P | RW for i in range(44)}}),
                                       [qemu_note(0x1000)], entry=0x1000),
        "extended-numbering.core": core(sparse_loads({0x1000: {3: 0x2000 | P}, 0x2000: {7: 0x4000_0000 | P | PS}}),
                                        [qemu_note(0x1000)], entry=0x1000, extended=True),
        "zero-tail.core": core([(0x1000, le64(0x2000 | P), 0x3000)], [qemu_note(0x1000)], entry=0x1000),
        "no-notes.core": core(sparse_loads({0x1000: {0: 0x20_0000 | P}}), [], entry=0x1000),
    }
    if len(sys.argv) > 2:
        seeds["real-pti-on-user.core"] = real_seed(sys.argv[2])
    for name, data in seeds.items():
        with open(os.path.join(out, name), "wb") as file:
            file.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
