#include "gorun/lib/Natives.h"
namespace cacophony::gorun {
std::vector<Native> stringsNatives() { return {}; }
} // namespace cacophony::gorun
