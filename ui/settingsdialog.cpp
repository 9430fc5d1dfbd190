#include "ui/settingsdialog.h"
#include "base/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QWidget *withBrowse(
    QLineEdit *line, QWidget *parent, const QString &caption, const QString &filter, bool save)
{
    auto *box = new QWidget;
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(line, 1);
    auto *browse = new QPushButton(QCoreApplication::translate("SettingsDialog", "Browse…"));
    QObject::connect(browse, &QPushButton::clicked, parent, [=] {
        const QString path = save ? QFileDialog::getSaveFileName(parent, caption, line->text(), filter,
                                 nullptr, QFileDialog::DontConfirmOverwrite)
                                  : QFileDialog::getOpenFileName(parent, caption, line->text(), filter);
        if (!path.isEmpty())
            line->setText(path);
    });
    h->addWidget(browse);
    return box;
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setEnabled(false);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent, const QString &databaseInUse)
    : QDialog(parent)
    , m_settings(settings)
    , m_databaseInUse(databaseInUse.isEmpty() ? settings.databasePath() : databaseInUse)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget;
    tabs->addTab(generalTab(), tr("General"));
    tabs->addTab(rulesTab(), tr("Anomaly rules"));
    tabs->addTab(dispatchTab(), tr("Dispatch"));
    tabs->addTab(chargesTab(), tr("Charges"));
    tabs->addTab(mapTab(), tr("Map"));
    tabs->addTab(serverTab(), tr("Server"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QWidget *SettingsDialog::generalTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    form->addRow(tr("Language"), m_language);
    // The file in use, whole: a line edit scrolled to its end hid the folder, and one scrolled to its start
    // hid the name. The edit below is for choosing another.
    auto *inUse = new QLabel(QDir::toNativeSeparators(m_databaseInUse));
    inUse->setObjectName(QStringLiteral("databaseInUse"));
    inUse->setWordWrap(true);
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A path has no spaces to wrap at: let it break anywhere by offering a zero-width space after each /.
    inUse->setText(QDir::toNativeSeparators(m_databaseInUse)
                       .replace(QDir::separator(), QString(QDir::separator()) + QChar(0x200B)));
    inUse->setToolTip(QDir::toNativeSeparators(m_databaseInUse));
    form->addRow(tr("Database in use"), inUse);
    m_database = new QLineEdit(QDir::toNativeSeparators(m_databaseInUse));
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setCursorPosition(0);
    m_database->setToolTip(tr("The file to open from the next start"));
    form->addRow(tr("Database file"),
        withBrowse(m_database, this, tr("Database file"), tr("FleetDesk database (*.sqlite *.db)"), true));
    form->addRow(note(tr("Language and database file take effect the next time FleetDesk starts.")));
    return page;
}

// One spin box per numbered setting, with its unit, filed by key in `boxes` for reading back on OK.
QFormLayout *SettingsDialog::specForm(
    const QList<ThresholdSpec> &specs, QHash<QString, QDoubleSpinBox *> &boxes)
{
    auto *form = new QFormLayout;
    for (const ThresholdSpec &spec : specs) {
        auto *box = new QDoubleSpinBox;
        box->setObjectName(spec.key);
        box->setRange(spec.minimum, spec.maximum);
        box->setDecimals(spec.decimals);
        box->setValue(m_settings.threshold(spec.key));
        const QString unit = QCoreApplication::translate("Threshold", spec.unit);
        if (!unit.isEmpty())
            box->setSuffix(QLatin1Char(' ') + unit);
        boxes.insert(spec.key, box);
        form->addRow(QCoreApplication::translate("Threshold", spec.label), box);
    }
    return form;
}

QWidget *SettingsDialog::rulesTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(note(tr("Every threshold is inclusive (以上/以下 count the number itself). The defaults are "
                         "those of the discipline-inspection platform.")));
    v->addLayout(specForm(AppSettings::thresholds(), m_thresholds));
    m_rulesNote = note(tr("Only an auditor or an administrator changes the anomaly rules."));
    m_rulesNote->hide();
    v->addWidget(m_rulesNote);
    auto *defaults = new QPushButton(tr("Restore defaults"));
    m_rulesDefaults = defaults;
    connect(defaults, &QPushButton::clicked, this, [this] {
        for (const ThresholdSpec &spec : AppSettings::thresholds())
            m_thresholds.value(spec.key)->setValue(spec.defaultValue);
    });
    v->addWidget(defaults, 0, Qt::AlignLeft);
    v->addStretch();
    return page;
}

// The charging standard that prices returned trips, and how early maintenance counts as due
// (docs/SETTLEMENT.md). Kept with the dispatch settings: the dispatcher and the administrator set them.
QWidget *SettingsDialog::chargesTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(note(tr("Prices every returned trip: per km and per hour by category, at least the minimum, "
                         "with waiting past the booked end and night and out-of-city surcharges.")));
    v->addLayout(specForm(AppSettings::bookSettings(), m_bookSettings));
    v->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *SettingsDialog::dispatchTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_centerName = new QLineEdit(m_settings.centerName());
    m_centerName->setObjectName(QStringLiteral("centerName"));
    form->addRow(tr("Fleet center's name"), m_centerName);
    form->addRow(note(tr("Printed at the head of every dispatch order.")));
    m_referralProviders = new QPlainTextEdit(m_settings.referralProviders().join(QLatin1Char('\n')));
    m_referralProviders->setObjectName(QStringLiteral("referralProviders"));
    m_referralProviders->setMaximumHeight(80);
    form->addRow(tr("Referral providers"), m_referralProviders);
    form->addRow(
        note(tr("One a line: the social platforms (the city's state-owned rental services) trips can be "
                "referred to. Empty restores the defaults.")));
    m_referralPassengers = new QSpinBox;
    m_referralPassengers->setObjectName(QStringLiteral("referralPassengers"));
    m_referralPassengers->setRange(1, 60);
    m_referralPassengers->setValue(m_settings.referralPassengers());
    form->addRow(tr("Suggest referral for groups of more than"), m_referralPassengers);
    form->addRow(note(tr("Long-distance trips are always suggested for referral.")));
    m_dispatchNote = note(tr("Only a dispatcher or an administrator changes the dispatch settings."));
    m_dispatchNote->hide();
    form->addRow(m_dispatchNote);
    return page;
}

QWidget *SettingsDialog::mapTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_tileUrl = new QLineEdit(m_settings.tileUrl());
    m_tileUrl->setObjectName(QStringLiteral("tileUrl"));
    m_tileUrl->setPlaceholderText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    form->addRow(tr("Tile server (XYZ template)"), m_tileUrl);
    form->addRow(note(tr("Without a tile server the map shows the offline basemap.")));
    m_routingUrl = new QLineEdit(m_settings.routingUrl());
    m_routingUrl->setObjectName(QStringLiteral("routingUrl"));
    m_routingUrl->setPlaceholderText(QStringLiteral("https://router.example.gov.cn"));
    form->addRow(tr("Routing service (OSRM API)"), m_routingUrl);
    form->addRow(
        note(tr("Gives a trip request its navigation mileage (there and back). Without it the mileage is "
                "typed in.")));
    return page;
}

QWidget *SettingsDialog::serverTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_serverUrl = new QLineEdit(m_settings.serverUrl());
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://fleet.example.gov.cn"));
    form->addRow(tr("Municipal backend (HTTPS)"), m_serverUrl);
    m_caFile = new QLineEdit(m_settings.caFile());
    m_caFile->setObjectName(QStringLiteral("caFile"));
    form->addRow(tr("CA certificate"),
        withBrowse(m_caFile, this, tr("CA certificate"), tr("Certificates (*.pem *.crt)"), false));
    m_serverUser = new QLineEdit(m_settings.serverUser());
    m_serverUser->setObjectName(QStringLiteral("serverUser"));
    form->addRow(tr("User on the server"), m_serverUser);
    form->addRow(note(tr("FleetDesk works fully offline and syncs in the background once signed in to the "
                         "server (File > Sign in to the server). The CA certificate is needed when the "
                         "server's certificate comes from the city's own authority. A certificate that does "
                         "not verify is never accepted.")));
    return page;
}

QString SettingsDialog::databaseToOpen() const
{
    return m_databaseChanged ? QDir::fromNativeSeparators(m_database->text().trimmed()) : m_databaseInUse;
}

void SettingsDialog::setEditable(bool rules, bool dispatch)
{
    for (QDoubleSpinBox *box : std::as_const(m_thresholds))
        box->setReadOnly(!rules);
    m_rulesDefaults->setEnabled(rules);
    m_rulesNote->setVisible(!rules);
    m_centerName->setReadOnly(!dispatch);
    m_referralProviders->setReadOnly(!dispatch);
    m_referralPassengers->setReadOnly(!dispatch);
    for (QDoubleSpinBox *box : std::as_const(m_bookSettings))
        box->setReadOnly(!dispatch);
    m_dispatchNote->setVisible(!dispatch);
    m_rulesEditable = rules;
    m_dispatchEditable = dispatch;
}

void SettingsDialog::accept()
{
    const QString url = m_serverUrl->text().trimmed();
    if (!url.isEmpty() && QUrl(url).scheme() != QStringLiteral("https")) {
        m_serverUrl->setFocus();
        m_serverUrl->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
        m_serverUrl->setToolTip(tr("The backend is reached over HTTPS only."));
        return;
    }
    m_languageChanged = m_language->currentData().toString() != m_settings.language();
    m_settings.setLanguage(m_language->currentData().toString());
    const QString database = QDir::fromNativeSeparators(m_database->text().trimmed());
    m_databaseChanged = !database.isEmpty()
        && QFileInfo(database).absoluteFilePath() != QFileInfo(m_databaseInUse).absoluteFilePath();
    // Only a file chosen here becomes the setting: opening one with --db does not change the default.
    if (m_databaseChanged)
        m_settings.setDatabasePath(database);
    if (m_rulesEditable) {
        for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it)
            m_settings.setThreshold(it.key(), it.value()->value());
    }
    if (m_dispatchEditable) {
        m_settings.setCenterName(m_centerName->text().trimmed());
        QStringList providers;
        for (const QString &line : m_referralProviders->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                providers << line.trimmed();
        }
        m_settings.setReferralProviders(providers);
        m_settings.setReferralPassengers(m_referralPassengers->value());
        for (auto it = m_bookSettings.cbegin(); it != m_bookSettings.cend(); ++it)
            m_settings.setThreshold(it.key(), it.value()->value());
    }
    m_settings.setTileUrl(m_tileUrl->text().trimmed());
    m_settings.setRoutingUrl(m_routingUrl->text().trimmed());
    m_settings.setServerUrl(url);
    m_settings.setCaFile(m_caFile->text().trimmed());
    m_settings.setServerUser(m_serverUser->text().trimmed());
    m_settings.sync();
    QDialog::accept();
}
