#include "export/ExportOptionsDialog.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QDir>
#include <QRadioButton>
#include <QTest>

using namespace cacophony;

class tst_ExportOptionsDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsTheFolder();
    void qualityForJpgOnly_data();
    void qualityForJpgOnly();
    void rangeIsWholeRunOrVisible();
    void defaultsAreTheScreenSizeAtTwice();
    void smallScreenSizeIsClampedIntoRange();
    void rangesMatchTheCommandLine();
    void keepAspectRatioLinksWidthAndHeight();
    void unlockedSidesMoveAlone();
    void onScreenButtonResets();
    void vectorFormatsIgnoreTheScale_data();
    void vectorFormatsIgnoreTheScale();
    void tooManyPixelsCannotBeExported();
    void fittedHeightIsNotAsked();
    void presentationScaleIsOffered();
};

void tst_ExportOptionsDialog::presentationScaleIsOffered()
{
    ExportOptionsDialog d(QStringLiteral("t.svg"), ChartExporter::Format::Svg, QSize(800, 400));
    QVERIFY(d.presentationBox()->isHidden()); // until the window offers its scale
    QCOMPARE(d.options().presentationScale, 1.0);
    d.setPresentationScale(2.0, true);
    QVERIFY(!d.presentationBox()->isHidden());
    QVERIFY(d.presentationBox()->text().contains(QStringLiteral("2")));
    QCOMPARE(d.options().presentationScale, 2.0); // in vector formats too: it is layout, not pixels
    d.presentationBox()->setChecked(false);
    QCOMPARE(d.options().presentationScale, 1.0);
}

void tst_ExportOptionsDialog::defaultsAreTheScreenSizeAtTwice()
{
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(1184, 512));
    QCOMPARE(d.exportSize(), QSize(1184, 512));
    QCOMPARE(d.scale(), 2.0);
    QVERIFY(d.keepAspectRatio());
    QVERIFY(d.scaleBox()->isEnabled());
    QVERIFY(d.exportButton()->isEnabled());
    QCOMPARE(d.outputSize(), QSize(2368, 1024));
    QVERIFY2(d.resultLabel()->text().contains(QStringLiteral("2368 \u00d7 1024")),
        qPrintable(d.resultLabel()->text()));
    const ChartExporter::Options o = d.options();
    QCOMPARE(o.width, 1184);
    QCOMPARE(o.height, 512);
    QCOMPARE(o.scale, 2.0);
}

void tst_ExportOptionsDialog::smallScreenSizeIsClampedIntoRange()
{
    // A window squeezed to almost nothing must still offer a size the exporter accepts.
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(40, 30000));
    QCOMPARE(d.exportSize(), QSize(ChartExporter::kMinSize, ChartExporter::kMaxSize));
    QCOMPARE(d.onScreenSize(), QSize(ChartExporter::kMinSize, ChartExporter::kMaxSize));
}

void tst_ExportOptionsDialog::rangesMatchTheCommandLine()
{
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(800, 400));
    d.setKeepAspectRatio(false);
    QCOMPARE(d.widthBox()->minimum(), 100);
    QCOMPARE(d.widthBox()->maximum(), 20000);
    QCOMPARE(d.heightBox()->minimum(), 100);
    QCOMPARE(d.heightBox()->maximum(), 20000);
    QCOMPARE(d.scaleBox()->minimum(), 0.25);
    QCOMPARE(d.scaleBox()->maximum(), 8.0);

    d.setExportSize(QSize(5, 99999));
    QCOMPARE(d.exportSize(), QSize(100, 20000));
    d.setScale(0.01);
    QCOMPARE(d.scale(), 0.25);
    d.setScale(100);
    QCOMPARE(d.scale(), 8.0);

    // Typed text cannot get past the range either.
    d.widthBox()->selectAll();
    QTest::keyClicks(d.widthBox(), QStringLiteral("999999"));
    QTest::keyClick(d.widthBox(), Qt::Key_Return);
    QVERIFY(d.exportSize().width() <= 20000);
    QVERIFY(d.exportSize().width() >= 100);
}

void tst_ExportOptionsDialog::keepAspectRatioLinksWidthAndHeight()
{
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(800, 400));
    QVERIFY(d.keepAspectRatio());
    d.widthBox()->setValue(1200);
    QCOMPARE(d.exportSize(), QSize(1200, 600));
    d.heightBox()->setValue(150);
    QCOMPARE(d.exportSize(), QSize(300, 150));
    // Clamped on one side, the ratio is not forgotten: coming back restores it.
    d.widthBox()->setValue(100);
    QCOMPARE(d.exportSize(), QSize(100, 100));
    d.widthBox()->setValue(1000);
    QCOMPARE(d.exportSize(), QSize(1000, 500));

    // Locking again takes the ratio shown at that moment.
    d.setKeepAspectRatio(false);
    d.heightBox()->setValue(1000);
    d.setKeepAspectRatio(true);
    d.widthBox()->setValue(500);
    QCOMPARE(d.exportSize(), QSize(500, 500));
}

void tst_ExportOptionsDialog::unlockedSidesMoveAlone()
{
    ExportOptionsDialog d(QStringLiteral("t.jpg"), ChartExporter::Format::Jpg, QSize(800, 400));
    d.keepAspectBox()->click();
    QVERIFY(!d.keepAspectRatio());
    d.widthBox()->setValue(1500);
    QCOMPARE(d.exportSize(), QSize(1500, 400));
    d.heightBox()->setValue(900);
    QCOMPARE(d.exportSize(), QSize(1500, 900));
    d.setScale(3);
    QCOMPARE(d.outputSize(), QSize(4500, 2700));
}

void tst_ExportOptionsDialog::onScreenButtonResets()
{
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(640, 480));
    d.setKeepAspectRatio(false);
    d.setExportSize(QSize(2000, 300));
    QVERIFY(d.onScreenButton()->text().contains(QStringLiteral("640 \u00d7 480")));
    d.onScreenButton()->click();
    QCOMPARE(d.exportSize(), QSize(640, 480));
}

void tst_ExportOptionsDialog::vectorFormatsIgnoreTheScale_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("unit");
    QTest::newRow("pdf") << int(ChartExporter::Format::Pdf) << QStringLiteral("points");
    QTest::newRow("svg") << int(ChartExporter::Format::Svg) << QStringLiteral("vector");
}

void tst_ExportOptionsDialog::vectorFormatsIgnoreTheScale()
{
    QFETCH(int, format);
    QFETCH(QString, unit);
    ExportOptionsDialog d(QStringLiteral("t"), ChartExporter::Format(format), QSize(20000, 20000));
    d.setScale(8);
    QVERIFY(!d.scaleBox()->isEnabled());
    QCOMPARE(d.outputSize(), QSize(20000, 20000)); // the layout, not multiplied
    QVERIFY(d.isAcceptable()); // no pixels to run out of
    QVERIFY(d.exportButton()->isEnabled());
    QVERIFY2(d.resultLabel()->text().contains(unit), qPrintable(d.resultLabel()->text()));
}

void tst_ExportOptionsDialog::tooManyPixelsCannotBeExported()
{
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(20000, 20000));
    d.setScale(1); // exactly 400 million pixels: the exporter's limit, still allowed
    QVERIFY(d.isAcceptable());
    QVERIFY(d.exportButton()->isEnabled());
    d.setScale(1.25);
    QVERIFY(!d.isAcceptable());
    QVERIFY(!d.exportButton()->isEnabled());
    QVERIFY2(
        d.resultLabel()->text().contains(QStringLiteral("too large")), qPrintable(d.resultLabel()->text()));
    d.widthBox()->setValue(10000); // the ratio is kept: 10000 x 10000 at 1.25x
    QVERIFY(d.isAcceptable());
    QVERIFY(d.exportButton()->isEnabled());
}

void tst_ExportOptionsDialog::fittedHeightIsNotAsked()
{
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(900, 700));
    d.setHeightFitted(true);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(!d.heightBox()->isVisible());
    QVERIFY(!d.keepAspectBox()->isVisible());
    QCOMPARE(d.options().height, 0);
    d.widthBox()->setValue(1800); // no ratio to keep
    QCOMPARE(d.options().width, 1800);
    QCOMPARE(d.heightBox()->value(), 700);
    QVERIFY(d.onScreenButton()->text().contains(QStringLiteral("900")));
    QVERIFY(!d.onScreenButton()->text().contains(QStringLiteral("700")));
}

void tst_ExportOptionsDialog::showsTheFolder()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("chart.svg"));
    ExportOptionsDialog d(path, ChartExporter::Format::Svg, QSize(800, 400));
    QCOMPARE(d.folderLabel()->text(), QDir::toNativeSeparators(dir.path()));
    ExportOptionsDialog gone(QDir(dir.path()).filePath(QStringLiteral("gone/chart.svg")), ChartExporter::Format::Svg,
        QSize(800, 400));
    QVERIFY(gone.folderLabel()->text().contains(QStringLiteral("does not exist")));
}

void tst_ExportOptionsDialog::qualityForJpgOnly_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("offered");
    QTest::newRow("png") << int(ChartExporter::Format::Png) << false;
    QTest::newRow("jpg") << int(ChartExporter::Format::Jpg) << true;
    QTest::newRow("pdf") << int(ChartExporter::Format::Pdf) << false;
}

void tst_ExportOptionsDialog::qualityForJpgOnly()
{
    QFETCH(int, format);
    QFETCH(bool, offered);
    ExportOptionsDialog d(QStringLiteral("t.x"), ChartExporter::Format(format), QSize(800, 400));
    d.show();
    QCOMPARE(d.qualityBox()->isVisible(), offered);
    d.setQuality(60);
    QCOMPARE(d.options().quality, 60);
}

void tst_ExportOptionsDialog::rangeIsWholeRunOrVisible()
{
    ExportOptionsDialog d(QStringLiteral("t.png"), ChartExporter::Format::Png, QSize(800, 400));
    d.show();
    QVERIFY(d.options().wholeRun); // like `cacophony export`
    d.visibleRangeButton()->click();
    QVERIFY(!d.options().wholeRun);
    d.setWholeRun(true);
    QVERIFY(d.wholeRunButton()->isChecked());
    d.setRangeChoice(false);
    QVERIFY(!d.wholeRunButton()->isVisible());
}

QTEST_MAIN(tst_ExportOptionsDialog)
#include "tst_exportoptionsdialog.moc"
