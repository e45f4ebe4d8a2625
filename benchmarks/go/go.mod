module cacophony/benchmarks/go

go 1.19
