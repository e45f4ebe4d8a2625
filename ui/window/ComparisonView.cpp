#include "window/ComparisonView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace cacophony {

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_top(new TimelineView(this))
    , m_bottom(new TimelineView(this))
{
    m_top->setObjectName(QStringLiteral("compareTop"));
    m_bottom->setObjectName(QStringLiteral("compareBottom"));

    auto *close = new QToolButton(this);
    close->setText(tr("Close comparison"));
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    close->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    close->setToolTip(tr("Back to the single timeline (Esc)"));

    auto *caption = new QLabel(tr("Two runs on one time axis: further right is later in both."), this);
    auto *header = new QHBoxLayout;
    header->addWidget(caption, 1);
    header->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_top, 1);
    layout->addWidget(m_bottom, 1);

    connect(close, &QToolButton::clicked, this, &ComparisonView::closeRequested);
    connect(m_top, &TimelineView::itemSelected, this, &ComparisonView::itemSelected);
    connect(m_bottom, &TimelineView::itemSelected, this, &ComparisonView::itemSelected);
    linkAxes();
}

double ComparisonView::extentMs(const TraceData &trace)
{
    std::int64_t end = 0;
    for (const Event &e : trace.events)
        end = std::max(end, e.end());
    return double(end) / 1e6;
}

void ComparisonView::setRuns(
    const TraceData &top, const QString &topTitle, const TraceData &bottom, const QString &bottomTitle)
{
    m_top->setTraceData(top);
    m_bottom->setTraceData(bottom);
    m_top->setTitle(topTitle);
    m_bottom->setTitle(bottomTitle);
    // Same axis for both: what is further right really happened later.
    const double end = std::max({ extentMs(top), extentMs(bottom), 1.0 });
    m_from = -0.02 * end;
    m_to = end * 1.04;
    resetView();
}

void ComparisonView::setView(TimelineView::View view)
{
    m_top->setView(view);
    m_bottom->setView(view);
}

void ComparisonView::resetView()
{
    m_syncing = true;
    m_top->setTimeRange(m_from, m_to);
    m_bottom->setTimeRange(m_from, m_to);
    m_syncing = false;
}

void ComparisonView::linkAxes()
{
    // Zoom or pan in one chart moves the other: the axis stays shared.
    auto follow = [this](TimelineView *from, TimelineView *to) {
        QCustomPlot *source = from->plot();
        if (!source || !source->xAxis)
            return;
        connect(source->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, to](const QCPRange &range) {
                QCustomPlot *target = to->plot();
                if (m_syncing || !target || !target->xAxis || target->xAxis->range() == range)
                    return;
                m_syncing = true;
                target->xAxis->setRange(range);
                target->replot(QCustomPlot::rpQueuedReplot);
                m_syncing = false;
            });
    };
    follow(m_top, m_bottom);
    follow(m_bottom, m_top);
}

} // namespace cacophony
