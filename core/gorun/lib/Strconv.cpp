#include "gorun/lib/Natives.h"
namespace cacophony::gorun {
std::vector<Native> strconvNatives() { return {}; }
} // namespace cacophony::gorun
