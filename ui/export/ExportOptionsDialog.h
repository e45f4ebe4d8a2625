#pragma once

// Asks for the size and scale of an image export (File > Export Image), after the file,
// and so the format, has been chosen.
//
// Contract:
//  - No value it returns can make ChartExporter refuse the export: sizes stay within
//    ChartExporter::kMinSize..kMaxSize, the scale within kMinScale..kMaxScale (the limits
//    of `cacophony export`), and Export is disabled while the pixels would be too many.
//  - The scale is offered for PNG and JPG only: ChartExporter keeps PDF and SVG vector
//    and ignores it there.
//  - "Keep aspect ratio" holds the ratio the size had when it was last set or unlocked.
//  - It names the file and its folder, offers the whole run or the visible range, and a
//    quality for JPG.

#include "export/ChartExporter.h"

#include <QDialog>
#include <QSize>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace cacophony {

class ExportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr double kMinScale = 0.25; // as `cacophony export --scale`
    static constexpr double kMaxScale = 8;
    static constexpr double kDefaultScale = 2; // sharp on high-DPI screens and in slides
    static constexpr qint64 kMaxPixels = qint64(400) * 1000 * 1000; // ChartExporter refuses more

    // path: the file to write (its folder is shown); onScreen: the timeline's size now,
    // where the dialog starts (clamped into range).
    ExportOptionsDialog(const QString &path, ChartExporter::Format format, const QSize &onScreen,
        QWidget *parent = nullptr);

    ChartExporter::Format format() const { return m_format; }
    QSize onScreenSize() const { return m_onScreen; }

    QSize exportSize() const;
    void setExportSize(const QSize &size);
    double scale() const;
    void setScale(double scale);
    bool keepAspectRatio() const;
    void setKeepAspectRatio(bool keep);
    // The height follows the content (a comparison: each chart fitted to its lanes).
    void setHeightFitted(bool fitted);
    bool wholeRun() const;
    void setWholeRun(bool whole);
    // No choice of range (a comparison always shows its runs whole).
    void setRangeChoice(bool offered);
    int quality() const;
    void setQuality(int quality);
    bool isHeightFitted() const { return m_heightFitted; }

    // Offers "Presentation scale": text and marks `scale` times their size, as View >
    // Presentation draws them (hidden until called).
    void setPresentationScale(double scale, bool use);
    bool usesPresentationScale() const;

    // What to hand to ChartExporter (height 0 when fitted).
    ChartExporter::Options options() const;
    // PNG/JPG: the file's pixels; PDF/SVG: the page in points (scale ignored).
    QSize outputSize() const;
    bool isAcceptable() const;

    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QCheckBox *keepAspectBox() const { return m_keepAspect; }
    QCheckBox *presentationBox() const { return m_presentation; }
    QPushButton *onScreenButton() const { return m_onScreenButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *folderLabel() const { return m_folder; }
    QRadioButton *wholeRunButton() const { return m_wholeRun; }
    QRadioButton *visibleRangeButton() const { return m_visibleRange; }
    QSpinBox *qualityBox() const { return m_quality; }

private:
    bool isRaster() const;
    void onWidthChanged(int width);
    void onHeightChanged(int height);
    void rememberAspect();
    void updateResult();

    ChartExporter::Format m_format;
    QSize m_onScreen;
    double m_aspect = 1; // height / width, held while the ratio is kept
    bool m_heightFitted = false;
    bool m_syncing = false; // one box is being set from the other

    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QLabel *m_fittedHeight = nullptr;
    QCheckBox *m_keepAspect = nullptr;
    QPushButton *m_onScreenButton = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_scaleNote = nullptr;
    QCheckBox *m_presentation = nullptr;
    double m_presentationScale = 1.0;
    QLabel *m_result = nullptr;
    QLabel *m_folder = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QWidget *m_range = nullptr;
    QRadioButton *m_wholeRun = nullptr;
    QRadioButton *m_visibleRange = nullptr;
    QSpinBox *m_quality = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace cacophony
