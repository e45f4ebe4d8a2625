#include "metronomemode/MeterControls.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace cacophony {

namespace {

constexpr Subdivision kSubdivisions[] = {Subdivision::None, Subdivision::Eighths, Subdivision::Triplets,
                                         Subdivision::Sixteenths};

} // namespace

MeterControls::MeterControls(QWidget *parent)
    : QWidget(parent)
    , m_signature(new QComboBox(this))
    , m_subdivision(new QComboBox(this))
{
    setObjectName(QStringLiteral("meterControls"));
    m_signature->setObjectName(QStringLiteral("signatureBox"));
    m_subdivision->setObjectName(QStringLiteral("subdivisionBox"));
    for (const QString &s : ClickPattern::offeredSignatures())
        m_signature->addItem(s, s);
    for (Subdivision s : kSubdivisions)
        m_subdivision->addItem(QString(), int(s));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    auto *signatureLabel = new QLabel(tr("&Time"), this);
    signatureLabel->setBuddy(m_signature);
    auto *subdivisionLabel = new QLabel(tr("S&ubdivide"), this);
    subdivisionLabel->setBuddy(m_subdivision);
    auto *accentLabel = new QLabel(tr("Accents"), this);
    m_accentRow = new QHBoxLayout;
    m_accentRow->setSpacing(1);
    grid->addWidget(signatureLabel, 0, 0);
    grid->addWidget(m_signature, 1, 0);
    grid->addWidget(subdivisionLabel, 0, 1);
    grid->addWidget(m_subdivision, 1, 1);
    grid->addWidget(accentLabel, 0, 2);
    grid->addLayout(m_accentRow, 1, 2);

    connect(m_signature, &QComboBox::currentIndexChanged, this, &MeterControls::onEdited);
    connect(m_subdivision, &QComboBox::currentIndexChanged, this, &MeterControls::onEdited);
    retranslate();
    setPattern(m_pattern);
}

QToolButton *MeterControls::accentButton(int beat) const
{
    return beat >= 0 && beat < int(m_accents.size()) ? m_accents[std::size_t(beat)] : nullptr;
}

void MeterControls::setPattern(const ClickPattern &pattern)
{
    m_pattern = pattern;
    m_pattern.normalise();
    const QSignalBlocker b1(m_signature);
    const QSignalBlocker b2(m_subdivision);
    int at = m_signature->findData(m_pattern.signatureName());
    if (at < 0) { // a valid signature the list does not offer: offer it too
        m_signature->addItem(m_pattern.signatureName(), m_pattern.signatureName());
        at = m_signature->count() - 1;
    }
    m_signature->setCurrentIndex(at);
    m_subdivision->setCurrentIndex(m_subdivision->findData(int(m_pattern.subdivision)));
    rebuildAccents();
}

void MeterControls::rebuildAccents()
{
    m_updating = true;
    for (QToolButton *b : m_accents)
        delete b;
    m_accents.clear();
    for (int i = 0; i < m_pattern.beatsPerBar; ++i) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("accent%1").arg(i + 1));
        b->setText(QString::number(i + 1));
        b->setCheckable(true);
        b->setChecked(m_pattern.isAccented(i));
        b->setEnabled(i > 0); // the first beat of a bar is always accented
        b->setAutoRaise(false);
        b->setFixedWidth(24);
        b->setToolTip(tr("Accent beat %1").arg(i + 1));
        connect(b, &QToolButton::toggled, this, &MeterControls::onEdited);
        m_accentRow->addWidget(b);
        m_accents.push_back(b);
    }
    m_updating = false;
}

void MeterControls::onEdited()
{
    if (m_updating)
        return;
    ClickPattern p = m_pattern;
    const bool signatureChanged = p.setSignature(m_signature->currentData().toString())
        && p.beatsPerBar != m_pattern.beatsPerBar;
    p.subdivision = Subdivision(m_subdivision->currentData().toInt());
    if (!signatureChanged) {
        p.accents = 1;
        for (int i = 1; i < int(m_accents.size()); ++i) {
            if (m_accents[std::size_t(i)]->isChecked())
                p.accents |= 1u << i;
        }
    }
    p.normalise();
    if (p == m_pattern)
        return;
    m_pattern = p;
    if (signatureChanged)
        rebuildAccents();
    emit patternChanged(m_pattern);
}

void MeterControls::retranslate()
{
    m_signature->setToolTip(tr("Time signature: beats per bar, and the note the tempo counts"));
    m_subdivision->setToolTip(tr("Quieter clicks between the beats"));
    const QString names[] = {tr("None"), tr("Eighths"), tr("Triplets"), tr("Sixteenths")};
    for (int i = 0; i < 4; ++i)
        m_subdivision->setItemText(i, names[i]);
}

void MeterControls::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace cacophony
