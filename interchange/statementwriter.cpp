#include "interchange/statementwriter.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

bool StatementWriter::writeXlsx(const AgencyStatement &s, const QString &path)
{
    m_error.clear();
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook) {
        m_error = tr("%1: cannot write").arg(path);
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, s.month.toString().toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *yuan = workbook_add_format(workbook);
    format_set_num_format(yuan, "0.00");
    lxw_format *boldYuan = workbook_add_format(workbook);
    format_set_num_format(boldYuan, "0.00");
    format_set_bold(boldYuan);
    lxw_format *tenth = workbook_add_format(workbook);
    format_set_num_format(tenth, "0.0");
    auto text = [&](int r, int c, const QString &v, lxw_format *f = nullptr) {
        worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), v.toUtf8().constData(), f);
    };
    text(0, 0, s.title(), bold);
    const QStringList head = AgencyStatement::columns();
    for (int c = 0; c < head.size(); ++c)
        text(2, c, head[c], bold);
    int r = 3;
    for (int i = 0; i < s.lines.size(); ++i, ++r) {
        const SettlementLine &l = s.lines[i];
        const QStringList cell = AgencyStatement::cells(i + 1, l);
        worksheet_write_number(sheet, lxw_row_t(r), 0, i + 1, nullptr);
        for (int c = 1; c <= 5; ++c)
            text(r, c, cell[c]);
        worksheet_write_number(sheet, lxw_row_t(r), 6, l.price.km, tenth);
        worksheet_write_number(sheet, lxw_row_t(r), 7, l.price.hours, tenth);
        worksheet_write_number(sheet, lxw_row_t(r), 8, l.billedYuan(), yuan);
        text(r, 9, cell[9]);
    }
    text(r, 0, tr("Total"), bold);
    text(r, 1, tr("%1 trips").arg(s.lines.size()), bold);
    worksheet_write_number(sheet, lxw_row_t(r), 6, s.totalKm(), tenth);
    worksheet_write_number(sheet, lxw_row_t(r), 8, s.totalYuan(), boldYuan);
    worksheet_set_column(sheet, 0, 0, 6, nullptr);
    worksheet_set_column(sheet, 1, 5, 16, nullptr);
    worksheet_set_column(sheet, 6, 8, 12, nullptr);
    worksheet_set_column(sheet, 9, 9, 30, nullptr);
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        QFile::remove(partial);
        m_error = tr("%1: cannot write: %2").arg(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        m_error = tr("%1: cannot write").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}
