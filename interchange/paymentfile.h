#pragma once
// Reads the finance office's transport-expense export in the `payments` columns of DESIGN §6 (unit_code,
// paid_on, amount_yuan, reference?, note?) from CSV or .xlsx, for the finance comparison. Nothing is stored.
// A bad value refuses the file with FILE:LINE:COLUMN, as an import would.
#include "domain/financecomparison.h"

#include <QCoreApplication>

class PaymentFile
{
    Q_DECLARE_TR_FUNCTIONS(PaymentFile)

public:
    bool read(const QString &path);
    const QList<FinancePayment> &payments() const { return m_payments; }
    QString errorString() const { return m_error; }

private:
    QList<FinancePayment> m_payments;
    QString m_error;
};
