#pragma once

// View > Theme: the system's look, or Fusion with a light or a dark palette. The system
// style and palette are captured once, before the first change, so "System" restores them.

#include <QPalette>
#include <QString>

namespace cacophony {

class Theme
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();
    static QString name(Mode mode); // "system", "light", "dark"
    static Mode fromName(const QString &name); // unknown -> System
    // True if the application palette is dark (a dark theme, or a dark system palette).
    static bool isDark();
    // For a projector (View > Presentation): black on white, or white on black if dark,
    // with strong selection and button colours.
    static QPalette highContrastPalette(bool dark);
};

} // namespace cacophony
