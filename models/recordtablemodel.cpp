#include "models/recordtablemodel.h"
#include "base/timeparse.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

RecordTableModel::RecordTableModel(RecordStore *store, const QString &kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_kind(RecordSchema::kind(kind))
{
    Q_ASSERT(m_kind);
    connect(m_store, &RecordStore::recordsChanged, this, &RecordTableModel::onRecordsChanged);
    reload();
}

const FieldSpec &RecordTableModel::fieldAt(int column) const
{
    return m_kind->fields.at(column);
}

int RecordTableModel::columnOf(const QString &field) const
{
    for (int c = 0; c < m_kind->fields.size(); ++c) {
        if (m_kind->fields.at(c).name == field)
            return c;
    }
    return -1;
}

int RecordTableModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_records.size(); ++r) {
        if (m_records.at(r).id == id)
            return r;
    }
    return -1;
}

void RecordTableModel::onRecordsChanged(const QString &kind)
{
    bool shown = kind == m_kind->id;
    for (const FieldSpec &f : m_kind->fields)
        shown = shown || (f.type == FieldType::Reference && f.refKind == kind);
    if (shown)
        reload();
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_records = m_store->records(m_kind->id);
    m_referenceNames.clear();
    for (const FieldSpec &f : m_kind->fields) {
        if (f.type != FieldType::Reference)
            continue;
        const RecordKind *target = RecordSchema::kind(f.refKind);
        // Removed records keep their name here: an old row may still point at one.
        const QString nameField = target->field(Field::Name) ? Field::Name : target->keyField;
        for (const Record &r : m_store->records(f.refKind, true))
            m_referenceNames.insert(f.refKind + QLatin1Char('\n') + r.id, r.text(nameField));
    }
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kind->fields.size());
}

QString RecordTableModel::displayText(const FieldSpec &field, const QVariant &value) const
{
    if (value.isNull() || value.toString().isEmpty()) {
        if (field.type == FieldType::PlateList)
            return tr("All vehicles");
        return {};
    }
    switch (field.type) {
    case FieldType::Choice:
        return field.choiceLabel(value.toString());
    case FieldType::Reference:
        return m_referenceNames.value(field.refKind + QLatin1Char('\n') + value.toString());
    case FieldType::Real:
        return QString::number(value.toDouble(), 'f', field.maximum > 1000 || field.minimum >= 0 ? 2 : 6);
    case FieldType::DateTime: {
        const std::optional<qint64> ms = TimeParse::parseMs(value.toString());
        return ms ? TimeParse::toBeijingIso(*ms).left(19).replace(QLatin1Char('T'), QLatin1Char(' '))
                  : value.toString();
    }
    case FieldType::PlateList:
        return QJsonDocument::fromJson(value.toString().toUtf8())
            .toVariant()
            .toStringList()
            .join(QStringLiteral(", "));
    case FieldType::Geometry: {
        const QJsonObject geometry = QJsonDocument::fromJson(value.toString().toUtf8()).object();
        const bool multi
            = geometry.value(QStringLiteral("type")).toString() == QStringLiteral("MultiPolygon");
        const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
        const QJsonArray polygons = multi ? coordinates : QJsonArray { coordinates };
        int points = 0;
        for (const QJsonValue &p : polygons) {
            for (const QJsonValue &ring : p.toArray())
                points += int(ring.toArray().size());
        }
        return tr("%n polygon(s), %1 points", nullptr, int(polygons.size())).arg(points);
    }
    default:
        return value.toString();
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Record &record = m_records.at(index.row());
    const FieldSpec &field = m_kind->fields.at(index.column());
    const QVariant value = record.values.value(field.name);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(field, value);
    case Qt::EditRole:
    case RawRole:
        return value;
    case IdRole:
        return record.id;
    case SortRole:
        if (field.type == FieldType::Integer || field.type == FieldType::Real)
            return value.isNull() ? QVariant(-1e300) : QVariant(value.toDouble());
        return displayText(field, value);
    case Qt::TextAlignmentRole:
        if (field.type == FieldType::Integer || field.type == FieldType::Real)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (field.type == FieldType::PlateList || field.type == FieldType::Geometry)
            return displayText(field, value);
        return {};
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_kind->fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_kind->fields.at(section).translatedLabel();
}
