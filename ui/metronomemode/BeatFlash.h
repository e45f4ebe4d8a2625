#pragma once

// A visual pulse big enough to see across a room: one large lamp per beat of the bar,
// the beat being heard lights up (the accent in its own colour and larger) and fades
// within a beat; subdivisions blink a small dot under the lamps.

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace cacophony {

class BeatFlash : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kFadeMs = 180;

    explicit BeatFlash(QWidget *parent = nullptr);

    void setBeatsPerBar(int beats);
    int beatsPerBar() const { return m_beats; }
    // The beat lit now (-1: none) and whether it is an accent. For tests.
    int litBeat() const;
    bool litAccent() const { return litBeat() >= 0 && m_accent; }
    // Lit within the last frame or so (for a picture of the flash at its brightest).
    bool isFresh() const { return m_lit.isValid() && m_lit.elapsed() < 20; }

    QSize sizeHint() const override;

public slots:
    void flash(int beatInBar, int sub, bool accented);
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double level(const QElapsedTimer &since) const; // 1 just lit, 0 faded

    int m_beats = 4;
    int m_beat = -1;
    bool m_accent = false;
    QElapsedTimer m_lit;
    QElapsedTimer m_subLit;
    QTimer m_fade;
};

} // namespace cacophony
