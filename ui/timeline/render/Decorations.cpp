#include "timeline/render/Decorations.h"

#include "timeline/text/TimelineText.h"

#include <QFontMetricsF>
#include <qcustomplot.h>

namespace cacophony {

void Decorations::drawEndOfProgram(const RenderContext &f, double top, double bottom)
{
    const std::int64_t end = f.model->programEnd();
    // A synchronous program ends with its last beat: nothing can outlive it, and the
    // series draws no line there.
    if (end < 0 || end > f.to || !f.model->endOfProgramMatters())
        return;
    QCPPainter *p = f.p;
    const double x = f.px(end);
    // Past the end the program no longer exists: shade it, so work still going on there
    // reads as cut off.
    p->fillRect(QRectF(x, top, f.rect.right() - x + 1, bottom - top), f.palette.afterEnd);
    p->setPen(QPen(f.palette.endLine, 3 * f.markScale, Qt::SolidLine, Qt::FlatCap));
    p->drawLine(QLineF(x, top, x, bottom));
    f.record(QRectF(x - 3, top, 6, bottom - top), TimelineHit{TimelineHit::ProgramEnd, 0, 0});
}

void Decorations::drawTempoChanges(const RenderContext &f, double top, double bottom)
{
    const TimelineTrack &changes = f.model->tempoChanges();
    if (changes.empty())
        return;
    QCPPainter *p = f.p;
    p->setFont(f.small);
    const QFontMetricsF fm(f.small);
    double labelsEnd = -1e9; // right edge of the last label drawn
    for (std::size_t k = changes.lowerBound(f.from); k < changes.size() && changes[k].t <= f.to; ++k) {
        const double x = f.px(changes[k].t);
        p->setPen(QPen(f.palette.mutedText, 1.2 * f.markScale, Qt::DashLine, Qt::FlatCap));
        p->drawLine(QLineF(x, top, x, bottom));
        const QString label = TimelineText::tempoChangeLabel(f.model->event(changes[k].ev));
        if (x + 3 > labelsEnd) {
            p->setPen(f.palette.text);
            p->drawText(QPointF(x + 3, top + fm.ascent() + 1), label);
            labelsEnd = x + 3 + fm.horizontalAdvance(label) + 4;
        }
        f.record(QRectF(x - 2, top, 4, bottom - top), TimelineHit{TimelineHit::TempoChange, changes[k].ev, 0});
    }
}

} // namespace cacophony
