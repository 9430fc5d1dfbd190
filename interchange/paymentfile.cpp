#include "interchange/paymentfile.h"

#include "interchange/tablefile.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordvalidator.h"

bool PaymentFile::hasPaymentColumns(const QStringList &header)
{
    for (const FieldSpec &f : RecordSchema::kind(Kind::Payments)->fields) {
        if (f.required && !header.contains(f.csvColumn))
            return false;
    }
    return true;
}

bool PaymentFile::read(const QString &path)
{
    m_payments.clear();
    m_error.clear();
    TableFile table;
    if (!table.read(path)) {
        m_error = table.errorString();
        return false;
    }
    return read(path, table.headerLine(), table.header(), table.rows());
}

bool PaymentFile::read(
    const QString &path, int headerLine, const QStringList &header, const QList<TableFile::Row> &rows)
{
    m_payments.clear();
    m_error.clear();
    const RecordKind &kind = *RecordSchema::kind(Kind::Payments);
    QHash<QString, int> columnOf;
    for (const FieldSpec &f : kind.fields) {
        const int c = int(header.indexOf(f.csvColumn));
        if (c >= 0)
            columnOf.insert(f.name, c);
        else if (f.required) {
            m_error = tr("%1:%2:1: the header has no column %3").arg(path).arg(headerLine).arg(f.csvColumn);
            return false;
        }
    }
    for (const TableFile::Row &row : rows) {
        QVariantMap given;
        for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
            given.insert(it.key(), row.cell(it.value()));
        const QVariantMap values = RecordValidator::normalized(kind, given);
        for (const FieldSpec &f : kind.fields) {
            if (!columnOf.contains(f.name))
                continue;
            QString message = RecordValidator::checkValue(f, values.value(f.name));
            if (message.isEmpty() && f.required && values.value(f.name).toString().isEmpty())
                message = tr("%1 is required").arg(f.translatedLabel());
            if (!message.isEmpty()) {
                m_error = QStringLiteral("%1:%2:%3: %4")
                              .arg(path)
                              .arg(row.line)
                              .arg(columnOf.value(f.name) + 1)
                              .arg(message);
                m_payments.clear();
                return false;
            }
        }
        FinancePayment p;
        p.unitCode = values.value(Field::UnitId).toString();
        p.paidOn = values.value(Field::PaidOn).toString();
        p.amountYuan = values.value(Field::AmountYuan).toDouble();
        p.reference = values.value(Field::Reference).toString();
        p.line = row.line;
        m_payments.append(p);
    }
    return true;
}
