#include "interchange/workbookwriter.h"

#include <QFile>
#include <QSet>

#include <cmath>
#include <xlsxwriter.h>

namespace {

// Excel's sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(QString title, QSet<QString> &used)
{
    for (const QChar c : { u'[', u']', u':', u'*', u'?', u'/', u'\\' })
        title.replace(c, QLatin1Char(' '));
    title = title.left(31).trimmed();
    if (title.isEmpty())
        title = QStringLiteral("Sheet");
    QString name = title;
    for (int n = 2; used.contains(name); ++n)
        name = title.left(28) + QLatin1Char(' ') + QString::number(n);
    used.insert(name);
    return name;
}

} // namespace

QString WorkbookWriter::write(const QString &path, const QList<TextTable> &sheets)
{
    constexpr int kMaxCellChars = 32767;
    for (const TextTable &t : sheets) {
        for (int r = 0; r < t.rows.size(); ++r) {
            for (int c = 0; c < t.rows.at(r).size(); ++c) {
                if (t.rows.at(r).at(c).size() > kMaxCellChars)
                    return tr(
                        "%1: sheet %2, row %3, column %4 holds more than %5 characters, more than a workbook "
                        "cell holds")
                        .arg(path, t.title)
                        .arg(r + 2)
                        .arg(c + 1)
                        .arg(kMaxCellChars);
            }
        }
    }
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook)
        return tr("%1: cannot write").arg(path);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_error error = LXW_NO_ERROR;
    QString where;
    QSet<QString> used;
    for (const TextTable &t : sheets) {
        const QByteArray name = sheetName(t.title, used).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
        if (!sheet) {
            error = LXW_ERROR_SHEETNAME_ALREADY_USED;
            where = t.title;
            break;
        }
        for (int c = 0; c < t.headers.size() && error == LXW_NO_ERROR; ++c)
            error
                = worksheet_write_string(sheet, 0, lxw_col_t(c), t.headers.at(c).toUtf8().constData(), bold);
        for (int r = 0; r < t.rows.size() && error == LXW_NO_ERROR; ++r) {
            const QStringList &row = t.rows.at(r);
            for (int c = 0; c < row.size() && error == LXW_NO_ERROR; ++c) {
                bool isNumber = false;
                const double number = row.at(c).toDouble(&isNumber);
                if (t.numeric.value(c) && isNumber && std::isfinite(number))
                    error = worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), number, nullptr);
                else if (!row.at(c).isEmpty())
                    error = worksheet_write_string(
                        sheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(), nullptr);
                if (error != LXW_NO_ERROR)
                    where = tr("sheet %1, row %2, column %3").arg(t.title).arg(r + 2).arg(c + 1);
            }
        }
        if (!t.headers.isEmpty()) {
            worksheet_set_column(sheet, 0, lxw_col_t(t.headers.size() - 1), 14, nullptr);
            worksheet_freeze_panes(sheet, 1, 0);
        }
        if (error != LXW_NO_ERROR)
            break;
    }
    const lxw_error closed = workbook_close(workbook);
    if (error != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return tr("%1: cannot write %2: %3")
            .arg(path, where, QString::fromUtf8(lxw_strerror(error != LXW_NO_ERROR ? error : closed)));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return tr("%1: cannot replace the file").arg(path);
    }
    return {};
}
