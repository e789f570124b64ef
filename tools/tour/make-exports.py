#!/usr/bin/env python3
"""Writes one usage export of every kind Stuurboord reads into a folder, as the coordinator
downloads them in March 2026: for looking at the application end to end (tools/tour/run.sh).

Usage: tools/tour/make-exports.py FOLDER
"""
import os
import shutil
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "..", "tests", "data", "import")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
BOM = "\ufeff"


def write(name, text, encoding="utf-8"):
    with open(os.path.join(out, name), "w", encoding=encoding, newline="") as f:
        f.write(text)


def copy(source, name):
    shutil.copy(os.path.join(data, source), os.path.join(out, name))


copy("m365_sharepoint_site_usage.csv", "01-sharepoint-sitegebruik.csv")

users = ["an.jansen@dijkstede.nl", "bo.devries@dijkstede.nl", "cem.yilmaz@dijkstede.nl"]
rows = [f"2026-03-31,{u},False,,2026-03-{20 + i},{5 + i},{i},{2 * i},0,{40 + 7 * i},Microsoft 365 E3,30"
        for i, u in enumerate(users)]
write("02-sharepoint-activiteit.csv", BOM
      + "Report Refresh Date,User Principal Name,Is Deleted,Deleted Date,Last Activity Date,"
        "Viewed Or Edited File Count,Synced File Count,Shared Internally File Count,"
        "Shared Externally File Count,Visited Page Count,Assigned Products,Report Period\r\n"
      + "\r\n".join(rows) + "\r\n")

rows = [f"2026-03-31,{u},{u.split('@')[0]},Active,,2026-03-2{i},{i + 1},{30 + i},{4 * i},Microsoft 365 E3,30"
        for i, u in enumerate(users)]
write("03-viva-engage-gebruikers.csv", BOM
      + "Report Refresh Date,User Principal Name,Display Name,User State,State Change Date,"
        "Last Activity Date,Posted Count,Read Count,Liked Count,Assigned Products,Report Period\r\n"
      + "\r\n".join(rows) + "\r\n")

rows = [f"2026-03-31,{3 + d % 4},{1 + d % 3},{20 + d},2026-03-{d:02d},7" for d in range(25, 32)]
write("04-viva-engage-per-dag.csv", BOM + "Report Refresh Date,Liked,Posted,Read,Report Date,Report Period\r\n"
      + "\r\n".join(rows) + "\r\n")

teams = ("Report Refresh Date,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,"
         "Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,"
         "Meeting Count,Meetings Organized Count,Meetings Attended Count,"
         "Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,"
         "Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,"
         "Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,"
         "Audio Duration In Seconds,Video Duration In Seconds,Screen Share Duration In Seconds,"
         "Has Other Action,Urgent Messages,Post Messages,Tenant Display Name,"
         "Shared Channel Tenant Display Names,Reply Messages,Is Licensed,Report Period")
rows = [f"2026-03-31,id-{i},{u},2026-03-2{i},False,,Microsoft 365 E3,{10 + i},{20 + i},{i},{3 + i},1,{2 + i},"
        f"0,1,0,1,1,1,{600 * i},{300 * i},{60 * i},No,0,{i},Gemeente Dijkstede,,{i},Yes,30"
        for i, u in enumerate(users)]
write("05-teams-gebruikers.csv", BOM + teams + "\r\n" + "\r\n".join(rows) + "\r\n")

copy("matomo_utf16le.tsv", "06-matomo-bezoeken.tsv")
write("export_VisitsSummary_2026-03.csv",
      "nb_uniq_visitors,nb_visits,nb_actions,bounce_rate\n812,1204,3650,45%\n")
copy("ga4_pages.csv", "08-ga4-paginas.csv")


def ga4_block(title):
    return ("# ----------------------------------------\n"
            f"# {title}\n# Account: Gemeente Dijkstede\n# Property: Intranet\n"
            "# ----------------------------------------\n#\n# All Users\n"
            "# Start date: 20260301\n# End date: 20260331\n")


write("09-ga4-overzicht.csv", ga4_block("Reports snapshot") + "Nth day,Active users\n0000,120\n0001,131\n0002,99\n\n"
      + ga4_block("Reports snapshot") + "# Views by page title\nPage title and screen class,Views\nHome,900\nNieuws,400\n\n"
      + ga4_block("Reports snapshot") + "Country,Active users\nNetherlands,300\n")

write("10-universal-analytics.csv",
      "# ----------------------------------------\n# Intranet\n# Pages\n# 20220101-20220131\n"
      "# ----------------------------------------\n\n"
      "Page,Pageviews,Unique Pageviews,Avg. Time on Page,Entrances,Bounce Rate,% Exit,Page Value\n"
      "/,\"12,345\",\"9,876\",00:01:02,\"4,321\",45.67%,38.12%,$0.00\n"
      "/nieuws,\"1,002\",870,00:00:40,312,22.10%,12.00%,$0.00\n"
      ",\"13,347\",\"10,746\",00:01:00,\"4,633\",44.02%,35.50%,$0.00\n")

copy("eigen_spreadsheet_excel.csv", "11-eigen-overzicht.csv")

# A workbook with a notes sheet first and the figures on the second sheet, header on row 3,
# months as date-styled serial numbers.
main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


notes = f'<row r="1">{inline("A1", "Toelichting: maandcijfers intranet, bron: beheerportaal")}</row>'
figures = f'<row r="1">{inline("A1", "Intranet Dijkstede 2026")}</row>'
figures += f'<row r="3">{inline("A3", "Maand")}{inline("B3", "Paginaweergaven")}{inline("C3", "Actieve gebruikers")}</row>'
for i, (serial, views, active) in enumerate([(46023, 12345, 610), (46054, 13001, 620.5), (46082, 14210, 655)]):
    r = 4 + i
    figures += f'<row r="{r}"><c r="A{r}" s="1"><v>{serial}</v></c><c r="B{r}"><v>{views}</v></c><c r="C{r}"><v>{active}</v></c></row>'
with zipfile.ZipFile(os.path.join(out, "12-eigen-werkmap.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/></Types>')
    z.writestr("_rels/.rels", head + f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", head + f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
               '<sheet name="Toelichting" sheetId="1" r:id="rId1"/><sheet name="Cijfers" sheetId="2" r:id="rId2"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", head + f'<Relationships xmlns="{pkg}">'
               f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{rel}/worksheet" Target="worksheets/sheet2.xml"/>'
               f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>')
    z.writestr("xl/styles.xml", head + f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="mmm\\-yy"/></numFmts>'
               '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>')
    for n, rows_xml in ((1, notes), (2, figures)):
        z.writestr(f"xl/worksheets/sheet{n}.xml", head + f'<worksheet xmlns="{main}"><sheetData>{rows_xml}</sheetData></worksheet>')

# Nothing recognises this one: no date column, no known export header. The wizard maps it.
write("13-teamoverzicht.csv", "Team;Bezoekers;Reacties\r\nZorg;412;37\r\nFacilitair;208;12\r\n", "cp1252")
print(f"wrote {len(os.listdir(out))} exports to {out}")
