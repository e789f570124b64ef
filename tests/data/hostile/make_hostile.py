#!/usr/bin/env python3
"""Writes the hostile catalogue (issue 13) next to this script: files a careless or hostile
hand gives Stuurboord, as import files (import/) and as workspaces (workspace/).

Run once after changing it; the files are committed so tests never depend on Python.
What Stuurboord must say about each is in catalogue.tsv; HostileCatalogueTest checks it,
and that nothing is written, in bounded time. Files too large to commit (millions of
keys, endless streams) are made by the test itself.
"""
import glob
import os
import pathlib
import random
import sqlite3
import struct
import zipfile
import zlib

HERE = pathlib.Path(__file__).resolve().parent
SCHEMA = HERE.parents[2] / "core" / "storage" / "schema"
rng = random.Random(13)


def write(name, data):
    path = HERE / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def xlsx(name, entries, compression=zipfile.ZIP_DEFLATED):
    path = HERE / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression) as z:
        for entry, data in entries:
            z.writestr(entry, data)


CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 b'<Default Extension="xml" ContentType="application/xml"/></Types>')
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            b'<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        b'Target="worksheets/sheet1.xml"/></Relationships>')


def sheet(rows_xml):
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData>' + rows_xml + b'</sheetData></worksheet>')


def workbook(name, sheet_xml, shared=None, extra=()):
    entries = [("[Content_Types].xml", CONTENT_TYPES), ("xl/workbook.xml", WORKBOOK),
               ("xl/_rels/workbook.xml.rels", RELS), ("xl/worksheets/sheet1.xml", sheet_xml)]
    if shared is not None:
        entries.append(("xl/sharedStrings.xml", shared))
    xlsx(name, entries + list(extra))


# ---- import files: text -------------------------------------------------------------
write("import/empty.csv", b"")
write("import/only_bom.csv", b"\xef\xbb\xbf")
write("import/only_newlines.csv", b"\r\n" * 500)
write("import/only_separators.csv", b";;;;;;;;\n" * 20)
write("import/header_only.csv", b"date,metric,dimension,value\n")
write("import/random_bytes.bin", bytes(rng.getrandbits(8) for _ in range(20000)))
write("import/nul_bytes.csv", b"\0" * 8192)
# A UTF-16 file cut in the middle of a character is no longer refused: its complete rows
# import and the cut one is rejected (issue 16; MatomoImportTest).
write("import/utf32_bom.csv", b"\xff\xfe\x00\x00" + "date,value\n2026-01,5\n".encode("utf-32-le"))
write("import/unterminated_quote.csv", b'date,metric,dimension,value\n2026-01-01,page_views,"never closed,1\n' + b"x" * 5000)
write("import/negative_year.csv", b"date,metric,dimension,value\n-0001-01-01,page_views,a,5\n")
write("import/huge_numbers.csv", b"date,metric,dimension,value\n2026-01-01,page_views,a,1e308\n2026-01-02,page_views,a,1e308\n2026-01-03,page_views,a,1e309\n")
write("import/nan_infinity.csv", b"date,metric,dimension,value\n2026-01-01,page_views,a,NaN\n2026-01-02,page_views,a,Infinity\n2026-01-03,page_views,a,-inf\n")
write("import/impossible_dates.csv", b"date,metric,dimension,value\n2026-02-30,page_views,a,5\n2026-13-01,page_views,a,6\n0000-01-01,page_views,a,7\n")
write("import/only_totals.csv", b"Maand;Paginaweergaven\r\nTotaal;25.346\r\n")
write("import/pdf_renamed.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
write("import/png_renamed.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89" + b"\x00" * 64)
write("import/gzip_renamed.csv", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + zlib.compress(b"date,value\n2026-01,5\n")[2:])
write("import/elf_binary.csv", b"\x7fELF\x02\x01\x01" + b"\x00" * 200)
write("import/html_page.csv", b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Log in to continue</form></body></html>\n")
write("import/json_file.csv", b'{"date": "2026-01-01", "metric": "page_views", "value": 5}\n')
write("import/every_row_rejected.csv", b"date,metric,dimension,value\nmorgen,page_views,a,1\ngisteren,page_views,b,2\nooit,page_views,c,3\n")
write("import/control_characters.csv", b"date,metric,dimension,value\n\x1b[2J\x07,\x08\x08,\x1b]0;pwned\x07,1\n")

# ---- import files: workbooks ---------------------------------------------------------
write("import/xlsx_not_a_zip.xlsx", b"PK\x03\x04" + b"\x00garbage" * 100)
workbook("import/xlsx_truncated_source.xlsx", sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c></row>'))
data = (HERE / "import/xlsx_truncated_source.xlsx").read_bytes()
os.remove(HERE / "import/xlsx_truncated_source.xlsx")
write("import/xlsx_truncated.xlsx", data[: len(data) // 2])
xlsx("import/xlsx_no_workbook.xlsx", [("[Content_Types].xml", CONTENT_TYPES), ("docProps/app.xml", b"<Properties/>")])
# 50 MB of one repeated row, deflated to some 150 kilobytes.
bomb_row = b'<row><c t="inlineStr"><is><t>0</t></is></c></row>'
workbook("import/xlsx_zip_bomb.xlsx", sheet(bomb_row * (50_000_000 // len(bomb_row))))
laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
    b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10)) + \
    b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
workbook("import/xlsx_billion_laughs.xlsx", sheet(b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), shared=laughs)
xxe = (b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>')
workbook("import/xlsx_external_entity.xlsx", sheet(b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), shared=xxe)
xlsx("import/xlsx_path_traversal.xlsx", [("[Content_Types].xml", CONTENT_TYPES), ("xl/workbook.xml", WORKBOOK),
     ("xl/_rels/workbook.xml.rels", RELS.replace(b"worksheets/sheet1.xml", b"../../../../etc/passwd"))])
workbook("import/xlsx_far_cell.xlsx", sheet(b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))
workbook("import/xlsx_deep_nesting.xlsx", sheet(b"<x>" * 100000 + b"</x>" * 100000))
workbook("import/xlsx_bad_shared_index.xlsx", sheet(b'<row r="1"><c r="A1" t="s"><v>99999999</v></c></row>'), shared=b'<sst><si><t>a</t></si></sst>')
workbook("import/xlsx_empty_sheet.xlsx", sheet(b""))
# import/xlsx_fuzzed_workbook_entry.xlsx is not made here: fuzz_xlsx_reader found it (a
# damaged deflate stream in xl/workbook.xml made the XML reader wait for more data for
# ever, holding the workspace). It is kept as the fuzzer wrote it. So is
# import/xlsx_fuzzed_deep_nesting.xlsx: 1.4 kB whose sheet unpacks to 230,000 nested tags,
# which the XML reader kept in memory (refused now past 64 levels).

# ---- workspace files ------------------------------------------------------------------


def schema_sql(upto):
    for version in range(1, upto + 1):
        sql = open(glob.glob(str(SCHEMA / f"{version:03d}-*.sql"))[0]).read()
        yield sql.replace("{id}", "INTEGER PRIMARY KEY")


def database(name, version=None, app_id=0x53425244, steps=None, after=None):
    path = HERE / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size=1024")  # small files to commit
    for sql in schema_sql(steps if steps is not None else 0):
        db.executescript(sql)
    if app_id is not None:
        db.execute(f"PRAGMA application_id={app_id}")
    if version is not None:
        db.execute(f"PRAGMA user_version={version}")
    if after:
        db.executescript(after)
    db.commit()
    db.close()
    return path.read_bytes()


current = len(list(SCHEMA.glob("*.sql")))
good = database("workspace/_good.tmp", version=current, steps=current)
os.remove(HERE / "workspace/_good.tmp")


def patched(name, offset, value):
    write(name, good[:offset] + value + good[offset + len(value):])


write("workspace/empty.stuurboord", b"")
write("workspace/text.stuurboord", b"date;metric;value\n2026-01;page_views;1234\n")
write("workspace/zeros.stuurboord", b"\0" * 8192)
write("workspace/random.stuurboord", bytes(rng.getrandbits(8) for _ in range(8192)))
write("workspace/header_only.stuurboord", good[:100])
write("workspace/truncated.stuurboord", good[: len(good) // 2])
patched("workspace/page_size_3.stuurboord", 16, b"\x00\x03")
patched("workspace/reserved_255.stuurboord", 20, b"\xff")
patched("workspace/payload_fractions.stuurboord", 21, b"\x00\x00\x00")
patched("workspace/newer_version.stuurboord", 60, struct.pack(">i", current + 7))
patched("workspace/version_zero.stuurboord", 60, struct.pack(">i", 0))
patched("workspace/foreign_app_id.stuurboord", 68, struct.pack(">I", 0x12345678))
write("workspace/pdf.stuurboord", (HERE / "import/pdf_renamed.csv").read_bytes())
database("workspace/other_program.stuurboord", app_id=None, after="CREATE TABLE visits (url TEXT, at INTEGER);")
database("workspace/hollow.stuurboord", version=current)
database("workspace/observation_view.stuurboord", version=current, steps=current,
         after="PRAGMA foreign_keys=OFF; DROP TABLE observation; CREATE VIEW observation AS SELECT 1 AS id;")
database("workspace/column_dropped.stuurboord", version=current, steps=current,
         after="ALTER TABLE goal DROP COLUMN horizon;")
page2 = bytearray(good)
size = struct.unpack(">H", good[16:18])[0]
page2[size:2 * size] = b"\xa5" * size
write("workspace/garbage_page.stuurboord", bytes(page2))
