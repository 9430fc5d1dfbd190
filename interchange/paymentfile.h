#pragma once
// Reads the finance office's transport-expense export in the `payments` columns of DESIGN §6 (unit_code,
// paid_on, amount_yuan, reference?, note?) from CSV or .xlsx, for the finance comparison. Nothing is stored.
// A bad value refuses the file with FILE:LINE:COLUMN, as an import would.
#include "domain/financecomparison.h"
#include "interchange/tablefile.h"

#include <QCoreApplication>

class PaymentFile
{
    Q_DECLARE_TR_FUNCTIONS(PaymentFile)

public:
    bool read(const QString &path);
    // The same reading over rows already in §6's columns (`header` names them), e.g. a statement with its
    // own titles mapped by the import assistant; messages still name `path` and the rows' own lines.
    bool read(
        const QString &path, int headerLine, const QStringList &header, const QList<TableFile::Row> &rows);
    // Whether a header has every required column of `payments` under its §6 name.
    static bool hasPaymentColumns(const QStringList &header);
    const QList<FinancePayment> &payments() const { return m_payments; }
    QString errorString() const { return m_error; }

private:
    QList<FinancePayment> m_payments;
    QString m_error;
};
