#pragma once
// One finding in words: which rule, which vehicle, driver, order or card, when (Beijing time), the evidence
// as sentences, and what the auditors did with it so far. Also holds the three actions on it; the page
// decides what they do and whether this role may use them.
#include "store/anomalystore.h"

#include <QWidget>

class AnomalyTableModel;
class QLabel;
class QPushButton;

class AnomalyDetailPane : public QWidget
{
    Q_OBJECT

public:
    AnomalyDetailPane(const AnomalyTableModel *model, bool canAct, QWidget *parent = nullptr);

    void setRecord(const std::optional<AnomalyRecord> &record);
    std::optional<AnomalyRecord> record() const { return m_record; }
    QString text() const; // what the pane says, as plain text (tests, copying)

    QPushButton *reviewButton() const { return m_review; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QPushButton *superviseButton() const { return m_supervise; }
    QPushButton *replayButton() const { return m_replay; }
    QPushButton *vehicleFileButton() const { return m_vehicleFile; }

signals:
    void reviewRequested();
    void dismissRequested();
    void superviseRequested();
    void replayRequested(const QString &taskCode);
    void vehicleFileRequested(const QString &plate);

private:
    const AnomalyTableModel *m_model;
    bool m_canAct;
    std::optional<AnomalyRecord> m_record;
    QLabel *m_title;
    QLabel *m_body;
    QWidget *m_actions;
    QPushButton *m_review, *m_dismiss, *m_supervise;
    QPushButton *m_replay;
    QPushButton *m_vehicleFile;
};
