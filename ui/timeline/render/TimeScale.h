#pragma once

// The time <-> pixel transform of one draw: the visible range [lowerMs, upperMs] of a
// linear time axis laid over the pixel columns of `rect`. px() and ns() compute exactly
// what QCPAxis::coordToPixel and pixelToCoord compute for such an axis (the same
// operations in the same order), so a drawing made without a plot matches one made in it
// to the pixel. The column walks use the unclamped xf() and nsAt() instead: one multiply
// per call, done per pixel column.
//
// A value type; any thread.

#include <QRect>
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace cacophony {

class TimeScale
{
public:
    TimeScale() = default;
    TimeScale(double lowerMs, double upperMs, const QRect &rect)
        : m_lowerMs(lowerMs)
        , m_sizeMs(upperMs - lowerMs)
        , m_left(rect.left())
        , m_width(rect.width())
        , m_right(rect.right())
        , m_from(std::int64_t(std::floor(lowerMs * 1e6)))
        , m_to(std::int64_t(std::ceil(upperMs * 1e6)))
    {
        m_nsPerPx = std::max(1e-3, double(m_to - m_from) / std::max(1, m_width));
        m_x0 = coordToPixel(0.0);
        m_pxPerNs = std::max(1e-12, (coordToPixel(1.0) - m_x0) / 1e6);
        m_nsPerPxExact = 1 / m_pxPerNs;
    }

    // The visible time range, ns, and about how many ns one pixel column holds.
    std::int64_t from() const { return m_from; }
    std::int64_t to() const { return m_to; }
    double nsPerPx() const { return m_nsPerPx; }

    // The pixel of a time, kept within 100 pixels of the columns (painters choke on far
    // coordinates), and the time at a pixel.
    double px(std::int64_t ns) const
    {
        return std::clamp(coordToPixel(double(ns) / 1e6), m_left - 100.0, m_right + 100.0);
    }
    std::int64_t ns(double pixel) const { return std::int64_t(std::floor(pixelToCoord(pixel) * 1e6)); }

    // Unclamped pixel of a time, and the first time at or after a pixel's left edge.
    double xf(std::int64_t ns) const { return m_x0 + double(ns) * m_pxPerNs; }
    std::int64_t nsAt(double pixel) const
    {
        const double v = (pixel - m_x0) * m_nsPerPxExact;
        const auto t = std::int64_t(v);
        return t + (double(t) < v); // ceil without the library call
    }
    double x0() const { return m_x0; }
    double pxPerNs() const { return m_pxPerNs; }

private:
    double coordToPixel(double ms) const { return (ms - m_lowerMs) / m_sizeMs * m_width + m_left; }
    double pixelToCoord(double pixel) const { return (pixel - m_left) / double(m_width) * m_sizeMs + m_lowerMs; }

    double m_lowerMs = 0, m_sizeMs = 1;
    int m_left = 0, m_width = 1, m_right = 0;
    std::int64_t m_from = 0, m_to = 0;
    double m_nsPerPx = 1;
    double m_x0 = 0, m_pxPerNs = 1, m_nsPerPxExact = 1;
};

} // namespace cacophony
