// CPU kernels on Cacophony's Go VM at GOMAXPROCS 1, untraced: an integer loop, recursive
// fib, a slice sieve, map insert and lookup. Each runs its Go function from the program
// text below (the same kernels as benchmarks/go/kernels, for the comparison with Go in
// docs/performance.md). Measured, not asserted.

#include "gorun/GoRun.h"

#include <benchmark/benchmark.h>

namespace {

const char *const kKernels = R"(package main

import "fmt"

func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (i >> 3)
	}
	return s
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func maps(n int) int {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	s := 0
	for i := 0; i < n; i++ {
		s += m[i*7]
	}
	return s
}

func main() {
	fmt.Println(CALL)
}
)";

void runKernel(benchmark::State &state, const char *call)
{
    QByteArray source(kKernels);
    source.replace("CALL", call);
    for (auto _ : state) {
        cacophony::gorun::GoRun::Options options;
        options.gomaxprocs = 1;
        options.write = [](bool, std::string_view) {};
        cacophony::gorun::GoRun run(options);
        const auto result = run.run(QStringLiteral("kernels.go"), source);
        if (result.status != 0)
            state.SkipWithError("the kernel did not finish");
    }
}

void BM_GoLoop(benchmark::State &state) { runKernel(state, "loop(10000000)"); }
void BM_GoFib(benchmark::State &state) { runKernel(state, "fib(27)"); }
void BM_GoSieve(benchmark::State &state) { runKernel(state, "sieve(2000000)"); }
void BM_GoMap(benchmark::State &state) { runKernel(state, "maps(200000)"); }

} // namespace

BENCHMARK(BM_GoLoop)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_GoFib)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_GoSieve)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_GoMap)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
