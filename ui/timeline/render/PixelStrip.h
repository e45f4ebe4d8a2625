#pragma once

// One row of pixel columns (premultiplied ARGB), drawn stretched over a lane in a single
// drawImage: in the raster engine one thin fill per run costs about as much as a whole
// strip image, and tall thin fills are dearer still (they are split across threads).
// Dense runs of items become coverage here instead of shapes.
//
// A value type; UI thread only when drawn.

#include <QImage>
#include <QRectF>
#include <algorithm>
#include <climits>
#include <qcustomplot.h>
#include <vector>

namespace cacophony {

class PixelStrip
{
public:
    PixelStrip(int left, int width)
        : m_left(left)
        , m_px(std::size_t(std::max(0, width)), 0)
    {
    }
    bool empty() const { return m_hi < m_lo; }
    int left() const { return m_left + m_lo; } // covered extent, absolute pixels
    int right() const { return m_left + m_hi; }

    // Columns [x0, x1) in absolute pixels, source-over.
    void fill(int x0, int x1, QRgb premul)
    {
        const int a = std::max(0, x0 - m_left), b = std::min(int(m_px.size()), x1 - m_left);
        if (a >= b)
            return;
        if (qAlpha(premul) == 255)
            std::fill(m_px.begin() + a, m_px.begin() + b, premul);
        else
            for (int x = a; x < b; ++x)
                m_px[std::size_t(x)] = over(premul, m_px[std::size_t(x)]);
        m_lo = std::min(m_lo, a);
        m_hi = std::max(m_hi, b - 1);
    }
    void put(int x, QRgb premul) { fill(x, x + 1, premul); }
    // Columns [x0, x1) that nothing covers yet: what is drawn first in a strip drawn in
    // reverse order, with opaque colours, looks the same as what is drawn last otherwise.
    void fillUnder(int x0, int x1, QRgb premul)
    {
        const int a = std::max(0, x0 - m_left), b = std::min(int(m_px.size()), x1 - m_left);
        if (a >= b)
            return;
        for (int x = a; x < b; ++x)
            if (m_px[std::size_t(x)] == 0)
                m_px[std::size_t(x)] = premul;
        m_lo = std::min(m_lo, a);
        m_hi = std::max(m_hi, b - 1);
    }
    // The first column at or after x (absolute) that nothing covers yet.
    int firstEmpty(int x) const
    {
        std::size_t i = std::size_t(std::max(0, x - m_left));
        while (i < m_px.size() && m_px[i] != 0)
            ++i;
        return m_left + int(i);
    }

    void draw(QCPPainter *p, const QRectF &rows) const
    {
        if (empty())
            return;
        const int w = m_hi - m_lo + 1;
        const QImage image(reinterpret_cast<const uchar *>(m_px.data() + m_lo), w, 1, w * int(sizeof(QRgb)),
                           QImage::Format_ARGB32_Premultiplied);
        p->drawImage(QRectF(m_left + m_lo, rows.top(), w, rows.height()), image);
    }

    static QRgb premultiplied(const QColor &c) { return qPremultiply(c.rgba()); }

private:
    static QRgb over(QRgb src, QRgb dst)
    {
        const unsigned ia = 255 - unsigned(qAlpha(src));
        auto ch = [&](unsigned s, unsigned d) { return std::min(255u, s + (d * ia + 127) / 255); };
        return qRgba(int(ch(unsigned(qRed(src)), unsigned(qRed(dst)))), int(ch(unsigned(qGreen(src)), unsigned(qGreen(dst)))),
                     int(ch(unsigned(qBlue(src)), unsigned(qBlue(dst)))), int(ch(unsigned(qAlpha(src)), unsigned(qAlpha(dst)))));
    }

    int m_left;
    std::vector<QRgb> m_px;
    int m_lo = INT_MAX, m_hi = -1; // relative to m_left
};

} // namespace cacophony

