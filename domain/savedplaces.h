#pragma once
// An agency's usual places: where its trips have gone and started from, most used first, so a request is
// filled by picking "市民中心" rather than typing coordinates again. Read from the agency's earlier requests
// and dispatch orders; places of one name are one place (at the coordinates used most recently).
#include <QList>
#include <QString>

class RecordStore;

struct SavedPlace
{
    QString name;
    double lat = 0, lon = 0;
    int uses = 0;
};

namespace SavedPlaces {
QList<SavedPlace> forUnit(const RecordStore &store, const QString &unitId, int limit = 30);
}
