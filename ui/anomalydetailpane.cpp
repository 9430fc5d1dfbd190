#include "ui/anomalydetailpane.h"
#include "domain/anomalytext.h"
#include "models/anomalytablemodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

// Stored as UTC ISO 8601; shown in Beijing time like every other time on the page.
QString storedTime(const QString &utcIso)
{
    return utcIso.isEmpty() ? QString() : AnomalyText::beijingTime(utcIso);
}

} // namespace

AnomalyDetailPane::AnomalyDetailPane(const AnomalyTableModel *model, bool canAct, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_canAct(canAct)
    , m_title(new QLabel)
    , m_body(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    layout->addWidget(m_title);

    m_actions = new QWidget;
    auto *buttons = new QHBoxLayout(m_actions);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_review = new QPushButton(tr("&Review"));
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setToolTip(tr("Mark the finding as under review: someone is looking into it"));
    m_dismiss = new QPushButton(tr("&Dismiss…"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("Close the finding as not a problem; asks for the reason, which is kept"));
    m_supervise = new QPushButton(tr("&Supervise…"));
    m_supervise->setObjectName(QStringLiteral("superviseButton"));
    m_supervise->setToolTip(
        tr("Draft a supervision order (督办单) about the selected findings; it opens on the "
           "Supervision page to be issued to the agency."));
    for (QPushButton *b : { m_review, m_dismiss, m_supervise })
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addWidget(m_actions);
    m_actions->setVisible(m_canAct);

    // Anyone who may read a finding may replay its trip: the evidence on the map beside the request.
    m_replay = new QPushButton(tr("Replay the trip on the map"));
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_vehicleFile = new QPushButton(tr("Vehicle file"));
    m_vehicleFile->setObjectName(QStringLiteral("vehicleFileButton"));
    auto *open = new QHBoxLayout;
    open->addWidget(m_replay);
    open->addWidget(m_vehicleFile);
    open->addStretch();
    layout->addLayout(open);
    connect(m_vehicleFile, &QPushButton::clicked, this, [this] {
        if (m_record && !m_record->plate.isEmpty())
            emit vehicleFileRequested(m_record->plate);
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_record && !m_record->taskCode.isEmpty())
            emit replayRequested(m_record->taskCode);
    });

    m_body->setObjectName(QStringLiteral("evidence"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setFocusPolicy(Qt::StrongFocus); // Tab reaches the text, so the figures can be copied
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);

    connect(m_review, &QPushButton::clicked, this, &AnomalyDetailPane::reviewRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &AnomalyDetailPane::dismissRequested);
    connect(m_supervise, &QPushButton::clicked, this, &AnomalyDetailPane::superviseRequested);
    setRecord(std::nullopt);
}

void AnomalyDetailPane::setRecord(const std::optional<AnomalyRecord> &record)
{
    m_record = record;
    if (!record) {
        m_title->setText(tr("No anomaly selected"));
        m_body->setText(tr("Select an anomaly in the list to see its evidence and act on it."));
        for (QPushButton *b : { m_review, m_dismiss, m_supervise, m_replay, m_vehicleFile })
            b->setEnabled(false);
        return;
    }
    const AnomalyRecord &r = *record;
    m_title->setText(tr("%1 · %2").arg(AnomalyText::ruleName(r.rule), r.plate));
    // What may happen next: review and supervise move a finding forward, dismissing closes it. A dismissed
    // finding can be taken up again for review.
    m_review->setEnabled(r.status == QStringLiteral("new") || r.status == QStringLiteral("dismissed"));
    m_review->setText(r.status == QStringLiteral("dismissed") ? tr("&Reopen for review") : tr("&Review"));
    m_dismiss->setEnabled(r.status != QStringLiteral("dismissed"));
    m_supervise->setEnabled(r.status == QStringLiteral("new") || r.status == QStringLiteral("review"));
    m_replay->setEnabled(!r.taskCode.isEmpty());
    m_vehicleFile->setEnabled(!r.plate.isEmpty());
    m_vehicleFile->setToolTip(
        tr("Open the file of %1: its trips, refuels, repairs and findings").arg(r.plate));
    m_replay->setToolTip(r.taskCode.isEmpty()
            ? tr("This finding belongs to no dispatch order.")
            : tr("Open dispatch order %1 in the trip review").arg(r.taskCode));

    QString html = QStringLiteral("<table>");
    html += row(tr("Status"), AnomalyStore::statusLabel(r.status));
    if (!r.reason.isEmpty())
        html += row(tr("Reason"), r.reason);
    if (!r.updatedBy.isEmpty() && r.updatedAt != r.firstFoundAt)
        html += row(tr("Last action"), tr("%1, %2").arg(r.updatedBy, storedTime(r.updatedAt)));
    const QString unit = m_model->unitName(r.plate);
    html += row(tr("Vehicle"), unit.isEmpty() ? r.plate : tr("%1 (%2)").arg(r.plate, unit));
    if (!r.driverCode.isEmpty())
        html += row(tr("Driver"), m_model->driverName(r.driverCode));
    if (!r.taskCode.isEmpty())
        html += row(tr("Dispatch order"), r.taskCode);
    if (!r.cardNo.isEmpty())
        html += row(tr("Fuel card"), r.cardNo);
    html += row(tr("Time"),
        r.startMs == r.endMs
            ? AnomalyText::beijingTime(r.startMs)
            : tr("%1 – %2").arg(AnomalyText::beijingTime(r.startMs), AnomalyText::beijingTime(r.endMs)));
    html += QStringLiteral("</table><p><b>%1</b></p><ul style='margin-left:-24px'>")
                .arg(tr("Evidence").toHtmlEscaped());
    for (const QString &sentence : AnomalyText::evidence(r))
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("Found first %1, last %2 (Beijing time).")
                         .arg(storedTime(r.firstFoundAt), storedTime(r.lastFoundAt))
                         .toHtmlEscaped());
    m_body->setText(html);
}

QString AnomalyDetailPane::text() const
{
    QTextDocument doc;
    doc.setHtml(m_body->text());
    return m_title->text() + QLatin1Char('\n') + doc.toPlainText();
}
