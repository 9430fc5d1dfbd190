#!/usr/bin/env python3
# Writes payments-2026-10.xlsx the way a spreadsheet program lays a workbook out: the header in shared
# strings, agency codes and notes as inline strings, paid_on as date serial numbers in a date-styled cell
# (numFmtId 14 and a custom yyyy"年"m"月"d"日"), amounts as numbers. Run once; the .xlsx is committed.
import datetime, zipfile
rows = [
    ("U1", datetime.date(2026, 11, 5), 175.0, "T1", "10月用车费"),
    ("U2", datetime.date(2026, 11, 5), 55.0, "T2", "按旧标准支付"),
    ("U1", datetime.date(2026, 11, 6), 100.0, "", "未写派车单号"),
    ("U1", datetime.date(2026, 11, 6), 88.0, "T99", "派车单号有误"),
    ("U3", datetime.date(2026, 11, 7), 300.0, "", "本月未用车"),
    ("U1", datetime.date(2026, 11, 8), 40.0, "T9", "9月用车费"),
]
header = ["unit_code", "paid_on", "amount_yuan", "reference", "note"]
def serial(d): return (d - datetime.date(1899, 12, 30)).days
def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;")
cells = []
cells.append('<row r="1">' + "".join(f'<c r="{chr(65+i)}1" t="s"><v>{i}</v></c>' for i in range(5)) + "</row>")
for n, (u, d, a, ref, note) in enumerate(rows, start=2):
    style = 1 if n % 2 else 2  # both date styles
    c = f'<c r="A{n}" t="inlineStr"><is><t>{u}</t></is></c>'
    c += f'<c r="B{n}" s="{style}"><v>{serial(d)}</v></c>'
    c += f'<c r="C{n}" s="3"><v>{a}</v></c>'
    if ref:
        c += f'<c r="D{n}" t="inlineStr"><is><t>{ref}</t></is></c>'
    c += f'<c r="E{n}" t="inlineStr"><is><r><t>{esc(note)}</t></r></is></c>'
    cells.append(f'<row r="{n}">{c}</row>')
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} {rns}><sheetData>' + "".join(cells) + "</sheetData></worksheet>"
shared = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="5" uniqueCount="5">' + "".join(f"<si><t>{h}</t></si>" for h in header) + "</sst>"
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
          '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
          '<xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>')
workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rns}><sheets>'
            '<sheet name="交通费支出" sheetId="1" r:id="rId1"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
with zipfile.ZipFile("payments-2026-10.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("_rels/.rels", root_rels)
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/worksheets/sheet1.xml", sheet)
    z.writestr("xl/sharedStrings.xml", shared)
    z.writestr("xl/styles.xml", styles)
