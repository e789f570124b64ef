#!/usr/bin/env python3
"""Writes the byte-exact import fixtures next to this script.

Run once after changing it; the files are committed so tests never depend on Python.
Each file imitates one real export (or one way a file breaks) as its publisher writes it.
"""
import hashlib
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def write(name, data):
    (HERE / name).write_bytes(data)


# Matomo: UTF-16LE with BOM, tab-separated, no final newline.
matomo = "\n".join([
    "date\tnb_uniq_visitors\tnb_visits\tnb_pageviews\tavg_time_on_site\tbounce_rate",
    "2026-01\t1234\t5678\t12345\t00:01:48\t43%",
    "2026-02\t1301\t5900\t13002\t00:02:05\t41%",
    "2026-03\t1402\t6100\t14010\t00:01:59\t40,5%",
])
write("matomo_utf16le.tsv", b"\xff\xfe" + matomo.encode("utf-16-le"))

# Microsoft 365 SharePoint site usage detail: UTF-8 with BOM, CRLF, ISO dates.
m365 = "\r\n".join([
    "Report Refresh Date,Site Id,Site URL,Owner Display Name,Is Deleted,Last Activity Date,"
    "File Count,Active File Count,Page View Count,Visited Page Count,Storage Used (Byte),"
    "Storage Allocated (Byte),Root Web Template,Owner Principal Name,Report Period",
    "2026-03-31,00000000-0000-0000-0000-000000000001,https://contoso.sharepoint.com/sites/intranet,"
    "Intranetbeheer,False,2026-03-31,4210,388,15230,612,5368709120,1099511627776,"
    "Communication Site,beheer@contoso.nl,30",
    "2026-03-31,00000000-0000-0000-0000-000000000002,https://contoso.sharepoint.com/sites/hr,"
    "Afdeling P&O,False,2026-03-28,120,14,830,41,734003200,27487790694400,Team Site,po@contoso.nl,30",
]) + "\r\n"
write("m365_sharepoint_site_usage.csv", b"\xef\xbb\xbf" + m365.encode("utf-8"))

# The coordinator's own sheet, saved by Dutch Excel: Windows-1252, ';', decimal commas.
excel = "\r\n".join([
    "Datum;Metriek;Afdeling;Waarde;Kosten",
    "1-3-2026;Paginaweergaven;Café-overleg;1.234,5;€ 1.234,56",
    "13-3-2026;Tevredenheid;Financiën;7,8;€ 0,00",
    "2-4-2026;Geïnteresseerden;Coördinatie;-12;€ -5,25",
    ";;;;",
    "Totaal;;;1.254,3;€ 1.229,31",
]) + "\r\n"
write("eigen_spreadsheet_excel.csv", excel.encode("cp1252"))

# Google Analytics 4 UI export: '#' preamble with the period, a quoted line break,
# thousands in quotes, a totals row with an empty first cell and trailing blank lines.
ga4 = "\n".join([
    "# ----------------------------------------",
    "# Pages and screens: Page title and screen class",
    "# Account: Gemeente Voorbeeld",
    "# Property: Intranet",
    "# ----------------------------------------",
    "#",
    "# Start date: 20260101",
    "# End date: 20260131",
    "Page title and screen class,Views,Users,Average engagement time",
    "Home,\"3,215\",812,00:01:48",
    "\"Nieuws: \"\"Nieuwe kantine\"\"",
    "open\",\"1,200\",400,00:00:52",
    "Contact,98,45,00:00:30",
    ",\"4,513\",\"1,257\",",
    "",
    "",
])
write("ga4_pages.csv", ga4.encode("utf-8"))

write("empty.csv", b"")
write("header_only.csv", b"date,metric,dimension,value\n")
write("truncated_utf16.tsv", b"\xff\xfe" + "date\tnb_visits\n2026-01\t5678\n".encode("utf-16-le") + b"2")
write("unterminated_quote.csv", b"date,metric,value\n2026-01-01,page_views,100\n"
      b"2026-01-02,\"page_views,200\n2026-01-03,page_views,300\n")
# Bytes that look like nothing: SHA-256 digests in a row, the same on every run.
write("binary_garbage.bin", b"".join(hashlib.sha256(bytes([i])).digest() for i in range(64)))
