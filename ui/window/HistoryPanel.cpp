#include "window/HistoryPanel.h"

#include "window/RunHistory.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace cacophony {

namespace {

// A cell's padding on both sides beyond its text, as the styles draw it (generous).
constexpr int kCellMargin = 16;

} // namespace

HistoryPanel::HistoryPanel(RunHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_view(new QTreeView(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_compare(new QPushButton(tr("Compare"), this))
{
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(history);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RunHistory::RunColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Earlier runs, kept across restarts. Double-click (or Enter) shows one again; "
                          "select two and press Compare to stack them on one time axis. Columns that do "
                          "not fit the panel are in each row's tooltip."));
    m_view->setMinimumHeight(90);

    m_show->setToolTip(tr("Show the selected run in the timeline and statistics (Enter)"));
    m_compare->setToolTip(tr("Stack two selected runs on one shared time axis, as the series "
                             "does (Ctrl+K); with one selected, compares it with the newest run"));

    // Only as wide as their words need (not the style's usual minimum), so the docks
    // leave the chart room on a 1024 px projector.
    for (QPushButton *button : { m_show, m_compare })
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(button->text()) + 24);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_show);
    buttons->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeView::activated, this,
        [this](const QModelIndex &index) { emit showRequested(index.row()); });
    connect(m_show, &QPushButton::clicked, this, &HistoryPanel::showSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateButtons);
    connect(history, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateButtons);
    connect(history, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updateButtons);
    connect(history, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateButtons);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(history, signal, this, &HistoryPanel::fitColumns, Qt::QueuedConnection);
    connect(history, &QAbstractItemModel::modelReset, this, &HistoryPanel::fitColumns, Qt::QueuedConnection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->installEventFilter(this);
    updateButtons();
}

QList<int> HistoryPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void HistoryPanel::showSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty())
        emit showRequested(rows.first());
}

void HistoryPanel::compareSelected()
{
    const QList<int> rows = selectedRows();
    // Row 0 is the newest: the older run goes on top, as the series reads top-down.
    if (rows.size() >= 2)
        emit compareRequested(rows.at(1), rows.at(0));
    else if (rows.size() == 1 && m_history->rowCount() >= 2)
        emit compareRequested(rows.at(0) == 0 ? 1 : rows.at(0), 0);
    else if (rows.isEmpty() && m_history->rowCount() >= 2)
        emit compareRequested(1, 0);
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::fitColumns()
{
    static constexpr RunHistory::Column kByImportance[] = { RunHistory::LostColumn, RunHistory::OrderColumn,
        RunHistory::BeatsColumn, RunHistory::TimeColumn, RunHistory::TempoColumn };
    // The view's own measure and the model's texts (the view measures only rows laid out).
    const QFontMetrics metrics(m_view->font());
    const auto needs = [this, &metrics](int column) {
        int widest = std::max(m_view->header()->sectionSizeHint(column),
                              static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column));
        for (int row = 0; row < m_history->rowCount(); ++row)
            widest = std::max(widest, metrics.horizontalAdvance(m_history->index(row, column).data().toString()) + kCellMargin);
        return widest;
    };
    // A hidden section measures 0: measure them all shown, then hide what does not fit.
    int need[RunHistory::ColumnCount];
    for (int column = 0; column < RunHistory::ColumnCount; ++column) {
        m_view->setColumnHidden(column, false);
        need[column] = needs(column);
    }
    int left = m_view->viewport()->width() - need[RunHistory::RunColumn];
    bool full = false;
    for (RunHistory::Column column : kByImportance) {
        full = full || need[column] > left; // a column never shows without the more important ones
        m_view->setColumnHidden(column, full);
        if (!full)
            left -= need[column];
    }
}

void HistoryPanel::updateButtons()
{
    const int selected = int(selectedRows().size());
    m_show->setEnabled(selected >= 1);
    m_compare->setEnabled(m_history->rowCount() >= 2);
}

} // namespace cacophony
