// Splitting a WordNet gloss into its definition and its quoted examples. Glosses are hand-typed and about one in
// six thousand has a quote missing or a stray one, so the split is tolerant rather than a strict grammar.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

struct SplitGloss {
    std::string definition;             // "a member of the genus Canis …"
    std::vector<std::string> examples;  // without their quotes; an attribution follows in parentheses
};

/// `gloss` is "definition; \"example\"; \"example\" - Author". Parts are separated by ';' outside quotes; a part
/// that opens with a quote is an example (it runs on past ';' to its closing quote); a part after an example
/// that ends with a quote is an example that lost its opening one. The rest is the definition, parts joined by
/// "; ". Pure, any thread.
SplitGloss splitGloss(std::string_view gloss);

}  // namespace noosphere::core::text
