#pragma once

#include "go/syntax/Ast.h"
#include "go/syntax/Source.h"

#include <memory>
#include <utility>
#include <vector>

namespace cacophony::go {

// Owns one file's nodes and the Source they point into. Immutable once the parser hands
// it out: safe to read from several threads. Node ids are indexes into nodes().
class SyntaxTree
{
public:
    explicit SyntaxTree(std::shared_ptr<const Source> source) : m_source(std::move(source)) {}

    const Source &source() const { return *m_source; }
    std::shared_ptr<const Source> sharedSource() const { return m_source; }
    // Never null once parsed, even after syntax errors (parts may be BadExpr or missing).
    const File *file() const { return m_file; }
    File *file() { return m_file; }
    std::size_t nodeCount() const { return m_nodes.size(); }
    const Node *node(std::uint32_t id) const { return m_nodes[id].get(); }

    // Parser side: a new node with the next id, at gc position pos (its span starts there).
    template <class T> T *make(int pos)
    {
        auto node = std::make_unique<T>();
        T *raw = node.get();
        raw->id = std::uint32_t(m_nodes.size());
        raw->pos = pos;
        raw->span = {pos, pos};
        m_nodes.push_back(std::move(node));
        return raw;
    }
    void setFile(File *file) { m_file = file; }

private:
    std::shared_ptr<const Source> m_source;
    std::vector<std::unique_ptr<Node>> m_nodes;
    File *m_file = nullptr;
};

} // namespace cacophony::go
