#include "export/ExportOptionsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace cacophony {

namespace {

int clampSize(int v)
{
    return std::clamp(v, ChartExporter::kMinSize, ChartExporter::kMaxSize);
}

QSpinBox *sizeBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(ChartExporter::kMinSize, ChartExporter::kMaxSize);
    box->setSuffix(ExportOptionsDialog::tr(" px"));
    box->setAccelerated(true);
    box->setKeyboardTracking(false); // typing "1" on the way to "1200" must not resize the other side
    return box;
}

} // namespace

ExportOptionsDialog::ExportOptionsDialog(
    const QString &path, ChartExporter::Format format, const QSize &onScreen, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
    , m_onScreen(clampSize(onScreen.width()), clampSize(onScreen.height()))
{
    setObjectName(QStringLiteral("exportOptions"));
    setWindowTitle(tr("Export Image"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    const QFileInfo info(path);
    auto *file = new QLabel(tr("%1 (%2)").arg(info.fileName(), ChartExporter::formatName(format)), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("File:"), file);
    // Where it goes, so a wrong folder is seen before the export fails.
    m_folder = new QLabel(QDir::toNativeSeparators(info.absolutePath()), this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_folder->setMaximumWidth(420);
    if (!info.absoluteDir().exists())
        m_folder->setText(tr("%1 (does not exist)").arg(m_folder->text()));
    form->addRow(tr("Folder:"), m_folder);

    m_range = new QWidget(this);
    auto *rangeRow = new QHBoxLayout(m_range);
    rangeRow->setContentsMargins(0, 0, 0, 0);
    m_wholeRun = new QRadioButton(tr("W&hole run"), m_range);
    m_wholeRun->setObjectName(QStringLiteral("exportWholeRun"));
    m_visibleRange = new QRadioButton(tr("&Visible range"), m_range);
    m_visibleRange->setObjectName(QStringLiteral("exportVisibleRange"));
    m_wholeRun->setChecked(true);
    rangeRow->addWidget(m_wholeRun);
    rangeRow->addWidget(m_visibleRange);
    rangeRow->addStretch(1);
    m_rangeLabel = new QLabel(tr("Range:"), this);
    form->addRow(m_rangeLabel, m_range);

    m_width = sizeBox(this);
    m_width->setObjectName(QStringLiteral("exportWidth"));
    form->addRow(tr("&Width:"), m_width);

    // The height box and the "fitted" text share a row; one of them is shown.
    m_height = sizeBox(this);
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_fittedHeight = new QLabel(tr("fitted to the charts"), this);
    m_fittedHeight->setEnabled(false);
    m_fittedHeight->hide();
    auto *heightRow = new QHBoxLayout;
    heightRow->addWidget(m_height);
    heightRow->addWidget(m_fittedHeight);
    heightRow->addStretch(1);
    auto *heightLabel = new QLabel(tr("&Height:"), this);
    heightLabel->setBuddy(m_height); // a row holding a layout gets no buddy by itself
    form->addRow(heightLabel, heightRow);

    m_keepAspect = new QCheckBox(tr("&Keep aspect ratio"), this);
    m_keepAspect->setChecked(true);
    form->addRow(QString(), m_keepAspect);

    m_onScreenButton = new QPushButton(
        tr("&Use on-screen size (%1 \u00d7 %2)").arg(m_onScreen.width()).arg(m_onScreen.height()), this);
    m_onScreenButton->setAutoDefault(false); // Enter exports, it does not reset the size
    form->addRow(QString(), m_onScreenButton);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(kMinScale, kMaxScale);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(2);
    m_scale->setSuffix(QStringLiteral("\u00d7"));
    m_scale->setKeyboardTracking(false);
    m_scale->setToolTip(tr("Device pixels per pixel: 2\u00d7 is sharp on high-DPI screens and in slides"));
    form->addRow(tr("&Scale:"), m_scale);
    if (!isRaster()) {
        m_scale->setEnabled(false);
        m_scaleNote = new QLabel(tr("PDF and SVG stay vector: the scale applies to PNG and JPG only."), this);
        m_scaleNote->setWordWrap(true);
        m_scaleNote->setEnabled(false);
        form->addRow(QString(), m_scaleNote);
    }

    m_presentation = new QCheckBox(this);
    m_presentation->setObjectName(QStringLiteral("exportPresentation"));
    m_presentation->hide();
    form->addRow(QString(), m_presentation);
    m_quality = new QSpinBox(this);
    m_quality->setObjectName(QStringLiteral("exportQuality"));
    m_quality->setRange(1, 100);
    m_quality->setValue(92);
    m_quality->setSuffix(QStringLiteral(" %"));
    m_quality->setToolTip(tr("JPG quality: higher is sharper and larger; 90 or more keeps thin lines clean"));
    auto *qualityLabel = new QLabel(tr("&Quality:"), this);
    qualityLabel->setBuddy(m_quality);
    form->addRow(qualityLabel, m_quality);
    qualityLabel->setVisible(format == ChartExporter::Format::Jpg);
    m_quality->setVisible(format == ChartExporter::Format::Jpg);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    form->addRow(tr("Output:"), m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize); // nothing in it grows usefully

    setExportSize(m_onScreen);
    setScale(kDefaultScale);

    connect(m_width, &QSpinBox::valueChanged, this, &ExportOptionsDialog::onWidthChanged);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportOptionsDialog::onHeightChanged);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportOptionsDialog::updateResult);
    connect(m_keepAspect, &QCheckBox::toggled, this, [this](bool keep) {
        if (keep)
            rememberAspect(); // lock what is shown now
    });
    connect(m_onScreenButton, &QPushButton::clicked, this, [this] { setExportSize(m_onScreen); });
    updateResult();
}

QSize ExportOptionsDialog::exportSize() const
{
    return QSize(m_width->value(), m_height->value());
}

void ExportOptionsDialog::setExportSize(const QSize &size)
{
    m_syncing = true;
    m_width->setValue(clampSize(size.width()));
    m_height->setValue(clampSize(size.height()));
    m_syncing = false;
    rememberAspect();
    updateResult();
}

double ExportOptionsDialog::scale() const
{
    return m_scale->value();
}

void ExportOptionsDialog::setScale(double scale)
{
    m_scale->setValue(scale); // QDoubleSpinBox clamps and rounds to its steps' decimals
    updateResult();
}

bool ExportOptionsDialog::keepAspectRatio() const
{
    return m_keepAspect->isChecked();
}

void ExportOptionsDialog::setKeepAspectRatio(bool keep)
{
    m_keepAspect->setChecked(keep);
}

void ExportOptionsDialog::setHeightFitted(bool fitted)
{
    m_heightFitted = fitted;
    m_height->setVisible(!fitted);
    m_fittedHeight->setVisible(fitted);
    m_keepAspect->setVisible(!fitted); // no ratio to keep with a height nobody chooses
    m_onScreenButton->setText(fitted
            ? tr("&Use on-screen width (%1)").arg(m_onScreen.width())
            : tr("&Use on-screen size (%1 \u00d7 %2)").arg(m_onScreen.width()).arg(m_onScreen.height()));
    updateResult();
}

bool ExportOptionsDialog::wholeRun() const
{
    return m_wholeRun->isChecked();
}

void ExportOptionsDialog::setWholeRun(bool whole)
{
    (whole ? m_wholeRun : m_visibleRange)->setChecked(true);
}

void ExportOptionsDialog::setRangeChoice(bool offered)
{
    m_range->setVisible(offered);
    m_rangeLabel->setVisible(offered);
}

int ExportOptionsDialog::quality() const
{
    return m_quality->value();
}

void ExportOptionsDialog::setQuality(int quality)
{
    m_quality->setValue(quality);
}

ChartExporter::Options ExportOptionsDialog::options() const
{
    ChartExporter::Options options;
    options.wholeRun = wholeRun();
    options.quality = quality();
    options.width = m_width->value();
    options.height = m_heightFitted ? 0 : m_height->value();
    options.scale = scale();
    options.presentationScale = usesPresentationScale() ? m_presentationScale : 1.0;
    return options;
}

void ExportOptionsDialog::setPresentationScale(double scale, bool use)
{
    m_presentationScale = scale;
    m_presentation->setText(tr("&Presentation scale (%1\u00d7)").arg(scale));
    m_presentation->setToolTip(tr("Text and marks %1 times their size, as View > Presentation shows them on a "
                                  "projector").arg(scale));
    m_presentation->setChecked(use);
    m_presentation->show();
}

bool ExportOptionsDialog::usesPresentationScale() const
{
    return !m_presentation->isHidden() && m_presentation->isChecked();
}

QSize ExportOptionsDialog::outputSize() const
{
    const QSize size = exportSize();
    if (!isRaster())
        return size;
    return QSize(int(std::lround(size.width() * scale())), int(std::lround(size.height() * scale())));
}

bool ExportOptionsDialog::isAcceptable() const
{
    if (!isRaster() || m_heightFitted) // a fitted page's height is not known here; it stays moderate
        return true;
    const QSize pixels = outputSize();
    return qint64(pixels.width()) * pixels.height() <= kMaxPixels;
}

bool ExportOptionsDialog::isRaster() const
{
    return m_format == ChartExporter::Format::Png || m_format == ChartExporter::Format::Jpg;
}

void ExportOptionsDialog::onWidthChanged(int width)
{
    if (!m_syncing && m_keepAspect->isChecked() && !m_heightFitted) {
        m_syncing = true;
        m_height->setValue(clampSize(int(std::lround(width * m_aspect))));
        m_syncing = false;
    }
    updateResult();
}

void ExportOptionsDialog::onHeightChanged(int height)
{
    if (!m_syncing && m_keepAspect->isChecked() && !m_heightFitted) {
        m_syncing = true;
        m_width->setValue(clampSize(int(std::lround(height / m_aspect))));
        m_syncing = false;
    }
    updateResult();
}

void ExportOptionsDialog::rememberAspect()
{
    m_aspect = double(m_height->value()) / double(m_width->value());
}

void ExportOptionsDialog::updateResult()
{
    const QSize out = outputSize();
    QString text;
    if (m_heightFitted) {
        switch (m_format) {
        case ChartExporter::Format::Png:
        case ChartExporter::Format::Jpg:
            text = tr("%1 pixels wide").arg(out.width());
            break;
        case ChartExporter::Format::Pdf:
            text = tr("%1 points wide, vector").arg(out.width());
            break;
        case ChartExporter::Format::Svg:
            text = tr("%1 pixels wide, vector").arg(out.width());
            break;
        }
    } else {
        switch (m_format) {
        case ChartExporter::Format::Png:
        case ChartExporter::Format::Jpg:
            text = tr("%1 \u00d7 %2 pixels").arg(out.width()).arg(out.height());
            break;
        case ChartExporter::Format::Pdf:
            text = tr("%1 \u00d7 %2 points, vector").arg(out.width()).arg(out.height());
            break;
        case ChartExporter::Format::Svg:
            text = tr("%1 \u00d7 %2 pixels, vector").arg(out.width()).arg(out.height());
            break;
        }
    }
    const bool ok = isAcceptable();
    if (!ok) // on a line of its own: the dialog must not grow wide for it
        text = tr("%1\ntoo large: at most %2 million pixels").arg(text).arg(kMaxPixels / 1000000);
    m_result->setText(text);
    // The palette's warning colour would need a theme lookup; bold is enough to be seen.
    QFont font = m_result->font();
    font.setBold(!ok);
    m_result->setFont(font);
    m_exportButton->setEnabled(ok);
}

} // namespace cacophony
