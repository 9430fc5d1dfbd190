#include "ui/conflictdialog.h"
#include "base/timeparse.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A value as a person reads it: a reference by the key of what it names, a time in Beijing.
QString shown(const RecordStore &store, const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (field.type == FieldType::Reference) {
        const std::optional<Record> target = store.record(field.refKind, text);
        if (target)
            return store.describe(field.refKind, *target);
    } else if (field.type == FieldType::DateTime) {
        if (const std::optional<qint64> ms = TimeParse::parseMs(text))
            return TimeParse::toBeijingIso(*ms);
    }
    return text;
}

QJsonObject valuesOf(const QJsonObject &change)
{
    if (change.contains(QStringLiteral("values")))
        return change.value(QStringLiteral("values")).toObject();
    return change.value(QStringLiteral("local_values")).toObject();
}

} // namespace

ConflictTableModel::ConflictTableModel(const SyncConflict &c, const RecordStore &store, QObject *parent)
    : QAbstractTableModel(parent)
{
    const RecordKind *kind = RecordSchema::kind(c.kind);
    if (!kind)
        return;
    const QJsonObject mine = valuesOf(c.localRow);
    const QJsonObject theirs = c.serverRow.value(QStringLiteral("values")).toObject();
    const bool serverHasIt = !c.serverRow.isEmpty();
    for (const FieldSpec &f : kind->fields)
        m_rows.append({ f.translatedLabel(), shown(store, f, mine.value(f.name)),
            serverHasIt ? shown(store, f, theirs.value(f.name)) : QString() });
    const bool mineDeleted = c.localRow.value(QStringLiteral("action")).toString() == QLatin1String("delete");
    const bool theirsDeleted = c.serverRow.value(QStringLiteral("deleted")).toBool();
    m_rows.append({ tr("Removed"), mineDeleted ? tr("yes") : tr("no"),
        serverHasIt ? (theirsDeleted ? tr("yes") : tr("no")) : tr("not on the server") });
    if (serverHasIt)
        m_rows.append({ tr("Last changed"), QString(),
            tr("%1 by %2")
                .arg(TimeParse::toBeijingIso(
                         TimeParse::parseMs(c.serverRow.value(QStringLiteral("updated_at")).toString())
                             .value_or(0)),
                    c.serverRow.value(QStringLiteral("updated_by")).toString()) });
}

int ConflictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant ConflictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case 0:
            return row.label;
        case 1:
            return row.mine;
        default:
            return row.theirs;
        }
    }
    if (role == Qt::FontRole && index.column() > 0 && row.mine != row.theirs && !row.mine.isEmpty()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ConflictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Field");
    case 1:
        return tr("Mine (this desk)");
    default:
        return tr("Theirs (the server)");
    }
}

ConflictDialog::ConflictDialog(
    const SyncConflict &conflict, RecordStore &store, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_store(store)
    , m_user(user)
{
    const RecordKind *kind = RecordSchema::kind(conflict.kind);
    const std::optional<Record> local = store.record(conflict.kind, conflict.recordId);
    const QString name = local ? store.describe(conflict.kind, *local) : conflict.recordId;
    setWindowTitle(tr("Sync conflict: %1 %2").arg(kind ? kind->translatedSingular() : conflict.kind, name));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(conflict.status == QLatin1String("conflict")
            ? tr("This %1 was changed on the server as well. Choose which version stays.")
                  .arg(kind ? kind->translatedSingular() : conflict.kind)
            : tr("The server refused this change of the %1.")
                  .arg(kind ? kind->translatedSingular() : conflict.kind));
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *reason = new QLabel(tr("The server's reason: %1").arg(conflict.message));
    reason->setObjectName(QStringLiteral("reason"));
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reason);
    m_model = new ConflictTableModel(conflict, store, this);
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("versions"));
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox;
    QPushButton *mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMine"));
    mine->setToolTip(tr("Send this desk's version again; it replaces the server's."));
    QPushButton *theirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::AcceptRole);
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    theirs->setToolTip(conflict.serverRow.isEmpty() ? tr("The server does not have it: remove it here.")
                                                    : tr("Replace this desk's version with the server's."));
    QPushButton *later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("later"));
    connect(mine, &QPushButton::clicked, this, [this]() { choose(SyncLocal::Choice::KeepMine); });
    connect(theirs, &QPushButton::clicked, this, [this]() { choose(SyncLocal::Choice::TakeTheirs); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

void ConflictDialog::choose(SyncLocal::Choice choice)
{
    SyncLocal local(m_store);
    QString error;
    if (!local.resolve(m_conflict.id, choice, m_user, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_resolved = true;
    QDialog::accept();
}
