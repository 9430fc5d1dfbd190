#!/usr/bin/env python3
# Writes the import assistant's test statements as they arrive at a fleet center (run once; the files are
# committed): the oil company's card statement as Excel writes CSV on a Chinese Windows (GB18030, its own
# column titles and order, times as 2026/10/8 9:30), the same with its columns moved (next month's layout),
# and the traffic police's violation list as an .xlsx (shared strings for titles and descriptions, inline
# strings for plates, violation times as date serials with a custom date-time format).
import datetime, zipfile
card = ("序号,卡号,交易时间,加油站编号,油品,数量(升),金额（元）,车牌号\r\n"
        "1,C1,2026/10/1 7:00,S1,92#汽油,45.00,337.50,苏F·A0001\r\n"
        "2,C2,2026/10/4 7:05,S1,92#汽油,12.00,90.00,苏F·A0001\r\n"
        "3,C3,2026年10月7日 7:00,S1,95#汽油,8.80,66.00,苏F·B0001\r\n")
open("card-statement-gb18030.csv", "wb").write(card.encode("gb18030"))
moved = ("卡号,车牌号,金额（元）,数量(升),交易时间,加油站编号\r\n"
         "C1,苏F·A0001,300.00,40.00,2026/11/2 8:00,S1\r\n")
open("card-statement-moved-gb18030.csv", "wb").write(moved.encode("gb18030"))
bad = ("序号,卡号,交易时间,加油站编号,油品,数量(升),金额（元）,车牌号\r\n"
       "1,C1,2026/10/1 7:00,S1,92#汽油,45.00,337.50,苏F·A0001\r\n"
       "2,C9,2026/10/4 7:05,S1,92#汽油,12.00,90.00,苏F·A0001\r\n"
       "3,C3,2026/10/7 7:00,S1,95#汽油,-8.80,66.00,苏F·B0001\r\n")
open("card-statement-bad-gb18030.csv", "wb").write(bad.encode("gb18030"))

def serial(dt):
    delta = dt - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400.0
titles = ["序号", "号牌号码", "违法时间", "违法代码", "违法行为", "罚款金额"]
texts = ["机动车违反规定停放", "超速行驶（未达20%）"]
shared = titles + texts
rows = [
    (1, "苏F·A0001", datetime.datetime(2026, 10, 8, 8, 15), "1039", 0, 200),
    (2, "苏F·B0001", datetime.datetime(2026, 10, 21, 17, 42, 30), "1352", 1, 200),
]
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
xml = ['<row r="1" spans="1:6">' + "".join(f'<c r="{chr(65+i)}1" t="s" s="0"><v>{i}</v></c>' for i in range(6)) + "</row>"]
for n, (no, plate, when, code, text, fine) in enumerate(rows, start=2):
    xml.append(f'<row r="{n}"><c r="A{n}"><v>{no}</v></c><c r="B{n}" t="inlineStr"><is><t>{plate}</t></is></c>'
               f'<c r="C{n}" s="1"><v>{serial(when):.10f}</v></c><c r="D{n}" t="str"><v>{code}</v></c>'
               f'<c r="E{n}" t="s"><v>{len(titles) + text}</v></c><c r="F{n}" s="2"><v>{fine}</v></c></row>')
sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} {rns}><dimension ref="A1:F3"/><sheetData>' + "".join(xml) + "</sheetData></worksheet>"
sst = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="8" uniqueCount="8">' + "".join(
    f'<si><t>{t}</t></si>' if i != 1 else f'<si><r><t>号牌</t></r><r><rPr><b/></rPr><t>号码</t></r><rPh sb="0" eb="2"><t>ハオパイ</t></rPh></si>'
    for i, t in enumerate(shared)) + "</sst>"
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}><numFmts count="1">'
          '<numFmt numFmtId="177" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/></numFmts>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="177" applyNumberFormat="1"/><xf numFmtId="2"/></cellXfs></styleSheet>')
workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rns}><sheets>'
            '<sheet name="违法记录" sheetId="3" r:id="rId7"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/violations.xml"/>'
        '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/></Types>')
with zipfile.ZipFile("violations-police.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/worksheets/violations.xml", sheet)
    z.writestr("xl/sharedStrings.xml", sst)
    z.writestr("xl/styles.xml", styles)
