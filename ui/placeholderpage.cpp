#include "ui/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *status = new QLabel(tr("Not yet available in this version"));
    status->setObjectName(QStringLiteral("notAvailable"));
    status->setAlignment(Qt::AlignCenter);
    status->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    auto *text = new QLabel(description);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A word-wrapped label in a centred cell got its narrowest width and cut each line in half: it takes
    // the page's width up to a readable measure instead.
    text->setMinimumWidth(std::min(560, text->fontMetrics().horizontalAdvance(description) + 8));
    text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    text->setMaximumWidth(560);
    text->setEnabled(false);
    layout->addWidget(heading);
    layout->addWidget(status);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
