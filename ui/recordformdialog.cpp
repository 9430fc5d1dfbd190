#include "ui/recordformdialog.h"
#include "base/timeparse.h"
#include "domain/dispatchservice.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

RecordFormDialog::RecordFormDialog(
    const RecordStore &store, const QString &kind, const Record &record, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(*RecordSchema::kind(kind))
    , m_record(record)
{
    setWindowTitle(record.id.isEmpty()
            ? tr("New %1").arg(m_kind.translatedSingular())
            : tr("Edit %1 %2").arg(m_kind.translatedSingular(), record.text(m_kind.keyField)));
    auto *layout = new QVBoxLayout(this);
    // The fields scroll, so a long kind (a trip request has twenty-odd) still fits a small screen with its
    // buttons in view.
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const FieldSpec &field : m_kind.fields) {
        QWidget *editor = createEditor(field);
        editor->setObjectName(field.name);
        m_editors.insert(field.name, editor);
        auto *error = new QLabel;
        error->setObjectName(field.name + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        error->setWordWrap(true);
        // The line under each field is reserved whether or not it holds an error, so that an error
        // appearing or clearing does not move the fields below it under the cursor (a value typed for the
        // seats once went into the model field above it).
        // Measured with Chinese in it: a CJK fallback font's line is taller than a Latin one's.
        error->setText(QStringLiteral("Xg 苏F·车"));
        error->setMinimumHeight(std::max(error->sizeHint().height(), error->heightForWidth(400)));
        error->clear(); // always shown; no error is an empty line
        m_errors.insert(field.name, error);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        auto *row = new QHBoxLayout;
        row->addWidget(editor, 1);
        m_rows.insert(field.name, row);
        m_cells.insert(field.name, cell);
        cell->addLayout(row);
        cell->addWidget(error);
        form->addRow(field.translatedLabel() + (field.required ? QStringLiteral(" *") : QString()), cell);
        setValue(field,
            record.values.value(
                field.name, field.defaultValue.isEmpty() ? QVariant() : QVariant(field.defaultValue)));
    }
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as the fields need, within the screen: on a 768-pixel screen the last fields (a vehicle's
    // status) stay in view without scrolling.
    const QScreen *on = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const int room = on ? on->availableGeometry().height() - 160 : 560;
    scroll->setMinimumHeight(std::max(200, std::min(fields->sizeHint().height(), room)));
    scroll->setMinimumWidth(fields->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    layout->addWidget(scroll, 1);
    m_generalError = new QLabel;
    m_generalError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
    auto *hint = new QLabel(tr("Fields marked * are required."));
    hint->setEnabled(false);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordFormDialog::cancel);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    // Typing starts in the first field (after Ctrl+N nothing had focus).
    for (const FieldSpec &field : m_kind.fields) {
        if (QWidget *editor = m_editors.value(field.name)) {
            editor->setFocus();
            break;
        }
    }
    m_initial = this->record();
}

bool RecordFormDialog::isModified() const
{
    return record().values != m_initial.values;
}

void RecordFormDialog::cancel()
{
    if (isModified()) {
        QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard what you entered in this form?"),
            QMessageBox::Discard | QMessageBox::Cancel, this);
        box.button(QMessageBox::Cancel)->setText(tr("Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    reject();
}

void RecordFormDialog::keyPressEvent(QKeyEvent *event)
{
    // Esc asks before throwing away a filled form, like Cancel.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        cancel();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RecordFormDialog::closeEvent(QCloseEvent *event)
{
    // The window's close button: the same question. A close from the program itself is not asked about.
    if (event->spontaneous() && isModified()) {
        event->ignore();
        cancel();
        return;
    }
    QDialog::closeEvent(event);
}

QWidget *RecordFormDialog::createEditor(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::Choice: {
        auto *combo = new QComboBox;
        if (!field.required && field.defaultValue.isEmpty())
            combo->addItem(tr("(not set)"), QString());
        for (const Choice &c : field.choices)
            combo->addItem(field.choiceLabel(c.value), c.value);
        return combo;
    }
    case FieldType::Reference: {
        auto *combo = new QComboBox;
        combo->setEditable(true); // type to find among ninety agencies
        combo->setInsertPolicy(QComboBox::NoInsert);
        if (!field.required)
            combo->addItem(tr("(none)"), QString());
        const RecordKind *target = RecordSchema::kind(field.refKind);
        for (const Record &r : m_store.records(field.refKind)) {
            const QString name = target->field(Field::Name) ? r.text(Field::Name) : QString();
            combo->addItem(name.isEmpty() ? r.text(target->keyField)
                                          : QStringLiteral("%1 (%2)").arg(name, r.text(target->keyField)),
                r.id);
        }
        return combo;
    }
    case FieldType::Geometry: {
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto *text = new QPlainTextEdit;
        text->setObjectName(QStringLiteral("geometryText"));
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlaceholderText(tr("GeoJSON Polygon or MultiPolygon, [longitude, latitude] in WGS-84"));
        text->setMinimumHeight(90);
        auto *load = new QPushButton(tr("Load from a GeoJSON file…"));
        connect(load, &QPushButton::clicked, this, [this, text] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Geofence area"), QString(), tr("GeoJSON (*.geojson *.json)"));
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
                return;
            QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            // Accept a bare geometry, a Feature, or the first feature of a collection.
            if (object.value(QStringLiteral("type")) == QStringLiteral("FeatureCollection"))
                object = object.value(QStringLiteral("features")).toArray().first().toObject();
            if (object.value(QStringLiteral("type")) == QStringLiteral("Feature"))
                object = object.value(QStringLiteral("geometry")).toObject();
            text->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        });
        v->addWidget(text);
        v->addWidget(load, 0, Qt::AlignLeft);
        return box;
    }
    default: {
        auto *line = new QLineEdit;
        if (field.type == FieldType::Plate)
            line->setPlaceholderText(tr("e.g. 苏F·A1234"));
        else if (field.type == FieldType::PlateList)
            line->setPlaceholderText(tr("plates separated by commas; empty = all vehicles"));
        else if (field.type == FieldType::Integer)
            line->setValidator(new QIntValidator(line));
        else if (field.type == FieldType::Real) {
            auto *validator = new QDoubleValidator(line);
            validator->setLocale(QLocale::c()); // coordinates use a dot whatever the UI language
            line->setValidator(validator);
            line->setPlaceholderText(tr("decimal degrees, WGS-84"));
        }
        connect(line, &QLineEdit::textEdited, this, [this, name = field.name] {
            m_errors.value(name)->clear();
            emit fieldEdited(name);
        });
        return line;
    }
    }
}

void RecordFormDialog::setValue(const FieldSpec &field, const QVariant &value)
{
    QWidget *editor = m_editors.value(field.name);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index >= 0 ? index : (combo->isEditable() ? -1 : 0));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (field.type == FieldType::PlateList) {
            line->setText(QJsonDocument::fromJson(value.toString().toUtf8())
                              .toVariant()
                              .toStringList()
                              .join(QStringLiteral(", ")));
        } else if (field.type == FieldType::DateTime && TimeParse::parseMs(value.toString())) {
            // Stored in UTC; read and typed in Beijing time, which is what a time without an offset means.
            line->setText(TimeParse::toBeijingIso(*TimeParse::parseMs(value.toString()))
                              .left(19)
                              .replace(QLatin1Char('T'), QLatin1Char(' ')));
        } else if (field.type == FieldType::Real && !value.isNull() && !value.toString().isEmpty()) {
            // Six decimals (0.1 m in degrees) without the trailing zeros: 96.5 km, not 96.500000.
            static const QRegularExpression trailingZeros(QStringLiteral("\\.?0+$"));
            line->setText(QString::number(value.toDouble(), 'f', 6).remove(trailingZeros));
        } else {
            line->setText(value.toString());
        }
    } else if (auto *text = editor->findChild<QPlainTextEdit *>()) {
        text->setPlainText(value.toString());
    }
}

QVariant RecordFormDialog::value(const FieldSpec &field) const
{
    QWidget *editor = m_editors.value(field.name);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // An editable combo's text may have been typed: match it to an item before trusting the index.
        if (combo->isEditable()) {
            const int typed = combo->findText(combo->currentText(), Qt::MatchFixedString);
            return typed >= 0 ? combo->itemData(typed) : QVariant();
        }
        return combo->currentData();
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = editor->findChild<QPlainTextEdit *>())
        return text->toPlainText();
    return {};
}

Record RecordFormDialog::record() const
{
    Record r = m_record;
    for (const FieldSpec &field : m_kind.fields)
        r.values.insert(field.name, value(field));
    return r;
}

QString RecordFormDialog::kind() const
{
    return m_kind.id;
}

void RecordFormDialog::addBesideEditor(const QString &field, QWidget *widget)
{
    if (QHBoxLayout *row = m_rows.value(field))
        row->addWidget(widget);
}

void RecordFormDialog::setFieldHidden(const QString &field, bool hidden)
{
    if (QLayout *cell = m_cells.value(field))
        m_form->setRowVisible(cell, !hidden);
}

QVariant RecordFormDialog::fieldValue(const QString &field) const
{
    const FieldSpec *spec = m_kind.field(field);
    return spec ? value(*spec) : QVariant();
}

void RecordFormDialog::setFieldValue(const QString &field, const QVariant &value)
{
    if (const FieldSpec *spec = m_kind.field(field))
        setValue(*spec, value);
}

void RecordFormDialog::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field, m_generalError);
    label->setText(message);
    label->setVisible(true);
}

void RecordFormDialog::clearFieldError(const QString &field)
{
    if (QLabel *label = m_errors.value(field))
        label->clear();
}

QString RecordFormDialog::errorText(const QString &field) const
{
    QLabel *label = m_errors.value(field);
    return label ? label->text() : QString();
}

void RecordFormDialog::showErrors(const QList<FieldError> &errors)
{
    for (QLabel *label : std::as_const(m_errors))
        label->clear();
    m_generalError->hide();
    QStringList general;
    for (const FieldError &e : errors) {
        if (QLabel *label = m_errors.value(e.field)) {
            label->setText(e.message);
        } else {
            general << e.message;
        }
    }
    if (!general.isEmpty()) {
        m_generalError->setText(general.join(QLatin1Char('\n')));
        m_generalError->show();
    }
    if (!errors.isEmpty()) {
        if (QWidget *first = m_editors.value(errors.first().field))
            first->setFocus();
    }
}

void RecordFormDialog::accept()
{
    QList<FieldError> errors = m_store.check(m_kind.id, record());
    // A dispatch order typed by hand must not double-book a car or a driver, like one made on the board.
    if (errors.isEmpty() && m_kind.id == Kind::Tasks)
        errors = DispatchService::taskConflicts(m_store, record());
    showErrors(errors);
    if (errors.isEmpty())
        QDialog::accept();
}
