#pragma once
// Edits AppSettings: language and database file (take effect at the next start), the anomaly rules'
// thresholds, dispatch (the center's name, referral providers and group size), and the map and server
// sections used by the map and sync features.
#include <QDialog>
#include <QHash>

class AppSettings;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);
    void accept() override;
    // True when something changed that needs a restart (language, database).
    bool needsRestart() const { return m_needsRestart; }

private:
    QWidget *generalTab();
    QWidget *rulesTab();
    QWidget *dispatchTab();
    QWidget *mapTab();
    QWidget *serverTab();

    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_database = nullptr;
    QHash<QString, QDoubleSpinBox *> m_thresholds;
    QLineEdit *m_centerName = nullptr;
    QPlainTextEdit *m_referralProviders = nullptr;
    QSpinBox *m_referralPassengers = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QLineEdit *m_routingUrl = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_caFile = nullptr;
    bool m_needsRestart = false;
};
