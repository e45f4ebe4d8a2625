#pragma once

// The first-start hint: one sentence and buttons that make the point within seconds —
// play the naive asynchronous metronome (scenario 9), then the services one (14), and
// compare them. Or, for a musician, one click to the plain metronome. Shown on the first
// start and from Help; closable.

#include <QFrame>

class QPushButton;

namespace cacophony {

class FirstStartBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FirstStartBanner(QWidget *parent = nullptr);

    QPushButton *playBothButton() const { return m_both; }

signals:
    void playScenario(int number);
    // Play 9, then 14, then show them stacked on one time axis.
    void playBoth();
    // Switch to metronome mode (a steady click track, no scenarios).
    void metronomeChosen();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QPushButton *m_both;
    bool m_updating = false; // our own setPalette() must not recurse
};

} // namespace cacophony
