#pragma once

// The two views of a run, for code that draws them without the widget (the renderers,
// the exports): the beat view (ideal, measured and actual beats) and the task view
// (tasks, channels and the arrows between them). TimelineView::View names the same two.

namespace cacophony {

enum class TimelineViewKind { Beats, Tasks };

} // namespace cacophony
