#pragma once
// "Adjust charge…" on a returned trip (Settlement tab): the amount the agency is billed instead of the
// standard's price, or taking an earlier adjustment back, and why. The reason is required (it goes into the
// change log with the old and new amount), so the confirming button stays off until there is one; the
// domain refuses an empty one as well (Settlement::adjust, the same call as `adjust-charge`).
#include <QDialog>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QPushButton;

class AdjustChargeDialog : public QDialog
{
    Q_OBJECT

public:
    // `priceYuan`: the standard's (or stored) price; `adjustedYuan`: the adjustment in force, if any.
    AdjustChargeDialog(const QString &orderCode, double priceYuan, std::optional<double> adjustedYuan,
        QWidget *parent = nullptr);

    // None: take the adjustment back (the price is billed again).
    std::optional<double> amount() const;
    QString reason() const;
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QCheckBox *takeBackBox() const { return m_takeBack; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    void update();

    QDoubleSpinBox *m_amount;
    QCheckBox *m_takeBack;
    QPlainTextEdit *m_reason;
    QPushButton *m_confirm;
};
