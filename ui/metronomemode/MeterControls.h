#pragma once

// The metronome's bar: time signature, subdivision, and which beats are accented (one
// toggle per beat; the first is always on).

#include "clicktrack/ClickPattern.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QHBoxLayout;
class QToolButton;

namespace cacophony {

class MeterControls : public QWidget
{
    Q_OBJECT
public:
    explicit MeterControls(QWidget *parent = nullptr);

    ClickPattern pattern() const { return m_pattern; }
    // Shows this pattern; emits nothing.
    void setPattern(const ClickPattern &pattern);

    QComboBox *signatureBox() const { return m_signature; }
    QComboBox *subdivisionBox() const { return m_subdivision; }
    QToolButton *accentButton(int beat) const;

signals:
    void patternChanged(const cacophony::ClickPattern &pattern);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildAccents();
    void retranslate();
    void onEdited();

    ClickPattern m_pattern;
    QComboBox *m_signature;
    QComboBox *m_subdivision;
    QHBoxLayout *m_accentRow;
    std::vector<QToolButton *> m_accents;
    bool m_updating = false;
};

} // namespace cacophony
