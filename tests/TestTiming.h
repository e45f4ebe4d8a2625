#pragma once

// Timing tolerances for tests. Sanitizer builds run several times slower, so bounds that
// describe the product's promises (e.g. "stop within 50 ms") are scaled there; the
// promises themselves are measured in the normal build.

namespace cacophony::test {

#ifdef CACOPHONY_SANITIZED
constexpr int kTimingScale = 4;
#else
constexpr int kTimingScale = 1;
#endif

// A bound in milliseconds, widened for sanitizer builds.
constexpr long long boundMs(long long ms)
{
    return ms * kTimingScale;
}

} // namespace cacophony::test
