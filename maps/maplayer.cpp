#include "maps/maplayer.h"

MapLayer::MapLayer(QObject *parent)
    : QObject(parent)
{ }

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit changed();
}
