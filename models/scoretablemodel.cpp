#include "models/scoretablemodel.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QDate>

namespace {

double sum(const UnitScore &s, bool positive)
{
    double total = 0;
    for (const ScoreChange &c : s.changes) {
        if ((c.delta > 0) == positive)
            total += c.delta;
    }
    return total;
}

} // namespace

ScoreTableModel::ScoreTableModel(RecordStore *store, AssessmentRules rules, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_rules(std::move(rules))
    , m_year(QDate::currentDate().year())
{
    connect(m_store, &RecordStore::recordsChanged, this, [this](const QString &kind) {
        if (kind == Kind::Orders || kind == Kind::Units)
            reload();
    });
    reload();
}

void ScoreTableModel::setYear(int year)
{
    m_year = year;
    reload();
}

void ScoreTableModel::reload()
{
    beginResetModel();
    m_scores = Assessment::load(*m_store, m_rules, m_year);
    endResetModel();
}

int ScoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int ScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_scores.size())
        return {};
    const UnitScore &s = m_scores[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() != UnitColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return s.rank;
    case UnitColumn:
        return s.unitName.isEmpty() ? s.unitCode : QStringLiteral("%1 (%2)").arg(s.unitName, s.unitCode);
    case ScoreColumn:
        return QString::number(s.score, 'f', 2);
    case DeductedColumn:
        return QString::number(sum(s, false), 'f', 2);
    case ReturnedColumn:
        return QString::number(sum(s, true), 'f', 2);
    case ChangesColumn:
        return int(s.changes.size());
    }
    return {};
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case UnitColumn:
        return tr("Agency");
    case ScoreColumn:
        return tr("Score");
    case DeductedColumn:
        return tr("Deducted");
    case ReturnedColumn:
        return tr("Returned");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

QList<QStringList> ScoreTableModel::table() const
{
    QList<QStringList> rows { { tr("Rank"), tr("Agency code"), tr("Agency"), tr("Score"), tr("Change"),
        tr("Order"), tr("Reason") } };
    for (const UnitScore &s : m_scores) {
        rows << QStringList { QString::number(s.rank), s.unitCode, s.unitName, QString::number(s.score),
            QString(), QString(), QString() };
        for (const ScoreChange &c : s.changes)
            rows << QStringList { QString::number(s.rank), s.unitCode, s.unitName, QString::number(s.score),
                QString::number(c.delta), c.order, c.reason };
    }
    return rows;
}
