#include "models/changehistorymodel.h"

#include <QJsonArray>
#include <QTimeZone>

ChangeHistoryModel::ChangeHistoryModel(
    const RecordStore &store, const QString &kind, const QString &id, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_entries(store.history(kind, id))
{ }

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QString ChangeHistoryModel::describe(const ChangeEntry &entry) const
{
    const RecordKind *kind = RecordSchema::kind(m_kind);
    QStringList parts;
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it) {
        const FieldSpec *field = kind ? kind->field(it.key()) : nullptr;
        const QString label = field ? field->translatedLabel() : it.key();
        const QJsonArray pair = it.value().toArray();
        auto text = [&](const QJsonValue &v) {
            if (v.isNull() || v.isUndefined() || v.toVariant().toString().isEmpty())
                return tr("(empty)");
            if (field && field->type == FieldType::Geometry)
                return tr("(area)");
            if (field && field->type == FieldType::Choice)
                return field->choiceLabel(v.toVariant().toString());
            return v.toVariant().toString();
        };
        if (entry.action == QStringLiteral("insert"))
            parts << QStringLiteral("%1: %2").arg(label, text(pair.at(1)));
        else if (it.key() != QStringLiteral("deleted"))
            parts << QStringLiteral("%1: %2 → %3").arg(label, text(pair.at(0)), text(pair.at(1)));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ChangeEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case 0:
        // Stored in UTC; people read Beijing time (DESIGN §4).
        return entry.at.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case 1:
        return entry.user;
    case 2:
        if (entry.action == QStringLiteral("insert"))
            return tr("Added");
        if (entry.action == QStringLiteral("delete"))
            return tr("Removed");
        if (entry.action == QStringLiteral("restore"))
            return tr("Restored");
        return tr("Changed");
    default:
        return describe(entry);
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("When (Beijing time)");
    case 1:
        return tr("Who");
    case 2:
        return tr("Action");
    default:
        return tr("What changed");
    }
}
