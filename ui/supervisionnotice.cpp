#include "ui/supervisionnotice.h"
#include "ui/supervisionpage.h"

#include <QStackedWidget>

SupervisionNotice::SupervisionNotice(QStackedWidget *pages, QWidget *parent)
    : QLabel(parent)
    , m_pages(pages)
{
    setObjectName(QStringLiteral("supervisionNotice"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setStyleSheet(QStringLiteral(
        "QLabel { background: #fff1c9; border-bottom: 1px solid #e0b84c; padding: 5px 8px; }"));
    hide();
}

void SupervisionNotice::watch(SupervisionPage *page)
{
    m_page = page;
    connect(m_page, &SupervisionPage::reminderChanged, this, &SupervisionNotice::update);
    connect(m_pages, &QStackedWidget::currentChanged, this, &SupervisionNotice::update);
    connect(this, &QLabel::linkActivated, this, &SupervisionNotice::showRequested);
    update();
}

void SupervisionNotice::update()
{
    const QString text = m_page->reminderText();
    setText(
        QStringLiteral("<b>%1</b> %2 &nbsp;<a href=\"show\">%3</a>")
            .arg(tr("Supervision:").toHtmlEscaped(), text.toHtmlEscaped(), tr("Show them").toHtmlEscaped()));
    setVisible(!text.isEmpty() && m_pages->currentWidget() != m_page);
}
