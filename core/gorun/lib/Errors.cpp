// Package errors: New, Is, As, Unwrap (errors made here wrap nothing).
#include "gorun/lib/Natives.h"

#include "gorun/vm/Machine.h"

#include "go/types/Type.h"

namespace cacophony::gorun {

std::vector<Native> errorsNatives()
{
    return {
        {"errors.New", [](NativeCall &c) {
             c.results[0] = word(c.m.heap().make<IfaceObj>(0, Heap::errorStringType(), c.args[0]));
             return NativeStatus::Done;
         }},
        {"errors.Is", [](NativeCall &c) {
             const Word err = c.args[0], target = c.args[1];
             bool same = err == target;
             if (!same && err && target) {
                 const IfaceObj *a = obj<IfaceObj>(err), *b = obj<IfaceObj>(target);
                 same = a->type == b->type && go::comparable(a->type) && !Heap::isAggregate(a->type)
                     && a->type != Heap::errorStringType() && c.m.heap().equal(a->type, a->value, b->value);
             }
             c.results[0] = same;
             return NativeStatus::Done;
         }},
        {"errors.As", [](NativeCall &c) {
             const Word err = c.args[0];
             const IfaceObj *target = obj<IfaceObj>(c.args[1]);
             if (!target || target->type->underlying()->kind() != go::TypeKind::Pointer || !target->value)
                 return c.runtimePanic("errors: target must be a non-nil pointer");
             const go::Type *want = target->type->underlying()->m_elem;
             c.results[0] = 0;
             if (!err)
                 return NativeStatus::Done;
             const IfaceObj *e = obj<IfaceObj>(err);
             const bool isIface = want->isInterface();
             if (isIface ? go::missingMethod(const_cast<go::Type *>(e->type), const_cast<go::Type *>(want)).isEmpty()
                         : go::identical(e->type, want)) {
                 const RefObj *ref = obj<RefObj>(target->value);
                 if (Heap::isAggregate(want))
                     c.m.heap().copyInto(want, obj<BoxObj>(target->value), obj<BoxObj>(e->value));
                 else
                     ref->box->set(ref->index, isIface ? err : e->value);
                 c.results[0] = 1;
             }
             return NativeStatus::Done;
         }},
        {"errors.Unwrap", [](NativeCall &c) {
             c.results[0] = 0;
             return NativeStatus::Done;
         }},
    };
}

} // namespace cacophony::gorun
