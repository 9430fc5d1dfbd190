#pragma once
// Edits AppSettings: language and database file (take effect at the next start), the anomaly rules'
// thresholds, dispatch (the center's name, referral providers and group size), and the map and server
// sections used by the map and sync features.
#include <QDialog>
#include <QHash>

class AppSettings;
struct ThresholdSpec;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QPlainTextEdit;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // databaseInUse: the file this run has open (--db may differ from the setting); shown, and the one kept
    // across a restart unless another is chosen here.
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr, const QString &databaseInUse = {});
    void accept() override;
    // True when something changed that needs a restart (language, database).
    bool needsRestart() const { return m_languageChanged || m_databaseChanged; }
    bool languageChanged() const { return m_languageChanged; }
    bool databaseChanged() const { return m_databaseChanged; }
    // The file to open after a restart: the one chosen here, else the one in use.
    QString databaseToOpen() const;
    // Settings that belong to a role (the audit thresholds to the auditor and administrator, the dispatch
    // settings to the dispatcher and administrator) are shown read-only to the others.
    void setEditable(bool rules, bool dispatch);

private:
    QWidget *generalTab();
    QWidget *rulesTab();
    QWidget *dispatchTab();
    QWidget *chargesTab();
    QWidget *mapTab();
    QWidget *serverTab();

    AppSettings &m_settings;
    QComboBox *m_language = nullptr;
    QLineEdit *m_database = nullptr;
    QFormLayout *specForm(const QList<ThresholdSpec> &specs, QHash<QString, QDoubleSpinBox *> &boxes);

    QHash<QString, QDoubleSpinBox *> m_thresholds;
    QHash<QString, QDoubleSpinBox *> m_bookSettings; // the charging standard and the plans' lead
    QLineEdit *m_centerName = nullptr;
    QPlainTextEdit *m_referralProviders = nullptr;
    QSpinBox *m_referralPassengers = nullptr;
    QLineEdit *m_tileUrl = nullptr;
    QLineEdit *m_routingUrl = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_serverUser = nullptr;
    QLabel *m_rulesNote = nullptr;
    QLabel *m_dispatchNote = nullptr;
    QPushButton *m_rulesDefaults = nullptr;
    bool m_rulesEditable = true;
    bool m_dispatchEditable = true;
    QString m_databaseInUse;
    bool m_languageChanged = false;
    bool m_databaseChanged = false;
};
