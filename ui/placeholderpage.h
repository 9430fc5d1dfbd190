#pragma once
// A page whose feature is not in this version yet: says what it will do instead of showing a blank.
#include <QWidget>

class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};
