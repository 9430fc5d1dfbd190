#pragma once
// The names of the record kinds, their fields and the values code branches on (a request's state, a car's
// status), written once: a typo becomes a compile error instead of a query that silently finds nothing.
// The kinds are the CLI's KIND and the table names; the fields are the table's columns (RecordSchema
// describes each, with its CSV column, which may differ: unit_id is read and written as unit_code). SQL text
// keeps its plain names, so that a query reads as SQL.
#include <QString>

namespace Kind {
inline const QString Units = QStringLiteral("units");
inline const QString Vehicles = QStringLiteral("vehicles");
inline const QString Drivers = QStringLiteral("drivers");
inline const QString Cards = QStringLiteral("cards");
inline const QString Stations = QStringLiteral("stations");
inline const QString Fences = QStringLiteral("fences");
inline const QString Tasks = QStringLiteral("tasks"); // dispatch orders (派车单)
inline const QString Refuels = QStringLiteral("refuels");
inline const QString Violations = QStringLiteral("violations");
inline const QString Maintenance = QStringLiteral("maintenance");
inline const QString Requests = QStringLiteral("requests"); // trip requests (用车申请)
inline const QString Shops = QStringLiteral("shops"); // designated repair shops (定点维修厂)
inline const QString Payments = QStringLiteral("payments"); // the finance office's transport-expense export
inline const QString Plans = QStringLiteral("plans"); // maintenance plans per vehicle (保养、年检、保险)
inline const QString Complaints = QStringLiteral("complaints"); // public complaints from the 12345 hotline
// Not record kinds, but announced by RecordStore::recordsChanged and imported or exported like them.
inline const QString Positions = QStringLiteral("positions"); // tracks (PositionStore)
inline const QString Anomalies = QStringLiteral("anomalies"); // findings (AnomalyStore)
inline const QString Orders = QStringLiteral("supervision_orders"); // supervision orders (督办单)
} // namespace Kind

namespace Field {
// Shared by several kinds. Code is the natural key of units, drivers, stations, tasks and requests.
inline const QString Code = QStringLiteral("code");
inline const QString Name = QStringLiteral("name");
inline const QString Status = QStringLiteral("status");
inline const QString UnitId = QStringLiteral("unit_id");
inline const QString VehicleId = QStringLiteral("vehicle_id");
inline const QString DriverId = QStringLiteral("driver_id");
inline const QString Plate = QStringLiteral("plate");
inline const QString Phone = QStringLiteral("phone");
inline const QString Lat = QStringLiteral("lat");
inline const QString Lon = QStringLiteral("lon");
inline const QString Time = QStringLiteral("time");
inline const QString Date = QStringLiteral("date");
inline const QString OdometerKm = QStringLiteral("odometer_km");
// vehicles
inline const QString Category = QStringLiteral("category");
inline const QString Model = QStringLiteral("model");
inline const QString Seats = QStringLiteral("seats");
inline const QString FuelType = QStringLiteral("fuel_type");
inline const QString TerminalId = QStringLiteral("terminal_id");
// drivers
inline const QString LicenseClass = QStringLiteral("license_class");
// cards
inline const QString CardNo = QStringLiteral("card_no");
// fences
inline const QString Geometry = QStringLiteral("geometry");
inline const QString Plates = QStringLiteral("plates");
// tasks and requests: the booked trip
inline const QString StartAt = QStringLiteral("start_at");
inline const QString EndAt = QStringLiteral("end_at");
inline const QString DestName = QStringLiteral("dest_name");
inline const QString DestLat = QStringLiteral("dest_lat");
inline const QString DestLon = QStringLiteral("dest_lon");
inline const QString NavKm = QStringLiteral("nav_km");
inline const QString Purpose = QStringLiteral("purpose");
inline const QString TripType = QStringLiteral("trip_type");
// tasks: the trip as driven
inline const QString DepartedAt = QStringLiteral("departed_at");
inline const QString OdometerOut = QStringLiteral("odometer_out");
inline const QString ReturnedAt = QStringLiteral("returned_at");
inline const QString OdometerIn = QStringLiteral("odometer_in");
// refuels
inline const QString CardId = QStringLiteral("card_id");
inline const QString StationId = QStringLiteral("station_id");
inline const QString Litres = QStringLiteral("litres");
inline const QString AmountYuan = QStringLiteral("amount_yuan");
// violations
inline const QString Description = QStringLiteral("description");
// maintenance
inline const QString Shop = QStringLiteral("shop");
inline const QString Items = QStringLiteral("items");
inline const QString CostYuan = QStringLiteral("cost_yuan");
inline const QString ShopId = QStringLiteral("shop_id");
// the last day a car booked into the shop stays there (from `date`): no trip may be booked on it meanwhile
inline const QString InShopUntil = QStringLiteral("in_shop_until");
// shops
inline const QString Address = QStringLiteral("address");
inline const QString ContractFrom = QStringLiteral("contract_from");
inline const QString ContractTo = QStringLiteral("contract_to");
// payments
inline const QString PaidOn = QStringLiteral("paid_on");
inline const QString Reference = QStringLiteral("reference");
inline const QString Note = QStringLiteral("note");
// maintenance plans: what is due every so many km and/or months since it was last done
inline const QString Item = QStringLiteral("item");
inline const QString EveryKm = QStringLiteral("every_km");
inline const QString EveryMonths = QStringLiteral("every_months");
inline const QString LastDate = QStringLiteral("last_date");
inline const QString LastKm = QStringLiteral("last_km");
// tasks: the money (settlement)
inline const QString ChargeYuan = QStringLiteral("charge_yuan"); // the standard's price, stored by settle
inline const QString AdjustedYuan = QStringLiteral("adjusted_yuan"); // the dispatcher's amount, when adjusted
inline const QString AdjustReason = QStringLiteral("adjust_reason");
// requests
inline const QString Contact = QStringLiteral("contact");
inline const QString Passengers = QStringLiteral("passengers");
inline const QString OriginName = QStringLiteral("origin_name");
inline const QString OriginLat = QStringLiteral("origin_lat");
inline const QString OriginLon = QStringLiteral("origin_lon");
inline const QString NavSource = QStringLiteral("nav_source");
inline const QString StatusReason = QStringLiteral("status_reason");
inline const QString TaskId = QStringLiteral("task_id");
inline const QString ReferralProvider = QStringLiteral("referral_provider");
inline const QString ReferralReason = QStringLiteral("referral_reason");
inline const QString ReferredAt = QStringLiteral("referred_at");
inline const QString ReferredBy = QStringLiteral("referred_by");
// complaints (12345 hotline): when it came in, what the caller saw, where and when
inline const QString ReceivedAt = QStringLiteral("received_at");
inline const QString Account = QStringLiteral("account");
inline const QString Place = QStringLiteral("place");
inline const QString SeenAt = QStringLiteral("seen_at");
} // namespace Field

// A supervision order's `state` (SupervisionFlow says which steps lead where) and its closing conclusion.
namespace OrderState {
inline const QString Drafted = QStringLiteral("drafted");
inline const QString Issued = QStringLiteral("issued");
inline const QString Replied = QStringLiteral("replied");
inline const QString Returned = QStringLiteral("returned");
inline const QString Closed = QStringLiteral("closed");
} // namespace OrderState

namespace OrderConclusion {
inline const QString Confirmed = QStringLiteral("confirmed"); // violation confirmed (违规属实)
inline const QString Explained = QStringLiteral("explained"); // explained (情况说明合理)
inline const QString NotEstablished = QStringLiteral("not-established"); // not established (不成立)
} // namespace OrderConclusion

// A trip request's `status` (RequestFlow says which steps lead where).
namespace RequestState {
inline const QString Submitted = QStringLiteral("submitted");
inline const QString Approved = QStringLiteral("approved");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Dispatched = QStringLiteral("dispatched");
inline const QString Referred = QStringLiteral("referred");
inline const QString Departed = QStringLiteral("departed");
inline const QString Returned = QStringLiteral("returned");
inline const QString Settled = QStringLiteral("settled");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace RequestState

// A vehicle's `status`; a driver's is Active or Inactive.
namespace VehicleStatus {
inline const QString Active = QStringLiteral("active");
inline const QString Maintenance = QStringLiteral("maintenance");
inline const QString Retired = QStringLiteral("retired");
} // namespace VehicleStatus

namespace DriverStatus {
inline const QString Active = QStringLiteral("active");
inline const QString Inactive = QStringLiteral("inactive");
} // namespace DriverStatus

// A maintenance plan's `item`.
namespace PlanItem {
inline const QString Servicing = QStringLiteral("servicing"); // 保养
inline const QString Inspection = QStringLiteral("inspection"); // 年检
inline const QString Insurance = QStringLiteral("insurance"); // 保险
} // namespace PlanItem

// A vehicle's `category`.
namespace VehicleCategory {
inline const QString Emergency = QStringLiteral("emergency"); // 机要应急
inline const QString Enforcement = QStringLiteral("enforcement"); // 执法执勤
inline const QString General = QStringLiteral("general"); // the shared pool
} // namespace VehicleCategory
