#include "interchange/importassistant.h"

#include "base/appsettings.h"
#include "store/recordkinds.h"
#include "store/recordschema.h"
#include "store/recordstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Column titles the usual Chinese statements use, by field name.
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> map = {
        { Field::Plate,
            { QStringLiteral("车牌号"), QStringLiteral("车牌"), QStringLiteral("车牌号码"),
                QStringLiteral("号牌号码"), QStringLiteral("车号") } },
        { Field::VehicleId,
            { QStringLiteral("车牌号"), QStringLiteral("车牌"), QStringLiteral("车牌号码"),
                QStringLiteral("号牌号码"), QStringLiteral("车号") } },
        { Field::CardId,
            { QStringLiteral("卡号"), QStringLiteral("油卡号"), QStringLiteral("加油卡号"),
                QStringLiteral("油卡卡号") } },
        { Field::CardNo, { QStringLiteral("卡号"), QStringLiteral("油卡号"), QStringLiteral("加油卡号") } },
        { Field::Time,
            { QStringLiteral("交易时间"), QStringLiteral("加油时间"), QStringLiteral("违法时间"),
                QStringLiteral("违章时间"), QStringLiteral("时间") } },
        { Field::StationId,
            { QStringLiteral("加油站编号"), QStringLiteral("网点编号"), QStringLiteral("站点编号"),
                QStringLiteral("油站编号") } },
        { Field::Litres,
            { QStringLiteral("数量"), QStringLiteral("升数"), QStringLiteral("加油量"),
                QStringLiteral("油量") } },
        { Field::AmountYuan,
            { QStringLiteral("金额"), QStringLiteral("交易金额"), QStringLiteral("支付金额"),
                QStringLiteral("实付金额") } },
        { Field::OdometerKm,
            { QStringLiteral("里程"), QStringLiteral("里程数"), QStringLiteral("表显里程") } },
        { Field::Code, { QStringLiteral("违法代码"), QStringLiteral("违章代码") } },
        { Field::Description,
            { QStringLiteral("违法行为"), QStringLiteral("违章行为"), QStringLiteral("违法内容") } },
        { Field::DriverId,
            { QStringLiteral("驾驶员编号"), QStringLiteral("驾驶人编号"), QStringLiteral("司机编号") } },
        { Field::UnitId,
            { QStringLiteral("单位编号"), QStringLiteral("单位代码"), QStringLiteral("预算单位编码") } },
        { Field::PaidOn,
            { QStringLiteral("支付日期"), QStringLiteral("付款日期"), QStringLiteral("报销日期") } },
        { Field::Reference,
            { QStringLiteral("派车单号"), QStringLiteral("凭证号"), QStringLiteral("单据号") } },
        { Field::Note, { QStringLiteral("备注"), QStringLiteral("摘要") } },
        { Field::Date, { QStringLiteral("日期"), QStringLiteral("维修日期"), QStringLiteral("送修日期") } },
        { Field::Shop, { QStringLiteral("维修厂"), QStringLiteral("修理厂"), QStringLiteral("维修单位") } },
        { Field::Items, { QStringLiteral("维修项目"), QStringLiteral("项目"), QStringLiteral("维修内容") } },
        { Field::CostYuan, { QStringLiteral("费用"), QStringLiteral("维修费用"), QStringLiteral("金额") } },
    };
    return map;
}

// Spaces, case, full-width brackets and a trailing unit in brackets do not make titles differ:
// 金额（元） = 金额(元) = 金额.
QString normalTitle(QString title)
{
    title = title.trimmed().toLower();
    title.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    title.remove(QRegularExpression(QStringLiteral("\\s")));
    title.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)$")));
    return title;
}

QString settingsKey(const QString &kind, const QString &source)
{
    return QStringLiteral("import_mappings/%1/%2").arg(kind, QString::fromLatin1(source.toUtf8().toHex()));
}

} // namespace

ImportAssistant::ImportAssistant(RecordStore &store)
    : m_store(store)
{ }

QStringList ImportAssistant::kinds()
{
    return { Kind::Refuels, Kind::Violations, Kind::Maintenance, Kind::Payments, Kind::Tasks, Kind::Units,
        Kind::Vehicles, Kind::Drivers, Kind::Cards, Kind::Stations, Kind::Shops, Kind::Plans };
}

bool ImportAssistant::open(const QString &path)
{
    m_path = path;
    m_error.clear();
    if (!m_table.read(path)) {
        m_error = m_table.errorString();
        return false;
    }
    return true;
}

ImportAssistant::Mapping ImportAssistant::suggest(const QString &kindId) const
{
    Mapping mapping;
    const RecordKind *kind = RecordSchema::kind(kindId);
    if (!kind)
        return mapping;
    QList<QString> titles;
    for (const QString &t : m_table.header())
        titles << normalTitle(t);
    QList<int> taken;
    for (const FieldSpec &f : kind->fields) {
        if (f.csvColumn.isEmpty())
            continue;
        QStringList candidates { f.csvColumn, f.name, QString::fromLatin1(f.label), f.translatedLabel() };
        candidates += synonyms().value(f.name);
        for (const QString &candidate : std::as_const(candidates)) {
            const int c = int(titles.indexOf(normalTitle(candidate)));
            if (c >= 0 && !taken.contains(c)) {
                mapping.insert(f.name, c);
                taken << c;
                break;
            }
        }
    }
    return mapping;
}

QStringList ImportAssistant::missing(const QString &kindId, const Mapping &mapping) const
{
    QStringList out;
    const RecordKind *kind = RecordSchema::kind(kindId);
    for (const FieldSpec &f : kind->fields) {
        if (f.required && !f.csvColumn.isEmpty() && !mapping.contains(f.name))
            out << f.name;
    }
    return out;
}

void ImportAssistant::remember(
    AppSettings &settings, const QString &source, const QString &kind, const Mapping &mapping) const
{
    QJsonObject titles;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        titles.insert(it.key(), m_table.header().value(it.value()));
    QJsonObject entry;
    entry.insert(QStringLiteral("source"), source);
    entry.insert(QStringLiteral("titles"), titles);
    settings.raw().setValue(
        settingsKey(kind, source), QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
    settings.sync();
}

ImportAssistant::Mapping ImportAssistant::remembered(
    const AppSettings &settings, const QString &source, const QString &kind) const
{
    Mapping mapping;
    const QJsonObject entry = QJsonDocument::fromJson(
        const_cast<AppSettings &>(settings).raw().value(settingsKey(kind, source)).toString().toUtf8())
                                  .object();
    const QJsonObject titles = entry.value(QStringLiteral("titles")).toObject();
    for (auto it = titles.constBegin(); it != titles.constEnd(); ++it) {
        const int c = int(m_table.header().indexOf(it.value().toString()));
        if (c >= 0)
            mapping.insert(it.key(), c);
    }
    return mapping;
}

QString ImportAssistant::recognisedSource(const AppSettings &settings, const QString &kind) const
{
    QSettings &raw = const_cast<AppSettings &>(settings).raw();
    raw.beginGroup(QStringLiteral("import_mappings/") + kind);
    const QStringList keys = raw.childKeys();
    raw.endGroup();
    for (const QString &key : keys) {
        const QJsonObject entry = QJsonDocument::fromJson(
            raw.value(QStringLiteral("import_mappings/%1/%2").arg(kind, key)).toString().toUtf8())
                                      .object();
        const QJsonObject titles = entry.value(QStringLiteral("titles")).toObject();
        bool all = !titles.isEmpty();
        for (auto it = titles.constBegin(); it != titles.constEnd() && all; ++it)
            all = m_table.header().contains(it.value().toString());
        if (all)
            return entry.value(QStringLiteral("source")).toString();
    }
    return {};
}

QString ImportAssistant::normalizedTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ "
                       "T]+(\\d{1,2})[:：时](\\d{1,2})(?:[:：分](\\d{1,2}))?秒?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return text;
    auto two = [](const QString &s) { return s.rightJustified(2, QLatin1Char('0')); };
    QString out = QStringLiteral("%1-%2-%3").arg(m.captured(1), two(m.captured(2)), two(m.captured(3)));
    if (!m.captured(4).isEmpty()) {
        out += QStringLiteral(" %1:%2:%3")
                   .arg(two(m.captured(4)), two(m.captured(5)),
                       two(m.captured(6).isEmpty() ? QStringLiteral("0") : m.captured(6)));
    }
    return out;
}

QStringList ImportAssistant::mappedHeader(const RecordKind &kind, const Mapping &mapping) const
{
    // The source's columns keep their places, so errors name the source's own column; a column no field
    // takes gets a name no kind has.
    QStringList header;
    for (int c = 0; c < m_table.header().size(); ++c)
        header << QStringLiteral("\x01unmapped %1").arg(c);
    for (const FieldSpec &f : kind.fields) {
        if (mapping.contains(f.name) && !f.csvColumn.isEmpty()) {
            const int c = mapping.value(f.name);
            while (header.size() <= c)
                header << QStringLiteral("\x01unmapped %1").arg(header.size());
            header[c] = f.csvColumn;
        }
    }
    return header;
}

QList<CsvReader::Row> ImportAssistant::mappedRows(const RecordKind &kind, const Mapping &mapping) const
{
    QList<int> timeColumns;
    for (const FieldSpec &f : kind.fields) {
        if ((f.type == FieldType::Date || f.type == FieldType::DateTime) && mapping.contains(f.name))
            timeColumns << mapping.value(f.name);
    }
    QList<CsvReader::Row> rows;
    for (const TableFile::Row &r : m_table.rows()) {
        CsvReader::Row row { r.line, r.cells };
        for (int c : std::as_const(timeColumns)) {
            if (c < row.fields.size())
                row.fields[c] = normalizedTime(row.fields[c]);
        }
        rows << row;
    }
    return rows;
}

QList<ImportAssistant::PreviewRow> ImportAssistant::preview(
    const QString &kindId, const Mapping &mapping, int count, int *errorRows)
{
    const RecordKind &kind = *RecordSchema::kind(kindId);
    const QList<CsvReader::Row> rows = mappedRows(kind, mapping);
    RecordImporter importer(m_store);
    importer.setDryRun(true);
    importer.setMaxErrors(100000);
    const ImportOutcome outcome
        = importer.importRows(kindId, m_path, mappedHeader(kind, mapping), rows, QString());
    // Errors by line, and by the field whose column they name.
    QHash<int, QHash<QString, QString>> errorsByLine;
    for (const ImportError &e : outcome.errors) {
        QString field;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (it.value() + 1 == e.column)
                field = it.key();
        }
        QString &slot = errorsByLine[e.line][field];
        slot = slot.isEmpty() ? e.reason : slot + QStringLiteral("; ") + e.reason;
    }
    if (errorRows)
        *errorRows = int(errorsByLine.size());
    QList<PreviewRow> out;
    for (const CsvReader::Row &r : rows.mid(0, count)) {
        PreviewRow p;
        p.line = r.line;
        for (const FieldSpec &f : kind.fields) {
            if (f.csvColumn.isEmpty())
                continue;
            p.values << (mapping.contains(f.name) ? r.fields.value(mapping.value(f.name)).trimmed()
                                                  : QString());
        }
        p.errors = errorsByLine.value(r.line);
        out << p;
    }
    return out;
}

QList<TableFile::Row> ImportAssistant::mappedTable(
    const QString &kindId, const Mapping &mapping, QStringList *header) const
{
    const RecordKind &kind = *RecordSchema::kind(kindId);
    if (header)
        *header = mappedHeader(kind, mapping);
    QList<TableFile::Row> out;
    for (const CsvReader::Row &r : mappedRows(kind, mapping))
        out << TableFile::Row { r.line, r.fields };
    return out;
}

ImportOutcome ImportAssistant::import(const QString &kindId, const Mapping &mapping, const QString &user)
{
    const RecordKind &kind = *RecordSchema::kind(kindId);
    RecordImporter importer(m_store);
    return importer.importRows(kindId, m_path, mappedHeader(kind, mapping), mappedRows(kind, mapping), user);
}
