#pragma once

// The VM's register bytecode. Each Go function compiles to one Function: a vector of
// instructions over a frame of registers (Words). Registers 0..params-1 hold the arguments
// (the receiver first), then the results' slots, then locals and temporaries. Instructions
// are typed: the compiler picks AddI or AddF, EqStr or EqW, from the checked types, so the
// interpreter never looks at a type on the hot paths; operations that are rare or need a
// type (deep equality, copies of aggregates, conversions to interfaces) carry it in `p`.

#include "gorun/vm/Value.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cacophony::gorun {

enum class Op : std::uint8_t {
    Nop,
    Move, LoadK, Zero, Copy, CopyInto, LoadGlobal, StoreGlobal,
    // integers (Wrap narrows to k bits, signed if c), floats
    AddI, SubI, MulI, DivS, DivU, RemS, RemU, And, Or, Xor, AndNot, Shl, ShrS, ShrU, NegI, BitNot, Not, Wrap,
    AddF, SubF, MulF, DivF, NegF,
    // comparisons (Gt, Ge by swapped operands)
    EqW, NeW, LtS, LeS, LtU, LeU, EqF, NeF, LtF, LeF, EqStr, NeStr, LtStr, LeStr, EqV, NeV,
    // strings and conversions
    Concat, StrLen, StrIndex, DecodeRune, IntToF, FToInt, RuneToStr, StrToBytes, BytesToStr, StrToRunes, RunesToStr,
    // control
    Jmp, JmpIf, JmpIfNot, Call, CallClosure, CallIface, CallNative, Ret, Defer, Panic, Recover, Go,
    // memory
    LoadCell, StoreCell, LoadRef, StoreRef, MakeRef, NewScalar, NilCheck,
    ArrIndex, ArrStore, ArrRef, SliceIndex, SliceStore, SliceRef, Len, Cap,
    MakeSlice, SliceExpr, Append, AppendSlice, CopySlice,
    MakeMap, MapGet, MapGet2, MapSet, MapDelete, MapKeys,
    ToIface, Assert, Assert2, TypeIs, MakeClosure, LoadCapture, BindMethod,
    Print,
    // goroutines and channels (InterpChan.cpp)
    MakeChan, Send, Recv, Close, Select,
};

struct Native;

struct Instr
{
    Op op = Op::Nop;
    std::int32_t a = 0, b = 0, c = 0;
    std::int64_t k = 0;
    const void *p = nullptr;
    std::int32_t pos = 0; // source byte offset (for panics and stack traces)
};

// A result the caller reads after the return: a register, or a Box (escaping named result).
struct ResultSlot
{
    int reg = 0;
    bool boxed = false;
};

struct Function
{
    std::string name; // as Go's traceback prints it: main.f, main.(*T).M, main.main.func1
    int params = 0;   // argument words, receiver included
    std::vector<ResultSlot> results;
    int regs = 0;
    bool pointerRecv = false; // a method with a pointer receiver
    int declPos = 0;
    std::vector<Instr> code;
};

// A select statement's cases: registers of each case's channel and (sends) value.
struct SelectDesc
{
    struct Case
    {
        bool isSend = false;
        int chanReg = 0;
        int valueReg = 0;
    };
    std::vector<Case> cases;
    bool hasDefault = false;
};

// Register offsets inside CallIface's operand k: the interface register; p: the method name.
// SliceExpr: b the operand, c the first of three registers (low, high, max), k bit 0..2 which
// are given, bit 3 the operand is a string, bit 4 an array (a Box).

} // namespace cacophony::gorun
