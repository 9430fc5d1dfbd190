#include "checks/cardbindingrule.h"

namespace checks {

void CardBindingRule::checkVehicle(
    const CheckContext &context, VehicleTrack &track, RuleState *, std::vector<Anomaly> &out) const
{
    const QString &plate = track.plate();
    const auto &cards = context.cardsOf(plate);
    if (cards.empty())
        return;
    const Vehicle *vehicle = context.vehicle(plate);
    QString reason;
    if (!vehicle)
        reason = QStringLiteral("not_registered");
    else if (vehicle->status.trimmed().compare(QLatin1String("retired"), Qt::CaseInsensitive) == 0)
        reason = QStringLiteral("retired");
    else
        return;

    for (const Card *card : cards) {
        // The binding is judged as it stands; the refuels in the window show what it was used for.
        int refuels = 0;
        double litres = 0.0;
        double yuan = 0.0;
        for (const Refuel *r : context.refuelsOfCard(card->cardNo)) {
            if (!context.inWindow(r->timeMs))
                continue;
            ++refuels;
            litres += r->litres;
            yuan += r->amountYuan;
        }
        Anomaly a;
        a.rule = id();
        a.plate = plate;
        a.cardNo = card->cardNo;
        a.startMs = context.window().fromMs;
        a.endMs = context.window().toMs;
        QJsonObject e;
        e.insert(QStringLiteral("card_no"), card->cardNo);
        e.insert(QStringLiteral("plate"), plate);
        e.insert(QStringLiteral("reason"), reason);
        e.insert(QStringLiteral("vehicle_status"), vehicle ? vehicle->status : QString());
        e.insert(QStringLiteral("refuels_in_window"), refuels);
        e.insert(QStringLiteral("litres_in_window"), litres);
        e.insert(QStringLiteral("amount_yuan_in_window"), yuan);
        a.evidence = e;
        out.push_back(a);
    }
}

} // namespace checks
