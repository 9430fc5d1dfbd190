#include "demo/demodata.h"
#include "store/positionstore.h"
#include "store/recordkinds.h"
#include "store/recordstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>

namespace {

// Agencies of a prefecture-level city and its districts, as a Nantong-like center serves them.
const char *const kAgencies[] = {
    "市委办公室",
    "市人大常委会办公室",
    "市政府办公室",
    "市政协办公室",
    "市纪委监委",
    "市委组织部",
    "市委宣传部",
    "市委统战部",
    "市委政法委",
    "市委网信办",
    "市委编办",
    "市委党校",
    "市发展和改革委员会",
    "市教育局",
    "市科学技术局",
    "市工业和信息化局",
    "市公安局",
    "市民政局",
    "市司法局",
    "市财政局",
    "市人力资源和社会保障局",
    "市自然资源和规划局",
    "市生态环境局",
    "市住房和城乡建设局",
    "市交通运输局",
    "市水利局",
    "市农业农村局",
    "市商务局",
    "市文化广电和旅游局",
    "市卫生健康委员会",
    "市退役军人事务局",
    "市应急管理局",
    "市审计局",
    "市国资委",
    "市市场监督管理局",
    "市体育局",
    "市统计局",
    "市医疗保障局",
    "市城市管理局",
    "市行政审批局",
    "市信访局",
    "市数据局",
    "市机关事务管理局",
    "市中级人民法院",
    "市人民检察院",
    "市总工会",
    "团市委",
    "市妇联",
    "市科协",
    "市文联",
    "市残联",
    "市红十字会",
    "市税务局",
    "市气象局",
    "市消防救援支队",
    "市供销合作总社",
    "市档案馆",
    "市地方志办公室",
    "市公共资源交易中心",
    "市住房公积金管理中心",
    "市疾病预防控制中心",
    "市急救中心",
    "市港口管理局",
    "市粮食和物资储备局",
    "市人防办",
    "市金融监管局",
    "市侨办",
    "市外办",
    "市委老干部局",
    "市委机要保密局",
    "市委政策研究室",
    "市委巡察办",
    "市直机关工委",
    "市社会工作部",
    "市农业科学研究院",
    "市水文局",
    "市公路事业发展中心",
    "市生态环境综合行政执法局",
    "市交通运输综合行政执法支队",
    "市农业综合行政执法支队",
    "市文化市场综合执法支队",
    "崇川区政府办公室",
    "通州区政府办公室",
    "海门区政府办公室",
    "如皋市政府办公室",
    "海安市政府办公室",
    "如东县政府办公室",
    "启东市政府办公室",
    "市开发区管委会",
    "苏锡通园区管委会",
};

const char *const kSurnames[] = { "张", "王", "李", "陈", "刘", "杨", "黄", "吴", "周", "徐", "孙", "朱",
    "顾", "陆", "沈", "施", "季", "缪", "范", "曹", "袁", "钱", "葛", "瞿" };
const char *const kGivenNames[] = { "建国", "志强", "海峰", "晓东", "卫东", "国平", "俊", "明", "伟", "军",
    "春华", "红兵", "永刚", "宏伟", "立新", "斌", "浩", "磊", "涛", "勇" };

struct Model
{
    const char *name;
    int seats;
    const char *fuel;
};
const Model kEmergencyModels[] = { { "红旗H5", 5, "gasoline" }, { "大众帕萨特", 5, "gasoline" },
    { "丰田凯美瑞双擎", 5, "hybrid" }, { "别克GL8", 7, "gasoline" }, { "比亚迪汉EV", 5, "electric" } };
const Model kEnforcementModels[]
    = { { "大众途观L", 5, "gasoline" }, { "长安CS75", 5, "gasoline" }, { "江铃全顺", 9, "diesel" } };
const Model kGeneralModels[]
    = { { "丰田考斯特", 20, "diesel" }, { "别克GL8", 7, "gasoline" }, { "大众帕萨特", 5, "gasoline" } };

Record make(const QString &kind, const QString &key, QVariantMap values)
{
    Record r;
    r.id = DemoData::idFor(kind, key);
    r.values = std::move(values);
    return r;
}

QString polygonJson(const QList<QPair<double, double>> &lonLat)
{
    QJsonArray ring;
    for (const auto &[lon, lat] : lonLat)
        ring.append(QJsonArray { lon, lat });
    ring.append(ring.first());
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
                          { QStringLiteral("coordinates"), QJsonArray { ring } } })
            .toJson(QJsonDocument::Compact));
}

} // namespace

DemoData::DemoData(RecordStore &store, QString user)
    : m_store(store)
    , m_user(std::move(user))
{ }

QString DemoData::idFor(const QString &kind, const QString &key)
{
    static const QUuid demoNamespace(QStringLiteral("{6f1c1f0e-8d3a-4e7b-9a51-3c2b7f0d5e11}"));
    return QUuid::createUuidV5(demoNamespace, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

bool DemoData::save(const QString &kind, const QList<Record> &records, int *count, DemoSummary &s)
{
    int changed = 0;
    const SaveResult result = m_store.saveAll(kind, records, m_user, &changed);
    if (!result.ok) {
        m_error = tr("demo %1, record %2: %3").arg(kind).arg(result.index + 1).arg(result.message());
        return false;
    }
    *count = int(records.size());
    s.changed += changed;
    return true;
}

bool DemoData::fill(DemoSummary *summary, Scope scope)
{
    // One write scope for the whole fill: killed or refused midway, the file keeps none of it.
    RecordStore::WriteScope write(m_store);
    if (!write.isOpen()) {
        m_error = tr("demo: the database cannot be written: %1").arg(write.errorString());
        return false;
    }
    DemoSummary s;
    bool ok = addUnits(s) && addStations(s) && addVehicles(s) && addDrivers(s) && addCards(s) && addFences(s)
        && (scope == Scope::Fleet || addTraffic(s));
    if (ok && !write.commit()) {
        m_error = tr("demo: could not be saved: %1").arg(write.errorString());
        ok = false;
    }
    if (summary)
        *summary = ok ? s : DemoSummary();
    return ok;
}

bool DemoData::addUnits(DemoSummary &s)
{
    QList<Record> records;
    int n = 0;
    for (const char *name : kAgencies) {
        const QString code = QStringLiteral("NT%1").arg(++n, 3, 10, QLatin1Char('0'));
        records << make(
            Kind::Units, code, { { Field::Code, code }, { Field::Name, QString::fromUtf8(name) } });
    }
    return save(Kind::Units, records, &s.units, s);
}

bool DemoData::addVehicles(DemoSummary &s)
{
    DemoRandom random(20261001);
    QList<Record> records;
    const int unitCount = int(std::size(kAgencies));
    auto add = [&](int n, const char *category, const Model &model, const QString &status) {
        const QString plate = demo::plate(n);
        // Emergency cars serve the leading agencies (the first dozen); others spread over all of them.
        const int unit
            = QLatin1String(category) == QLatin1String("emergency") ? n % 12 : random.below(unitCount);
        records << make(Kind::Vehicles, plate,
            { { Field::Plate, plate }, { Field::Category, QLatin1String(category) },
                { Field::UnitId,
                    idFor(Kind::Units, QStringLiteral("NT%1").arg(unit + 1, 3, 10, QLatin1Char('0'))) },
                { Field::Model, QString::fromUtf8(model.name) }, { Field::Seats, model.seats },
                { Field::FuelType, QLatin1String(model.fuel) },
                { Field::TerminalId, QStringLiteral("BD%1").arg(880000 + n * 13) },
                { Field::Status, status } });
    };
    int n = 0;
    for (int i = 0; i < 45; ++i, ++n)
        add(n, "emergency", kEmergencyModels[i % std::size(kEmergencyModels)],
            i == 7 || i == 30 ? VehicleStatus::Maintenance : VehicleStatus::Active);
    for (int i = 0; i < 19; ++i, ++n)
        add(n, "enforcement", kEnforcementModels[i % std::size(kEnforcementModels)], VehicleStatus::Active);
    for (int i = 0; i < 6; ++i, ++n)
        // One general car is retired: its old fuel card is still bound to it (a card_binding case).
        add(n, "general", kGeneralModels[i % std::size(kGeneralModels)],
            i == 5 ? VehicleStatus::Retired : VehicleStatus::Active);
    return save(Kind::Vehicles, records, &s.vehicles, s);
}

bool DemoData::addDrivers(DemoSummary &s)
{
    DemoRandom random(20261002);
    QList<Record> records;
    for (int i = 0; i < 72; ++i) {
        const QString code = QStringLiteral("D%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const QString name = QString::fromUtf8(kSurnames[random.below(int(std::size(kSurnames)))])
            + QString::fromUtf8(kGivenNames[random.below(int(std::size(kGivenNames)))]);
        // A few drivers hold bus licences for the center's coaches; two are off duty.
        const QString licence = i % 12 == 0 ? QStringLiteral("A1")
                                            : (i % 12 == 1 ? QStringLiteral("B1") : QStringLiteral("C1"));
        records << make(Kind::Drivers, code,
            { { Field::Code, code }, { Field::Name, name }, { Field::LicenseClass, licence },
                { Field::Phone, QStringLiteral("139%1").arg(62000000 + i * 7919, 8, 10, QLatin1Char('0')) },
                { Field::UnitId, idFor(Kind::Units, QStringLiteral("NT043")) },
                { Field::Status, i == 40 || i == 63 ? DriverStatus::Inactive : DriverStatus::Active } });
    }
    return save(Kind::Drivers, records, &s.drivers, s);
}

bool DemoData::addCards(DemoSummary &s)
{
    QList<Record> records;
    auto add = [&](int n, const QString &plate) {
        const QString cardNo = QStringLiteral("100011320600%1").arg(n + 1, 4, 10, QLatin1Char('0'));
        records << make(Kind::Cards, cardNo,
            { { Field::CardNo, cardNo }, { Field::Plate, plate },
                { Field::UnitId, idFor(Kind::Units, QStringLiteral("NT043")) } });
    };
    int n = 0;
    for (const Record &vehicle : m_store.records(Kind::Vehicles)) {
        if (vehicle.text(Field::FuelType) != QStringLiteral("electric"))
            add(n++, vehicle.text(Field::Plate));
    }
    // A card bound to a private car outside the registry: what the card_binding rule exists to catch.
    add(n, QStringLiteral("苏F·K8M21"));
    return save(Kind::Cards, records, &s.cards, s);
}

bool DemoData::addStations(DemoSummary &s)
{
    struct Station
    {
        const char *code, *name;
        double lat, lon;
    };
    // Positions are approximate, chosen near real roads of the city for a believable map.
    const Station stations[] = {
        { "S01", "中石化南通工农路加油站", 32.0095, 120.8841 },
        { "S02", "中石化南通青年路加油站", 31.9846, 120.8792 },
        { "S03", "中石油南通崇川路加油站", 31.9662, 120.9097 },
        { "S04", "中石化通州金沙加油站", 32.0723, 121.0811 },
        { "S05", "中石化海门人民路加油站", 31.8752, 121.1759 },
        { "S06", "中石油如皋海阳路加油站", 32.3801, 120.5668 },
    };
    QList<Record> records;
    for (const Station &st : stations) {
        records << make(Kind::Stations, QLatin1String(st.code),
            { { Field::Code, QLatin1String(st.code) }, { Field::Name, QString::fromUtf8(st.name) },
                { Field::Lat, st.lat }, { Field::Lon, st.lon } });
    }
    return save(Kind::Stations, records, &s.stations, s);
}

bool DemoData::addFences(DemoSummary &s)
{
    // Not an official boundary (see shared data README): a rough outline of the city's extent, labelled so.
    const QString city = polygonJson({ { 120.20, 32.30 }, { 120.45, 32.72 }, { 121.00, 32.62 },
        { 121.55, 32.30 }, { 121.92, 31.95 }, { 121.70, 31.68 }, { 120.90, 31.70 }, { 120.50, 31.90 } });
    const QString urban
        = polygonJson({ { 120.78, 31.93 }, { 120.78, 32.10 }, { 121.12, 32.10 }, { 121.12, 31.93 } });
    QJsonArray enforcementPlates;
    for (const Record &vehicle : m_store.records(Kind::Vehicles)) {
        if (vehicle.text(Field::Category) == VehicleCategory::Enforcement)
            enforcementPlates.append(vehicle.text(Field::Plate));
    }
    QList<Record> records;
    records << make(Kind::Fences, QStringLiteral("city"),
        { { Field::Name, QStringLiteral("南通市域（示意范围，非官方边界）") }, { Field::Geometry, city } });
    records << make(Kind::Fences, QStringLiteral("urban-enforcement"),
        { { Field::Name, QStringLiteral("市区执法范围（示意）") }, { Field::Geometry, urban },
            { Field::Plates,
                QString::fromUtf8(QJsonDocument(enforcementPlates).toJson(QJsonDocument::Compact)) } });
    return save(Kind::Fences, records, &s.fences, s);
}

bool DemoData::addTraffic(DemoSummary &s)
{
    demo::Traffic traffic;
    if (!demo::planTraffic(m_store, &traffic, &m_error))
        return false;
    m_cases = traffic.cases;
    if (!save(Kind::Tasks, traffic.tasks, &s.tasks, s) || !save(Kind::Refuels, traffic.refuels, &s.refuels, s)
        || !save(Kind::Violations, traffic.violations, &s.violations, s)
        || !save(Kind::Maintenance, traffic.maintenance, &s.maintenance, s))
        return false;

    // All tracks in one transaction, as an import stores them; the store merges, so a second run adds
    // nothing.
    QSqlDatabase db = m_store.database();
    PositionStore positions(db);
    const QString kind = Kind::Positions;
    RecordStore::WriteScope write(m_store);
    if (!write.isOpen()) {
        m_error = tr("demo %1, record %2: %3").arg(kind).arg(1).arg(write.errorString());
        return false;
    }
    int n = 0;
    for (auto &[vehicleId, fixes] : traffic.tracks) {
        ++n;
        s.fixes += qint64(fixes.size());
        if (fixes.empty())
            continue;
        const PositionStore::AddResult r = positions.add(vehicleId, std::move(fixes));
        if (!r.ok) {
            m_error = tr("demo %1, record %2: %3").arg(kind).arg(n).arg(r.error);
            return false;
        }
        s.fixesChanged += r.added + r.replaced;
    }
    if (!write.commit()) {
        m_error = tr("demo %1, record %2: %3").arg(kind).arg(n).arg(write.errorString());
        return false;
    }
    return true;
}
