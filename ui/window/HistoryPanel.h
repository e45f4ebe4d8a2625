#pragma once

// The list of earlier runs (RunHistory) with the two things to do with them: show one
// again, or compare two stacked on one time axis.

#include <QWidget>

class QTreeView;
class QPushButton;

namespace cacophony {

class RunHistory;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(RunHistory *history, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // Selected rows, in display order.
    QList<int> selectedRows() const;

public slots:
    void showSelected();
    void compareSelected();

signals:
    void showRequested(int row);
    // Two selected runs, or the selected one and the newest; rowA is the older (on top).
    void compareRequested(int rowA, int rowB);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    // Shows the columns, in order of importance, that fit the table's width in full, so
    // it never scrolls sideways (a narrow dock, a long language); the hidden ones are
    // in each row's tooltip. The scenario column always shows.
    void fitColumns();

    RunHistory *m_history;
    QTreeView *m_view;
    QPushButton *m_show;
    QPushButton *m_compare;
};

} // namespace cacophony
