// Remembers how each translated text of a widget is set, so a language switch sets them all again.
#pragma once

#include <functional>
#include <utility>
#include <vector>

namespace ey::desk {

/// UI thread. A widget registers each `tr()` assignment once (it runs at once) and calls
/// retranslate() on QEvent::LanguageChange; texts that depend on state keep their own update paths.
class Retranslator
{
public:
    /// Applies `apply` now and again on every retranslate().
    void add(std::function<void()> apply)
    {
        apply();
        m_apply.push_back(std::move(apply));
    }

    void retranslate() const
    {
        for (const auto& apply : m_apply)
            apply();
    }

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace ey::desk
