#!/usr/bin/python3
"""Cuts wqy-microhei.ttf to wqy-microhei-common.ttf: the characters of GB 2312, Latin-1, the punctuation and symbol
blocks documents use, and every character of the app's own texts (resx, catalog, code). Run from the repository's
root with Debian's fonttools installed (apt-get install fonttools): /usr/bin/python3 wwwroot-assets/fonts/cut-common.py
Characters outside the cut face are printed with the whole face (FontSet.Full), so nothing depends on this list
being complete; it only decides which documents print with the smaller face. The cut face is renamed
"WenQuanYi Micro Hei Common" (a modified version under the Apache-2.0 licence; PDFsharp needs distinct names)."""
import glob
import subprocess
import tempfile

from fontTools.ttLib import TTFont

FOLDER = "wwwroot-assets/fonts"
wanted = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
for cp in range(0x80, 0x10000):
    try:
        chr(cp).encode("gb2312")
        wanted.add(cp)
    except UnicodeEncodeError:
        pass
for first, last in [(0x2000, 0x206F), (0x2100, 0x218F), (0x2190, 0x21FF), (0x2460, 0x24FF), (0x2500, 0x257F),
                    (0x25A0, 0x25FF), (0x2600, 0x26FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]:
    wanted |= set(range(first, last + 1))
for pattern in ["src/**/*.resx", "src/**/*.json", "src/**/*.cs", "src/**/*.razor"]:
    for path in glob.glob(pattern, recursive=True):
        with open(path, encoding="utf-8") as f:
            wanted |= {ord(c) for c in f.read() if ord(c) >= 0x80}

cmap = TTFont(f"{FOLDER}/wqy-microhei.ttf").getBestCmap()
keep = sorted(cp for cp in wanted if cp in cmap)
with tempfile.NamedTemporaryFile("w", suffix=".txt") as unicodes:
    unicodes.write(",".join(f"U+{cp:04X}" for cp in keep))
    unicodes.flush()
    subprocess.run(["pyftsubset", f"{FOLDER}/wqy-microhei.ttf", f"--unicodes-file={unicodes.name}",
                    "--layout-features=", "--name-IDs=*", "--name-languages=*", "--notdef-outline",
                    f"--output-file={FOLDER}/wqy-microhei-common.ttf"], check=True)
# A face of its own name: PDFsharp keeps one face per full name, and the whole face is loaded beside this one.
cut = TTFont(f"{FOLDER}/wqy-microhei-common.ttf", recalcTimestamp=False)
for record in cut["name"].names:
    if record.nameID in (1, 4, 16):
        record.string = "WenQuanYi Micro Hei Common"
    elif record.nameID == 3:
        record.string = "WenQuanYi Micro Hei Common (HallDesk cut)"
    elif record.nameID == 6:
        record.string = "WenQuanYiMicroHei-Common"
cut.save(f"{FOLDER}/wqy-microhei-common.ttf")
print(f"{len(keep)} characters kept")
