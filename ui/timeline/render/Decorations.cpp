#include "timeline/render/Decorations.h"

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

} // namespace cacophony
